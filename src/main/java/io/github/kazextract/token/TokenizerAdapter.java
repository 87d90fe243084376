package io.github.kazextract.token;

import io.github.kazextract.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.util.Span;

/**
 * Lets a caller's OpenNLP {@link Tokenizer} ({@code WhitespaceTokenizer}, {@code SimpleTokenizer},
 * a trained {@code TokenizerME}) feed the pipeline: its {@link Tokenizer#tokenizePos} spans become
 * typed {@link Token}s. A span whose type is a {@link TokenType} name keeps that type; any other
 * span is typed from its characters (letters → {@code WORD}, or {@code ACRONYM} when all capitals;
 * digits → {@code NUMBER}; quote marks → {@code QUOTE}; other punctuation → {@code PUNCTUATION}).
 * The norm is the {@link TextNormalizer} form of the span's text, as the Kazakh tokenizer makes it.
 *
 * <p>Spans are kept as the caller's tokenizer gives them (so {@code WhitespaceTokenizer} leaves
 * {@code Тоқаев,} one token), except that spans outside the text, empty, overlapping an earlier
 * span or out of order are dropped: offsets into the caller's string stay valid whatever the
 * tokenizer returns. Immutable and thread-safe when the wrapped tokenizer is.
 */
public final class TokenizerAdapter {

  private final Tokenizer tokenizer;
  private final TextNormalizer normalizer;

  /** Adapts {@code tokenizer}, normalizing tokens with the bundled {@link TextNormalizer}. */
  public TokenizerAdapter(Tokenizer tokenizer) {
    this(tokenizer, TextNormalizer.getDefault());
  }

  public TokenizerAdapter(Tokenizer tokenizer, TextNormalizer normalizer) {
    this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
    this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
  }

  /** The wrapped tokenizer. */
  public Tokenizer tokenizer() {
    return tokenizer;
  }

  /** Typed tokens with offsets into {@code text}, in order; an unmodifiable list. */
  public List<Token> tokens(String text) {
    Objects.requireNonNull(text, "text");
    Span[] spans = tokenizer.tokenizePos(text);
    List<Token> out = new ArrayList<>(spans.length);
    int last = 0;
    for (Span s : spans) {
      int start = s.getStart();
      int end = s.getEnd();
      if (start < last || end <= start || end > text.length()) {
        continue;
      }
      String t = text.substring(start, end);
      out.add(Token.of(t, start, end, type(t, s.getType()), normalizer.normalizeToken(t)));
      last = end;
    }
    return Collections.unmodifiableList(out);
  }

  /** The span's own type when it names a {@link TokenType}, else a type from the characters. */
  static TokenType type(String text, String spanType) {
    if (spanType != null) {
      for (TokenType t : TokenType.values()) {
        if (t.name().equals(spanType)) {
          return t;
        }
      }
    }
    return classify(text);
  }

  /** A coarse type from the characters alone. */
  static TokenType classify(String text) {
    int letters = 0;
    int upper = 0;
    int digits = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          upper++;
        }
      } else if (Character.isDigit(c)) {
        digits++;
      }
      i += Character.charCount(c);
    }
    if (letters > 0) {
      return letters >= 2 && upper == letters ? TokenType.ACRONYM : TokenType.WORD;
    }
    if (digits > 0) {
      return TokenType.NUMBER;
    }
    int c = text.codePointAt(0);
    if (isQuote(c)) {
      return TokenType.QUOTE;
    }
    int kind = Character.getType(c);
    boolean punctuation = kind == Character.CONNECTOR_PUNCTUATION || kind == Character.DASH_PUNCTUATION
        || kind == Character.START_PUNCTUATION || kind == Character.END_PUNCTUATION
        || kind == Character.OTHER_PUNCTUATION || kind == Character.INITIAL_QUOTE_PUNCTUATION
        || kind == Character.FINAL_QUOTE_PUNCTUATION;
    return punctuation ? TokenType.PUNCTUATION : TokenType.SYMBOL;
  }

  private static boolean isQuote(int c) {
    return c == '"' || c == '\'' || c == '«' || c == '»' || c == '“' || c == '”' || c == '„' || c == '‘' || c == '’'
        || Character.getType(c) == Character.INITIAL_QUOTE_PUNCTUATION || Character.getType(c) == Character.FINAL_QUOTE_PUNCTUATION;
  }
}
