package io.github.kazextract.token;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.util.Span;

/**
 * Kazakh tokenizer. PLACEHOLDER implementation (letters/digits runs, hyphen-joined words, other
 * characters alone) until the full tokenizer lands; the public API is final.
 */
public final class KazakhTokenizer implements Tokenizer {

  public KazakhTokenizer() {}

  /** Typed tokens with offsets into {@code text}. */
  public List<Token> tokens(String text) {
    Objects.requireNonNull(text, "text");
    List<Token> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
        continue;
      }
      int s = i;
      if (Character.isLetterOrDigit(c)) {
        while (i < n && (Character.isLetterOrDigit(text.charAt(i))
            || (text.charAt(i) == '-' && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))))) {
          i++;
        }
        String t = text.substring(s, i);
        TokenType type = Character.isDigit(c) ? TokenType.NUMBER : TokenType.WORD;
        int h = t.indexOf('-');
        if (type == TokenType.WORD && h > 1 && t.substring(0, h).chars().allMatch(Character::isUpperCase)) {
          out.add(new Token(t, s, i, TokenType.ACRONYM, t, t.substring(0, h), t.substring(h + 1)));
        } else {
          out.add(Token.of(t, s, i, type, t));
        }
      } else {
        i++;
        String t = text.substring(s, i);
        TokenType type = "«»\"“”„'".indexOf(c) >= 0 ? TokenType.QUOTE : TokenType.PUNCTUATION;
        out.add(Token.of(t, s, i, type, t));
      }
    }
    return out;
  }

  @Override
  public String[] tokenize(String s) {
    return tokens(s).stream().map(Token::text).toArray(String[]::new);
  }

  @Override
  public Span[] tokenizePos(String s) {
    return tokens(s).stream().map(t -> new Span(t.start(), t.end(), t.type().name())).toArray(Span[]::new);
  }
}
