package io.github.kazextract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The string normalisation of the reference scorer ({@code score.py}): NFC, lower case, every dash
 * to {@code -}, quotes dropped, runs of white space to one space, trimmed. Kept identical to the
 * script so the Java figures equal the script's.
 */
public final class ScoreNormalizer {

  private static final String DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u00ad";
  private static final String QUOTES = "\"'«»“”„‟‘’‚`";

  private ScoreNormalizer() {}

  /** {@code norm(s)}; null for a null or JSON-null value. */
  public static String norm(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return null;
    }
    return norm(pythonStr(v));
  }

  public static String norm(String s) {
    if (s == null) {
      return null;
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(n.length());
    boolean pendingSpace = false;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (QUOTES.indexOf(c) >= 0) {
        continue; // python removes quotes before collapsing spaces: "a « b" -> "a  b" -> "a b"
      }
      if (DASHES.indexOf(c) >= 0) {
        c = '-';
      }
      if (isPythonSpace(c)) {
        pendingSpace = b.length() > 0;
        continue;
      }
      if (pendingSpace) {
        b.append(' ');
        pendingSpace = false;
      }
      b.append(c);
    }
    return b.toString();
  }

  /** {@code group_norm(s)}: norm, and a trailing {@code тобы} ("group") dropped. */
  public static String groupNorm(JsonNode v) {
    String s = norm(v);
    if (s == null) {
      return "";
    }
    // re.sub(r"\s+тобы$", "", s): after norm the only white space is a single ' '
    if (s.endsWith(" тобы")) {
      return s.substring(0, s.length() - " тобы".length());
    }
    return s;
  }

  /** Python's {@code str.isspace()} for one UTF-16 unit (all such characters are in the BMP). */
  static boolean isPythonSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f' || c == '\u0085';
  }

  /** Python {@code str(value)} of a JSON scalar as {@code json.loads} would produce it. */
  static String pythonStr(JsonNode v) {
    if (v.isTextual()) {
      return v.textValue();
    }
    if (v.isBoolean()) {
      return v.booleanValue() ? "True" : "False";
    }
    if (v.isIntegralNumber()) {
      return v.bigIntegerValue().toString();
    }
    if (v.isNumber()) {
      return PyJson.floatRepr(v.doubleValue());
    }
    return v.toString();
  }
}
