package io.github.kazextract.extract.entity;

/**
 * Roman numerals as Kazakh texts write them, in Latin or Cyrillic letters (ІІ дәрежелі, ХХІ
 * ғасыр, III съезд): all capitals, so they look like acronyms, but they never name an
 * organisation. Only well-formed numerals from 1 to 39 written with I, V, X count: the letters L, C, D
 * and M also spell real acronyms (DC, CD, MCC), and centuries, degrees and congress numbers stay small.
 */
final class RomanNumerals {
  private RomanNumerals() {}

  private static final String[] TENS = {"", "X", "XX", "XXX"};
  private static final String[] UNITS = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};

  /** Whether {@code word} is a well-formed Roman numeral (Cyrillic І and Х read as I and X). */
  static boolean isNumeral(String word) {
    if (word.isEmpty() || word.length() > 8) {
      return false;
    }
    StringBuilder latin = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      switch (c) {
        case 'І', 'I' -> latin.append('I');
        case 'Х', 'X' -> latin.append('X');
        case 'V' -> latin.append('V');
        default -> {
          return false;
        }
      }
    }
    String s = latin.toString();
    int value = parse(s);
    return value > 0 && value < 40 && render(value).equals(s);
  }

  private static int parse(String s) {
    int total = 0;
    int prev = 0;
    for (int i = s.length() - 1; i >= 0; i--) {
      int v = switch (s.charAt(i)) {
        case 'I' -> 1;
        case 'V' -> 5;
        default -> 10;
      };
      total += v < prev ? -v : v;
      prev = Math.max(prev, v);
    }
    return total;
  }

  private static String render(int v) {
    return TENS[v / 10] + UNITS[v % 10];
  }
}
