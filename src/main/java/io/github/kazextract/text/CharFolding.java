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

  /**
   * Folded forms of U+0000..U+2FFF (where the spaces, dashes, quotes and format characters of
   * Kazakh text are), built when the class loads; characters above are folded per call. A full
   * 64k table cost a cold JVM tens of milliseconds of Unicode property look-ups.
   */
  private static final int TABLE_LIMIT = 0x3000;
  private static final char[] TABLE = buildTable();

  private static char folded(char c) {
    return c < TABLE_LIMIT ? TABLE[c] : compute(c);
  }

  private CharFolding() {}

  /** The folded form of {@code c}: itself, a replacement, or {@link #REMOVE}. */
  public static char fold(char c) {
    return folded(c);
  }

  /** True if {@link #fold(char)} changes {@code c}. */
  public static boolean changes(char c) {
    return folded(c) != c;
  }

  /** An invisible format character (zero-width space/joiner, BOM, soft hyphen...). */
  public static boolean isInvisible(char c) {
    return folded(c) == REMOVE;
  }

  /** A space of any kind, including line breaks and other control characters. */
  public static boolean isSpace(char c) {
    if (c <= ' ') {
      return true;
    }
    char f = folded(c);
    return f == ' ' || (c >= 0x7f && c < 0xa0);
  }

  /** A hyphen or dash of any kind ({@code - ‐ ‑ ‒ – — ― −}). */
  public static boolean isDash(char c) {
    return folded(c) == '-';
  }

  /** A quotation mark or apostrophe of any kind. */
  public static boolean isQuote(char c) {
    char f = folded(c);
    return f == '"' || f == '\'';
  }

  private static char[] buildTable() {
    char[] t = new char[TABLE_LIMIT];
    for (int c = 0; c < t.length; c++) {
      t[c] = compute((char) c);
    }
    return t;
  }

  private static char compute(char c) {
    if (c == '\t' || c == '\n' || c == '\r' || Character.isSurrogate(c)) {
      return c;
    }
    int type = Character.getType(c);
    if (type == Character.FORMAT) {
      return REMOVE;
    } else if (type == Character.CONTROL || Character.isSpaceChar(c) || Character.isWhitespace(c)) {
      return ' ';
    } else if (UCharacter.hasBinaryProperty(c, UProperty.DASH)) {
      return '-';
    } else if (UCharacter.hasBinaryProperty(c, UProperty.QUOTATION_MARK)) {
      String name = UCharacter.getName(c);
      return c == '\'' || (name != null && (name.contains("SINGLE") || name.contains("APOSTROPHE"))) ? '\'' : '"';
    }
    return c;
  }
}
