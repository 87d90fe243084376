package io.github.kazextract.token;

import java.util.Objects;

/**
 * A token with UTF-16 offsets into the caller's original string. A value: equal tokens have equal
 * components; immutable and safe to share between threads.
 *
 * <p>The tokenizer creates most tokens without copying their text: {@link #text()} (and {@link
 * #norm()} when it equals the text) is cut from the original string on first use and kept, so a
 * caller that only needs offsets and types (like {@link KazakhTokenizer#tokenizePos}) never pays
 * for the strings. Such a token refers to the whole original string.
 */
public final class Token {

  /** The original text the token was cut from, or null once {@link #text} is set eagerly. */
  private final String source;
  private final int start;
  private final int end;
  private final TokenType type;
  /** The normalized form, or null when it equals the text. */
  private final String norm;
  /** The part before the hyphen, or null when it equals {@link #norm()}. */
  private final String base;
  private final String suffix;
  /**
   * The text, set on first use when created lazily: a benign race like {@link String#hashCode}'s
   * cache (every thread computes the same immutable string).
   */
  private String text;

  /**
   * @param text the exact original substring {@code [start, end)}
   * @param start inclusive UTF-16 offset into the original text
   * @param end exclusive UTF-16 offset into the original text
   * @param type coarse token class
   * @param norm the normalized form used for matching: NFC, look-alike letters repaired, quotes and
   *     dashes folded, spaces removed from grouped numbers; original letter case kept
   * @param base for an acronym or number with a hyphenated suffix ({@code БҰҰ-ның}) the part before
   *     the hyphen ({@code БҰҰ}); otherwise equal to {@code norm}
   * @param suffix the hyphenated suffix without its hyphen ({@code ның}), or the empty string
   */
  public Token(String text, int start, int end, TokenType type, String norm, String base, String suffix) {
    this.text = Objects.requireNonNull(text, "text");
    this.source = null;
    this.start = start;
    this.end = end;
    this.type = Objects.requireNonNull(type, "type");
    this.norm = Objects.requireNonNull(norm, "norm") == text ? null : norm;
    this.base = Objects.requireNonNull(base, "base") == norm ? null : base;
    this.suffix = Objects.requireNonNull(suffix, "suffix");
  }

  /** A token whose text (and norm, equal to it) is {@code source.substring(start, end)}, cut on first use. */
  Token(String source, int start, int end, TokenType type) {
    this.source = source;
    this.start = start;
    this.end = end;
    this.type = type;
    this.norm = null;
    this.base = null;
    this.suffix = "";
  }

  /** A token without a hyphenated suffix. */
  public static Token of(String text, int start, int end, TokenType type, String norm) {
    return new Token(text, start, end, type, norm, norm, "");
  }

  /** The exact original substring {@code [start, end)}. */
  public String text() {
    String t = text;
    if (t == null) {
      t = source.substring(start, end);
      text = t;
    }
    return t;
  }

  /** Inclusive UTF-16 offset into the original text. */
  public int start() {
    return start;
  }

  /** Exclusive UTF-16 offset into the original text. */
  public int end() {
    return end;
  }

  public TokenType type() {
    return type;
  }

  /**
   * The normalized form used for matching: NFC, look-alike letters repaired, quotes and dashes
   * folded, spaces removed from grouped numbers; original letter case kept. The same object as
   * {@link #text()} when normalizing changes nothing.
   */
  public String norm() {
    return norm != null ? norm : text();
  }

  /**
   * For an acronym or number with a hyphenated suffix ({@code БҰҰ-ның}) the part before the hyphen
   * ({@code БҰҰ}); otherwise equal to {@link #norm()}.
   */
  public String base() {
    return base != null ? base : norm();
  }

  /** The hyphenated suffix without its hyphen ({@code ның}), or the empty string. */
  public String suffix() {
    return suffix;
  }

  public boolean isWordLike() {
    return type == TokenType.WORD || type == TokenType.ACRONYM || type == TokenType.ABBREVIATION;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Token)) {
      return false;
    }
    Token t = (Token) o;
    return start == t.start && end == t.end && type == t.type && text().equals(t.text()) && norm().equals(t.norm())
        && base().equals(t.base()) && suffix.equals(t.suffix);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text(), start, end, type, norm(), base(), suffix);
  }

  @Override
  public String toString() {
    return "Token[text=" + text() + ", start=" + start + ", end=" + end + ", type=" + type + ", norm=" + norm()
        + ", base=" + base() + ", suffix=" + suffix + "]";
  }
}
