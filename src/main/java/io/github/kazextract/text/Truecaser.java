package io.github.kazextract.text;

import java.util.HashMap;
import java.util.Map;

/**
 * Gives capitals back to Kazakh Cyrillic words that lost them (Arabic script has no capitals):
 * whole forms from {@code models/text/translit/truecase.tsv} (TITLE, UPPER), else the longest
 * name stem the word starts with (STEM: {@code тоқаевпен} starts with {@code тоқаев}).
 * Immutable and thread-safe.
 */
final class Truecaser {

  enum Casing { LOWER, TITLE, UPPER }

  private static final int MIN_STEM = 4;
  private static final int MAX_WORD = 40;
  private final Map<String, Casing> forms = new HashMap<>();
  private final Map<String, Boolean> stems = new HashMap<>();

  Truecaser() {
    for (String line : ScriptDetector.dataLines("truecase.tsv")) {
      String[] f = line.split("\t");
      if (f.length < 2) {
        continue;
      }
      switch (f[1].trim()) {
        case "TITLE" -> forms.put(f[0], Casing.TITLE);
        case "UPPER" -> forms.put(f[0], Casing.UPPER);
        case "STEM" -> stems.put(f[0], Boolean.TRUE);
        default -> { }
      }
    }
  }

  /** How the lower-case word {@code w} is written. */
  Casing casing(String w) {
    Casing c = forms.get(w);
    if (c != null) {
      return c;
    }
    if (w.length() > MAX_WORD) {
      return Casing.LOWER;
    }
    for (int len = w.length(); len >= MIN_STEM; len--) {
      if (stems.containsKey(w.substring(0, len))) {
        return Casing.TITLE;
      }
    }
    return Casing.LOWER;
  }
}
