package io.github.kazextract.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * Character-level folds used for matching, decided from Unicode properties (ICU) rather than
 * hand-written lists: every space variant becomes {@code ' '}, invisible format characters
 * (zero-width space/joiner, BOM, soft hyphen, direction marks) disappear, every character with
 * the Unicode {@code Dash} property becomes {@code '-'}, every {@code Quotation_Mark} becomes
 * {@code '"'} or, for single quotes and apostrophes, {@code '\''}. Tab, line feed and carriage
 * return are kept so that line structure survives. Thread-safe (a table built once).
 */
public final class CharFolding {

  /** Marker returned by {@link #fold(char)} for a character that is removed. */
  public static final char REMOVE = '\uFFFF';

  private static final char[] TABLE = buildTable();

  private CharFolding() {}

  /** The folded form of {@code c}: itself, a replacement, or {@link #REMOVE}. */
  public static char fold(char c) {
    return TABLE[c];
  }

  /** True if {@link #fold(char)} changes {@code c}. */
  public static boolean changes(char c) {
    return TABLE[c] != c;
  }

  /** An invisible format character (zero-width space/joiner, BOM, soft hyphen...). */
  public static boolean isInvisible(char c) {
    return TABLE[c] == REMOVE;
  }

  /** A space of any kind, including line breaks and other control characters. */
  public static boolean isSpace(char c) {
    if (c <= ' ') {
      return true;
    }
    char f = TABLE[c];
    return f == ' ' || (c >= 0x7f && c < 0xa0);
  }

  /** A hyphen or dash of any kind ({@code - ‐ ‑ ‒ – — ― −}). */
  public static boolean isDash(char c) {
    return TABLE[c] == '-';
  }

  /** A quotation mark or apostrophe of any kind. */
  public static boolean isQuote(char c) {
    char f = TABLE[c];
    return f == '"' || f == '\'';
  }

  private static char[] buildTable() {
    char[] t = new char[0x10000];
    for (int c = 0; c < t.length; c++) {
      t[c] = (char) c;
      if (c == '\t' || c == '\n' || c == '\r' || Character.isSurrogate((char) c)) {
        continue;
      }
      int type = Character.getType(c);
      if (type == Character.FORMAT) {
        t[c] = REMOVE;
      } else if (type == Character.CONTROL || Character.isSpaceChar(c) || Character.isWhitespace(c)) {
        t[c] = ' ';
      } else if (UCharacter.hasBinaryProperty(c, UProperty.DASH)) {
        t[c] = '-';
      } else if (UCharacter.hasBinaryProperty(c, UProperty.QUOTATION_MARK)) {
        String name = UCharacter.getName(c);
        t[c] = c == '\'' || (name != null && (name.contains("SINGLE") || name.contains("APOSTROPHE"))) ? '\'' : '"';
      }
    }
    return t;
  }
}
