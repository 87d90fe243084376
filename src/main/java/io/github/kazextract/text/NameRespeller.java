package io.github.kazextract.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives transliterated names back their Cyrillic spelling where the other script cannot tell
 * letters apart (э/е, ь, ц/тс, ё/йо, и/й, and in Arabic script front/back vowels): a capitalised
 * word whose longest prefix has the same letter key as a gazetteer name (persons, given names,
 * surnames, one-word places) gets that name's spelling; the ending stays ({@code Еммануелмен} →
 * {@code Эммануэльмен}). Names whose keys collide are left alone. Immutable and thread-safe.
 */
final class NameRespeller {

  private static final int MIN_STEM = 4;
  private final Map<String, String> byKey = new HashMap<>();

  NameRespeller() {
    for (String line : DataFiles.lines("gazetteer/persons.txt")) {
      addWords(line);
    }
    for (String f : List.of("gazetteer/given-names.txt", "gazetteer/surnames.txt")) {
      for (String line : DataFiles.lines(f)) {
        addWords(line.split("\t")[0]);
      }
    }
    for (String line : DataFiles.lines("gazetteer/places.tsv")) {
      String[] f = line.split("\t");
      addOneWord(f[0]);
      if (f.length > 2) {
        for (String alias : f[2].split("\\|")) {
          addOneWord(alias);
        }
      }
    }
    byKey.values().removeIf(v -> v.isEmpty());
  }

  private void addOneWord(String name) {
    String n = name.strip();
    if (!n.contains(" ")) {
      addWords(n);
    }
  }

  private void addWords(String name) {
    for (String w : name.strip().split("[\\s-]+")) {
      if (w.length() < MIN_STEM || !Character.isUpperCase(w.charAt(0)) || !w.chars().allMatch(ScriptDetector::isCyrillicLetter)) {
        continue;
      }
      String k = key(w);
      String old = byKey.putIfAbsent(k, w);
      if (old != null && !old.equals(w)) {
        byKey.put(k, ""); // two names, one key: leave such words as transliterated
      }
    }
  }

  /** Length of the gazetteer spelling that replaces the first {@code stem} characters, via {@code out}; or null. */
  String respell(String word, int[] stemLength) {
    int n = Math.min(word.length(), 40);
    StringBuilder key = new StringBuilder();
    int[] keyEnds = new int[n + 1];
    for (int i = 0; i < n; i++) {
      appendKey(key, Character.toLowerCase(word.charAt(i)));
      keyEnds[i + 1] = key.length();
    }
    for (int k = n; k >= MIN_STEM; k--) {
      String form = byKey.get(key.substring(0, keyEnds[k]));
      if (form != null) {
        stemLength[0] = k;
        return form;
      }
    }
    return null;
  }

  static String key(String w) {
    StringBuilder b = new StringBuilder(w.length() + 4);
    for (int i = 0; i < w.length(); i++) {
      appendKey(b, Character.toLowerCase(w.charAt(i)));
    }
    return b.toString();
  }

  /** The letters the other scripts keep apart, with the distinctions they lose folded away. */
  private static void appendKey(StringBuilder b, char c) {
    switch (c) {
      case 'ә' -> b.append('а');
      case 'ө' -> b.append('о');
      case 'ұ', 'ү' -> b.append('у');
      case 'ы', 'і', 'й' -> b.append('и');
      case 'ь', 'ъ' -> { }
      case 'э' -> b.append('е');
      case 'ё' -> b.append("ио");
      case 'ю' -> b.append("иу");
      case 'я' -> b.append("иа");
      case 'ц' -> b.append("тс");
      case 'щ' -> b.append("шш");
      case 'һ' -> b.append('х');
      default -> b.append(c);
    }
  }
}
