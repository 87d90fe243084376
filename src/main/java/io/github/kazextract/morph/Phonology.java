package io.github.kazextract.morph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Kazakh sound classes and vowel harmony from {@code models/morph/phonology.tsv}. A context is a bit
 * set: bit {@code 2*class + harmony} (harmony 0 back, 1 front).
 */
final class Phonology {
  static final String[] CLASSES = {"V", "R", "L", "N", "Z", "T"};
  static final int NCLASS = CLASSES.length;
  static final int ALL = (1 << (2 * NCLASS)) - 1;

  /** Letters are Cyrillic or Latin: tables indexed by the char itself, no boxing on the hot path. */
  private static final int TABLE = 0x500;
  /** Per letter, its class bits (0 = no class). */
  private final int[] classOf = new int[TABLE];
  /** Per letter, 1 back, 2 front, 0 neutral or no vowel. */
  private final int[] harmonyOf = new int[TABLE];
  final Map<Character, String[]> vowels = new HashMap<>();
  /** Word endings that vowel harmony looks through (Тоқа|ев-қа). */
  private String[] transparent = new String[0];
  /** symbol -> per class: {back, front} realisation. */
  final Map<Character, String[][]> consonants = new HashMap<>();

  Phonology() {
    List<String[]> rows = ModelFiles.rows("morph/phonology.tsv", false);
    for (String[] r : rows) {
      switch (r[0]) {
        case "class" -> {
          int c = indexOf(r[1]);
          for (char ch : r[2].toCharArray()) {
            classOf[letter(ch)] |= 1 << c;
          }
        }
        case "harmony" -> {
          int h = r[1].equals("back") ? 1 : 2;
          for (char ch : r[2].toCharArray()) {
            harmonyOf[letter(ch)] = h;
          }
        }
        case "transparent" -> transparent = splitBar(r[1]);
        case "vowel" -> vowels.put(r[1].charAt(0), new String[] {r[2], r[3]});
        case "cons" -> {
          String[][] v = new String[NCLASS][];
          for (int i = 0; i < NCLASS; i++) {
            String cell = r[2 + i];
            int slash = cell.indexOf('/');
            v[i] = slash < 0 ? new String[] {cell, cell} : new String[] {cell.substring(0, slash), cell.substring(slash + 1)};
          }
          consonants.put(r[1].charAt(0), v);
        }
        default -> throw new IllegalStateException("phonology.tsv: unknown row ".concat(r[0]));
      }
    }
  }

  private static int letter(char ch) {
    if (ch >= TABLE) {
      throw new IllegalStateException("phonology.tsv: letter outside the Cyrillic block: " + ch);
    }
    return ch;
  }

  private static int indexOf(String cls) {
    for (int i = 0; i < NCLASS; i++) {
      if (CLASSES[i].equals(cls)) {
        return i;
      }
    }
    throw new IllegalStateException("phonology.tsv: unknown class ".concat(cls));
  }

  static String[] splitBar(String s) {
    java.util.List<String> l = new java.util.ArrayList<>();
    int start = 0;
    for (int i = 0; i <= s.length(); i++) {
      if (i == s.length() || s.charAt(i) == '|') {
        l.add(s.substring(start, i));
        start = i + 1;
      }
    }
    return l.toArray(new String[0]);
  }

  /** Class bits (1 << class) of the sound ending {@code s[0,end)}; 0 if none (no letter). */
  int endClass(CharSequence s, int end) {
    for (int i = end - 1; i >= 0; i--) {
      char c = s.charAt(i);
      if (c == 'ь' || c == 'ъ') {
        continue;
      }
      return c < TABLE ? classOf[c] : 0;
    }
    return 0;
  }

  boolean isVowel(char c) {
    return c < TABLE && (classOf[c] & 1) != 0;
  }

  boolean isPureVowel(char c) {
    return c < TABLE && classOf[c] == 1;
  }

  /** Harmony bits of {@code s[0,end)}: 1 back, 2 front, 3 undecided; looks back at most 40 letters. */
  int harmony(CharSequence s, int end) {
    if (end > 0 && s.charAt(end - 1) == 'у') {
      return 3; // a final у is a glide after a back or front vowel alike: Баку-де, оқу-да
    }
    for (String t : transparent) {
      int k = end - t.length();
      if (k >= 2 && regionEquals(s, k, t) && harmonyAt(s, k - 1) != 0 | hasVowelBefore(s, k)) {
        end = k;
        break;
      }
    }
    int stop = Math.max(0, end - 40);
    for (int i = end - 1; i >= stop; i--) {
      int h = harmonyAt(s, i);
      if (h != 0) {
        return h;
      }
    }
    return 3;
  }

  private int harmonyAt(CharSequence s, int i) {
    char c = s.charAt(i);
    return c < TABLE ? harmonyOf[c] : 0;
  }

  private static boolean regionEquals(CharSequence s, int at, String t) {
    for (int i = 0; i < t.length(); i++) {
      if (s.charAt(at + i) != t.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private boolean hasVowelBefore(CharSequence s, int end) {
    for (int i = Math.max(0, end - 40); i < end; i++) {
      if (harmonyAt(s, i) != 0) {
        return true;
      }
    }
    return false;
  }

  /** Context bits of {@code s[0,end)}: every (class, harmony) pair it may have. */
  int context(CharSequence s, int end) {
    int cls = endClass(s, end);
    int h = harmony(s, end);
    int bits = 0;
    for (int c = 0; c < NCLASS; c++) {
      if ((cls & (1 << c)) != 0) {
        if ((h & 1) != 0) {
          bits |= 1 << (2 * c);
        }
        if ((h & 2) != 0) {
          bits |= 1 << (2 * c + 1);
        }
      }
    }
    return bits;
  }

  /** The same classes with either harmony. */
  static int anyHarmony(int ctx) {
    int bits = ctx;
    for (int c = 0; c < NCLASS; c++) {
      if ((ctx & (3 << (2 * c))) != 0) {
        bits |= 3 << (2 * c);
      }
    }
    return bits;
  }

  int classOfLetter(char c) {
    int k = c < TABLE ? classOf[c] : 0;
    return k == 0 ? -1 : Integer.numberOfTrailingZeros(k);
  }
}
