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

  private final Map<Character, Integer> classOf = new HashMap<>();
  private final Map<Character, Integer> harmonyOf = new HashMap<>();
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
            classOf.merge(ch, 1 << c, (a, b) -> a | b);
          }
        }
        case "harmony" -> {
          int h = r[1].equals("back") ? 1 : 2;
          for (char ch : r[2].toCharArray()) {
            harmonyOf.put(ch, h);
          }
        }
        case "transparent" -> transparent = r[1].split("\\|");
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
        default -> throw new IllegalStateException("phonology.tsv: unknown row " + r[0]);
      }
    }
  }

  private static int indexOf(String cls) {
    for (int i = 0; i < NCLASS; i++) {
      if (CLASSES[i].equals(cls)) {
        return i;
      }
    }
    throw new IllegalStateException("phonology.tsv: unknown class " + cls);
  }

  /** Class bits (1 << class) of the sound ending {@code s[0,end)}; 0 if none (no letter). */
  int endClass(CharSequence s, int end) {
    for (int i = end - 1; i >= 0; i--) {
      char c = s.charAt(i);
      if (c == 'ь' || c == 'ъ') {
        continue;
      }
      Integer k = classOf.get(c);
      return k == null ? 0 : k;
    }
    return 0;
  }

  boolean isVowel(char c) {
    Integer k = classOf.get(c);
    return k != null && (k & 1) != 0 && c != 'у' && c != 'и' || c == 'и' || c == 'у';
  }

  boolean isPureVowel(char c) {
    Integer k = classOf.get(c);
    return k != null && k == 1;
  }

  /** Harmony bits of {@code s[0,end)}: 1 back, 2 front, 3 undecided; looks back at most 40 letters. */
  int harmony(CharSequence s, int end) {
    for (String t : transparent) {
      int k = end - t.length();
      if (k >= 2 && regionEquals(s, k, t) && harmonyOf.containsKey(s.charAt(k - 1)) | hasVowelBefore(s, k)) {
        end = k;
        break;
      }
    }
    int stop = Math.max(0, end - 40);
    for (int i = end - 1; i >= stop; i--) {
      Integer h = harmonyOf.get(s.charAt(i));
      if (h != null) {
        return h;
      }
    }
    return 3;
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
      if (harmonyOf.containsKey(s.charAt(i))) {
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

  int classOfLetter(char c) {
    Integer k = classOf.get(c);
    return k == null ? -1 : Integer.numberOfTrailingZeros(k);
  }
}
