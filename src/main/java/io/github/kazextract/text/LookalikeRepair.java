package io.github.kazextract.text;

import java.util.HashMap;
import java.util.Map;

/**
 * Repairs Latin (and Greek, IPA) letters typed in place of Cyrillic ones inside Kazakh words
 * ({@code Aқорда} with a Latin A, {@code əкім} with a schwa). Decided per word: a word is repaired
 * only if it holds at least one Cyrillic letter and every non-Cyrillic letter in it has a
 * Cyrillic look-alike, so genuine Latin words ({@code COVID}, {@code Astana}, {@code iPhone}) and
 * real mixed forms stay untouched. The table is {@code models/token/lookalikes.tsv}. Immutable.
 */
public final class LookalikeRepair {

  private static final LookalikeRepair DEFAULT = new LookalikeRepair(loadTable());

  private final char[] table; // 0 = no look-alike

  LookalikeRepair(char[] table) {
    this.table = table;
  }

  public static LookalikeRepair getDefault() {
    return DEFAULT;
  }

  private static char[] loadTable() {
    Map<Character, Character> m = new HashMap<>();
    for (String[] row : DataFiles.rows("token/lookalikes.tsv")) {
      if (row.length < 2 || row[0].length() != 1 || row[1].length() != 1) {
        throw new IllegalStateException("token/lookalikes.tsv: expected one character per column: " + String.join("\t", row));
      }
      m.put(row[0].charAt(0), row[1].charAt(0));
    }
    char max = m.keySet().stream().max(Character::compare).orElse('\0');
    char[] t = new char[max + 1];
    m.forEach((k, v) -> t[k] = v);
    return t;
  }

  /** A Cyrillic letter (Cyrillic and Cyrillic Supplement blocks). */
  public static boolean isCyrillic(char c) {
    return c >= 0x0400 && c <= 0x052F && Character.isLetter(c);
  }

  /** The Cyrillic replacement of {@code c}, or 0 if it has none. */
  public char lookalike(char c) {
    return c < table.length ? table[c] : 0;
  }

  /**
   * Whether the word {@code s[from, to)} should be repaired: it has a Cyrillic letter, a
   * non-Cyrillic letter, and every non-Cyrillic letter has a look-alike.
   */
  public boolean needsRepair(CharSequence s, int from, int to) {
    boolean cyr = false;
    boolean other = false;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (isCyrillic(c)) {
        cyr = true;
      } else if (Character.isLetter(c)) {
        if (lookalike(c) == 0) {
          return false;
        }
        other = true;
      }
    }
    return cyr && other;
  }

  /**
   * {@code s} with the look-alikes of each of its words (runs of letters and marks, so the parts
   * of {@code BBC-ге} are judged apart) repaired, or {@code s} itself if nothing changes.
   */
  public String repair(String s) {
    char[] cs = null;
    int n = s.length();
    int i = 0;
    while (i < n) {
      if (!isWordChar(s.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && isWordChar(s.charAt(i))) {
        i++;
      }
      if (needsRepair(s, start, i)) {
        if (cs == null) {
          cs = s.toCharArray();
        }
        for (int k = start; k < i; k++) {
          char r = lookalike(cs[k]);
          if (r != 0 && !isCyrillic(cs[k])) {
            cs[k] = r;
          }
        }
      }
    }
    return cs == null ? s : new String(cs);
  }

  /** Repairs, in place, every word of {@code b} (runs of letters and combining marks). */
  void repairWords(OffsetMap.Builder b) {
    int n = b.length();
    CharSequence view = new BuilderView(b);
    int i = 0;
    while (i < n) {
      if (!isWordChar(b.charAt(i))) {
        i++;
        continue;
      }
      int s = i;
      while (i < n && isWordChar(b.charAt(i))) {
        i++;
      }
      if (needsRepair(view, s, i)) {
        for (int k = s; k < i; k++) {
          char c = b.charAt(k);
          char r = lookalike(c);
          if (r != 0 && !isCyrillic(c)) {
            b.setCharAt(k, r);
          }
        }
      }
    }
  }

  static boolean isWordChar(char c) {
    if (Character.isLetter(c)) {
      return true;
    }
    int t = Character.getType(c);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
  }

  private record BuilderView(OffsetMap.Builder b) implements CharSequence {
    @Override
    public int length() {
      return b.length();
    }

    @Override
    public char charAt(int index) {
      return b.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      throw new UnsupportedOperationException();
    }

    @Override
    public String toString() {
      return b.text();
    }
  }
}
