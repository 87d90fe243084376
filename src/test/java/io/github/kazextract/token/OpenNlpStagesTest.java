package io.github.kazextract.token;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kazextract.KazakhExtractor;
import io.github.kazextract.model.Extraction;
import io.github.kazextract.model.Mention;
import io.github.kazextract.model.Person;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetector;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** Stages replaced through the builder by plain OpenNLP tokenizers and sentence detectors. */
class OpenNlpStagesTest {

  private static final Path RELEASE = Path.of("testdata/releases/seed/000_a9e506fa26e2ad5a.txt");

  private static List<Mention> mentions(Extraction x) {
    List<Mention> all = new ArrayList<>();
    x.persons().forEach(p -> all.addAll(p.mentions()));
    x.organizations().forEach(o -> all.addAll(o.mentions()));
    x.places().forEach(p -> all.addAll(p.mentions()));
    return all;
  }

  private static void assertFindsTheReleasesPersons(KazakhExtractor extractor) throws Exception {
    String text = Files.readString(RELEASE);
    Extraction x = extractor.extract(text);
    // SimpleTokenizer splits Қасым-Жомарт at the hyphen, so only the surname end is asserted for him
    assertThat(x.persons()).extracting(Person::name).contains("Антониу Гутерриш")
        .anySatisfy(name -> assertThat(name).endsWith("Жомарт Тоқаев"));
    for (Mention m : mentions(x)) {
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
    }
  }

  @Test
  void anExtractorOnOpenNlpsWhitespaceTokenizerFindsPersonsWithValidOffsets() throws Exception {
    assertFindsTheReleasesPersons(KazakhExtractor.builder().tokenizer(WhitespaceTokenizer.INSTANCE).build());
  }

  @Test
  void anExtractorOnOpenNlpsSimpleTokenizerFindsPersonsWithValidOffsets() throws Exception {
    KazakhExtractor x = KazakhExtractor.builder().tokenizer(SimpleTokenizer.INSTANCE).build();
    assertFindsTheReleasesPersons(x);
    // the Kazakh tokenizer stays available for callers that want the stage alone
    assertThat(x.tokenizer()).isInstanceOf(KazakhTokenizer.class);
  }

  @Test
  void anOpenNlpSentenceDetectorSplitsTheText() throws Exception {
    // one sentence a line: the simplest detector a caller could bring
    SentenceDetector byLine = new SentenceDetector() {
      @Override
      public String[] sentDetect(CharSequence s) {
        return Span.spansToStrings(sentPosDetect(s), s);
      }

      @Override
      public Span[] sentPosDetect(CharSequence s) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
          if (i == s.length() || s.charAt(i) == '\n') {
            if (i > start) {
              out.add(new Span(start, i));
            }
            start = i + 1;
          }
        }
        return out.toArray(new Span[0]);
      }
    };
    KazakhExtractor x = KazakhExtractor.builder().sentenceDetector(byLine).build();
    assertFindsTheReleasesPersons(x);
    assertThat(x.analyzer().analyze("Бірінші жол\nЕкінші жол").sentences()).hasSize(2);
  }

  @Test
  void spansAreTypedFromTheirCharacters() {
    String text = "БҰҰ Бас хатшысы Антониу Гутерриш 2024 «Астана» , 5%";
    List<Token> tokens = new TokenizerAdapter(WhitespaceTokenizer.INSTANCE).tokens(text);
    assertThat(tokens).extracting(Token::type).containsExactly(TokenType.ACRONYM, TokenType.WORD, TokenType.WORD,
        TokenType.WORD, TokenType.WORD, TokenType.NUMBER, TokenType.WORD, TokenType.PUNCTUATION, TokenType.NUMBER);
    for (Token t : tokens) {
      assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
    }
    // a tokenizer that returns spans out of order or past the end loses those spans, not the offsets
    Tokenizer sloppy = new Tokenizer() {
      @Override
      public String[] tokenize(String s) {
        return Span.spansToStrings(tokenizePos(s), s);
      }

      @Override
      public Span[] tokenizePos(String s) {
        return new Span[] {new Span(4, 7), new Span(0, 3), new Span(8, 99), new Span(5, 5)};
      }
    };
    assertThat(new TokenizerAdapter(sloppy).tokens("Бас хатшысы")).extracting(Token::text).containsExactly("хат");
    // the Kazakh tokenizer's own span types are kept
    assertThat(new TokenizerAdapter(new KazakhTokenizer()).tokens("Н.Ә. Назарбаев")).extracting(Token::type)
        .containsExactly(TokenType.INITIALS, TokenType.WORD);
  }
}
