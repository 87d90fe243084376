package io.github.kazextract.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.kazextract.KazakhExtractor;
import io.github.kazextract.extract.ExtractionOptions;
import io.github.kazextract.model.Extraction;
import io.github.kazextract.model.Person;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input as services send it: null, empty, blank, no Kazakh, only numbers or punctuation,
 * HTML left in, Latin look-alike letters, a 5 MB document. A valid (possibly empty) result with
 * valid offsets, never an exception or a hang; null is a NullPointerException naming the parameter.
 * Timeouts are hang guards only, far above the expected times.
 */
class BadInputTest {

  private final KazakhExtractor extractor = RobustFixtures.extractor();

  private static void valid(String text) {
    assertThat(RobustFixtures.invariants().violations(text)).as("violations on %s", text).isEmpty();
  }

  private static boolean isEmpty(Extraction x) {
    return x.persons().isEmpty() && x.organizations().isEmpty() && x.places().isEmpty() && x.events().isEmpty()
        && x.countryGroupStats().isEmpty();
  }

  @Test
  void nullIsANullPointerExceptionNamingTheParameter() {
    assertThatThrownBy(() -> extractor.extract(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("text");
    assertThatThrownBy(() -> extractor.extract("x", null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("options");
    assertThatThrownBy(() -> extractor.tokenizer().tokens(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("text");
    assertThatThrownBy(() -> extractor.sentenceDetector().sentPosDetect(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("s");
    assertThatThrownBy(() -> extractor.morphology().analyze(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("word");
    assertThatThrownBy(() -> extractor.morphology().lemma(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("word");
    assertThatThrownBy(() -> extractor.analyzer().analyze(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("text");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n\n\n", "\t \u00A0\u2009\u202F\u200B\uFEFF", "\r\n\r\n", "\u3000\u2028\u2029"})
  void emptyAndBlankGiveAnEmptyResult(String text) {
    Extraction x = extractor.extract(text, ExtractionOptions.withId("blank"));
    assertThat(isEmpty(x)).as("result for blank text: %s", x.toJson()).isTrue();
    assertThat(x.id()).isEqualTo("blank");
    assertThat(extractor.tokenizer().tokens(text)).isEmpty();
    assertThat(extractor.sentenceDetector().sentPosDetect(text)).isEmpty();
    valid(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The President of the United States met the Prime Minister in Washington on Monday.",
      "中华人民共和国主席习近平在北京会见了哈萨克斯坦总统。",
      "Президент России Владимир Путин провёл переговоры в Москве.",
      "1234567890 3.14159 2,718 -42 +7 (727) 123-45-67 1e10 0x1F 1/2 ¾ ² ³",
      "0 1 2 3 4 5 6 7 8 9 10 100 1000 10000 100000 1000000 2024 2025 28.05.2020 14:30",
      "!!! ??? ... ,,, ;;; ::: --- ––– ——— «» \"\" '' () [] {} <> /// \\\\\\ *** ### @@@ %%% &&&",
      "«»«»«»«»«»((((((((((]]]]]]]]]]„“„“„“......!!!!!!",
      "<html><body><p class=\"lead\">Қасым-Жомарт Тоқаев <b>Астанада</b> кездесу өткізді.</p>"
          + "<script>var x = '«Самұрық-Қазына»';</script>&nbsp;&laquo;Ақорда&raquo;<br/></body></html>",
      "<p>Мемлекет басшысы</p><p>Сыртқы істер министрлігі</p><!-- comment <p> -->",
      "« „банк\"", // found by the fuzzer: an empty quoted name before an organisation head
      "«\u2009„банк\"",
  })
  void nonKazakhNumbersPunctuationAndHtmlGiveValidResults(String text) {
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> valid(text));
  }

  /**
   * Letters whose lower or upper case has another length (Turkish/Azerbaijani İ lower-cases to
   * two chars, German ß upper-cases to SS). Found by the fuzzer: {@code İ‐Н} threw
   * StringIndexOutOfBoundsException in the morphology.
   */
  @ParameterizedTest
  @ValueSource(strings = {"İstanbul-да", "İlham Əliyev Астанада болды.", "straße-ға", "ŉ-ның", "Ǆ-ға", "ﬁ-ге"})
  void lettersWhoseCaseChangesLength(String text) {
    valid(text);
  }

  /** Hyphenated words with İ: KazakhMorphology.recase assumes lower-casing keeps the length. */

  @ParameterizedTest
  @ValueSource(strings = {"İ-Н", "İ‐Н", "ДİН-ге"})
  void hyphenatedWordsWithDottedCapitalI(String text) {
    valid(text);
    assertThat(RobustFixtures.extractor().morphology().analyze(text)).isNotEmpty();
  }

  @Test
  void latinLookAlikeLettersStillFindThePerson() {
    String clean = "Қазақстан Республикасының Президенті Қасым-Жомарт Тоқаев Астанада Қытай делегациясын қабылдады.";
    // Latin a, o, e, K, T, p, c typed inside Cyrillic words, as copy-pasted releases have them
    String lookalike = "Қaзaқстaн Pеспубликасының Пpезиденті Қасым-Жoмарт Тoқаев Aстанада Kытай делегациясын қабылдaды.";
    valid(lookalike);
    List<String> cleanNames = extractor.extract(clean).persons().stream().map(Person::name).toList();
    List<String> names = extractor.extract(lookalike).persons().stream().map(Person::name).toList();
    assertThat(cleanNames).as("persons in the clean sentence").isNotEmpty();
    assertThat(names).as("persons with look-alike letters").isEqualTo(cleanNames);
  }

  /** 1 MB in the default build (about 15 s on the shared build machine). */
  @Test
  void oneMegabyteDocument() throws Exception {
    largeDocument(1_000_000);
  }

  /** The 5 MB of the issue; about a minute, so only with {@code -Dkx.robust.full=true}. */
  @Test
  @EnabledIfSystemProperty(named = "kx.robust.full", matches = "true")
  void fiveMegabyteDocument() throws Exception {
    largeDocument(5_000_000);
  }

  private void largeDocument(int size) throws Exception {
    Map<String, String> docs = ConcurrentExtractionTest.releases();
    StringBuilder b = new StringBuilder(5_300_000);
    long bytes = 0;
    while (bytes < size) {
      for (String d : docs.values()) {
        b.append(d).append("\n\n");
        bytes += d.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 2;
      }
    }
    String text = b.toString();
    assertThat(text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThanOrEqualTo(size);
    Extraction x = assertTimeoutPreemptively(Duration.ofMinutes(3), () -> extractor.extract(text));
    List<String> problems = new java.util.ArrayList<>();
    // offsets only (the invariants' determinism check would run the 5 MB twice more)
    for (Person p : x.persons()) {
      p.mentions().forEach(m -> {
        if (!text.substring(m.start(), m.end()).equals(m.text())) {
          problems.add(p.name() + " " + m);
        }
      });
    }
    assertThat(problems).isEmpty();
    assertThat(x.persons()).isNotEmpty();
  }
}
