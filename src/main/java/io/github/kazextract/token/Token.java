package io.github.kazextract.token;

import java.util.Objects;

/**
 * A token with UTF-16 offsets into the caller's original string.
 *
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
public record Token(String text, int start, int end, TokenType type, String norm, String base, String suffix) {
  public Token {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(norm, "norm");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(suffix, "suffix");
  }

  /** A token without a hyphenated suffix. */
  public static Token of(String text, int start, int end, TokenType type, String norm) {
    return new Token(text, start, end, type, norm, norm, "");
  }

  public boolean isWordLike() {
    return type == TokenType.WORD || type == TokenType.ACRONYM || type == TokenType.ABBREVIATION;
  }
}
