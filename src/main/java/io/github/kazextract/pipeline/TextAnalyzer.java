package io.github.kazextract.pipeline;

import io.github.kazextract.morph.Analysis;
import io.github.kazextract.morph.KazakhMorphology;
import io.github.kazextract.token.KazakhSentenceDetector;
import io.github.kazextract.token.KazakhTokenizer;
import io.github.kazextract.token.Token;
import io.github.kazextract.token.TokenType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import opennlp.tools.util.Span;

/** Runs tokenizer, sentence detector and morphology over a text. Immutable and thread-safe. */
public final class TextAnalyzer {

  private final KazakhTokenizer tokenizer;
  private final KazakhSentenceDetector sentenceDetector;
  private final KazakhMorphology morphology;

  /** How the text becomes tokens and sentence spans: the Kazakh stages or a caller's OpenNLP ones. */
  private final Function<String, List<Token>> tokenize;
  private final BiFunction<String, List<Token>, Span[]> splitSentences;

  public TextAnalyzer(KazakhTokenizer tokenizer, KazakhSentenceDetector sentenceDetector, KazakhMorphology morphology) {
    this(tokenizer, sentenceDetector, morphology, tokenizer::tokens, sentenceDetector::sentPosDetect);
  }

  private TextAnalyzer(KazakhTokenizer tokenizer, KazakhSentenceDetector sentenceDetector, KazakhMorphology morphology,
      Function<String, List<Token>> tokenize, BiFunction<String, List<Token>, Span[]> splitSentences) {
    this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
    this.sentenceDetector = Objects.requireNonNull(sentenceDetector, "sentenceDetector");
    this.morphology = Objects.requireNonNull(morphology, "morphology");
    this.tokenize = tokenize;
    this.splitSentences = splitSentences;
  }

  /**
   * An analyzer over a caller's OpenNLP tokenizer and/or sentence detector (null = the Kazakh one);
   * {@link #tokenizer()} and {@link #sentenceDetector()} still return the Kazakh stages.
   */
  public static TextAnalyzer withOpenNlp(opennlp.tools.tokenize.Tokenizer customTokenizer,
      opennlp.tools.sentdetect.SentenceDetector customDetector, KazakhTokenizer tokenizer,
      KazakhSentenceDetector sentenceDetector, KazakhMorphology morphology) {
    Function<String, List<Token>> tok = customTokenizer == null ? tokenizer::tokens
        : new io.github.kazextract.token.TokenizerAdapter(customTokenizer)::tokens;
    BiFunction<String, List<Token>, Span[]> sent = customDetector == null ? sentenceDetector::sentPosDetect
        : new io.github.kazextract.token.SentenceDetectorAdapter(customDetector)::sentPosDetect;
    return new TextAnalyzer(tokenizer, sentenceDetector, morphology, tok, sent);
  }

  public KazakhTokenizer tokenizer() {
    return tokenizer;
  }

  public KazakhSentenceDetector sentenceDetector() {
    return sentenceDetector;
  }

  public KazakhMorphology morphology() {
    return morphology;
  }

  public AnalyzedText analyze(String text) {
    Objects.requireNonNull(text, "text");
    List<Token> tokens = tokenize.apply(text);
    List<List<Analysis>> analyses = new ArrayList<>(tokens.size());
    // a release repeats its words: each distinct form goes to the shared cache once
    Map<String, List<Analysis>> seen = new HashMap<>();
    for (Token t : tokens) {
      if (t.isWordLike()) {
        analyses.add(seen.computeIfAbsent(t.norm(), morphology::analyze));
      } else {
        analyses.add(List.of(new Analysis(t.norm(), t.type() == TokenType.NUMBER ? "NUM" : "PUNCT", "")));
      }
    }
    // reuse the tokens: the detector would otherwise tokenize the text a second time
    Span[] sentenceSpans = splitSentences.apply(text, tokens);
    List<AnalyzedText.TokenRange> sentences = ranges(tokens, sentenceSpans);
    List<AnalyzedText.TokenRange> paragraphs = ranges(tokens, paragraphSpans(text));
    return new AnalyzedText(text, List.copyOf(tokens), List.copyOf(analyses), sentences, paragraphs);
  }

  /** Token index ranges of character spans; a token belongs to the span holding its start. */
  private static List<AnalyzedText.TokenRange> ranges(List<Token> tokens, Span[] spans) {
    List<AnalyzedText.TokenRange> out = new ArrayList<>(spans.length);
    int t = 0;
    for (Span s : spans) {
      while (t < tokens.size() && tokens.get(t).start() < s.getStart()) {
        t++;
      }
      int first = t;
      while (t < tokens.size() && tokens.get(t).start() < s.getEnd()) {
        t++;
      }
      if (t > first) {
        out.add(new AnalyzedText.TokenRange(first, t));
      }
    }
    return List.copyOf(out);
  }

  /** Paragraphs: text between blank lines (a line holding only white space counts as blank). */
  static Span[] paragraphSpans(String text) {
    List<Span> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    int i = 0;
    while (i < n) {
      if (text.charAt(i) == '\n') {
        int j = i + 1;
        while (j < n && text.charAt(j) != '\n' && Character.isWhitespace(text.charAt(j))) {
          j++;
        }
        if (j < n && text.charAt(j) == '\n') {
          out.add(new Span(start, i));
          while (j < n && Character.isWhitespace(text.charAt(j))) {
            j++;
          }
          start = j;
          i = j;
          continue;
        }
      }
      i++;
    }
    if (start < n) {
      out.add(new Span(start, n));
    }
    return out.toArray(new Span[0]);
  }
}
