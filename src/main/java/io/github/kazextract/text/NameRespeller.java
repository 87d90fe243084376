package io.github.kazextract.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives transliterated names back their Cyrillic spelling where the other script cannot tell
 * letters apart (э/е, ь, ц/тс, ё/йо, и/й, and in Arabic script front/back vowels): a capitalised
 * word whose longest prefix has the same letter key as a gazetteer name (persons, given names,
 * surnames, one-word places) gets that name's spelling; the ending stays ({@code Еммануелмен} →
 * {@code Эммануэльмен}). From Latin, any word also gets the spelling of a lexicon stem with
 * such letters ({@code економикалық} → {@code экономикалық}); from Arabic script, any word gets
 * the vowel harmony of the one lexicon stem with its consonants ({@code қауыпсыздык} →
 * {@code қауіпсіздік}). Keys that collide are left alone.
 * Immutable and thread-safe.
 */
final class NameRespeller {

  private static final int MIN_STEM = 4;
  /** Names by Arabic-script key (vowel harmony folded too). */
  private final Map<String, String> byKey = new HashMap<>();
  /** Names and lexicon stems with letters Latin loses (э ь ц ё ю я щ й), by Latin key. */
  private final Map<String, String> byLatinKey = new HashMap<>();

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
    // lexicon stems (hunspell-kk, MPL-1.1, already bundled) with letters Latin loses, unless a
    // stem without them has the same key (then the Latin spelling is a word of its own)
    for (String f : List.of("morph/hunspell-stems.tsv", "morph/stems.tsv")) {
      for (String line : DataFiles.lines(f)) {
        String w = line.split("\t")[0].strip();
        if (w.length() < MIN_STEM || !w.chars().allMatch(ScriptDetector::isCyrillicLetter)) {
          continue;
        }
        if (w.chars().noneMatch(Character::isUpperCase)) {
          add(byKey, key(w, true), w); // Arabic script: harmony lost on common words too
        }
        String k = latinKey(w);
        if (k.equals(w.toLowerCase(java.util.Locale.ROOT))) {
          byLatinKey.put(k, "");
        } else {
          String old = byLatinKey.putIfAbsent(k, w);
          if (old != null && !old.equalsIgnoreCase(w)) {
            byLatinKey.put(k, "");
          }
        }
      }
    }
    byKey.values().removeIf(v -> v.isEmpty());
    byLatinKey.values().removeIf(v -> v.isEmpty());
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
      add(byKey, key(w, true), w);
      add(byLatinKey, key(w, false), w);
    }
  }

  private static void add(Map<String, String> map, String k, String w) {
    String old = map.putIfAbsent(k, w);
    if (old != null && !old.equals(w)) {
      map.put(k, ""); // two names, one key: leave such words as transliterated
    }
  }

  /** Length of the gazetteer spelling that replaces the first {@code stem} characters, via {@code out}; or null. */
  String respell(String word, boolean arabic, int[] stemLength) {
    Map<String, String> map = arabic ? byKey : byLatinKey;
    int n = Math.min(word.length(), 40);
    StringBuilder key = new StringBuilder();
    int[] keyEnds = new int[n + 1];
    for (int i = 0; i < n; i++) {
      appendKey(key, Character.toLowerCase(word.charAt(i)), arabic);
      keyEnds[i + 1] = key.length();
    }
    for (int k = n; k >= MIN_STEM; k--) {
      String form = map.get(key.substring(0, keyEnds[k]));
      if (form != null) {
        stemLength[0] = k;
        return form;
      }
    }
    return null;
  }

  static String key(String w, boolean arabic) {
    StringBuilder b = new StringBuilder(w.length() + 4);
    for (int i = 0; i < w.length(); i++) {
      appendKey(b, Character.toLowerCase(w.charAt(i)), arabic);
    }
    return b.toString();
  }

  static String latinKey(String w) {
    return key(w, false);
  }

  /** The letters the other scripts keep apart, with the distinctions they lose folded away. */
  private static void appendKey(StringBuilder b, char c, boolean arabic) {
    if (arabic) {
      switch (c) {
        case 'ә' -> c = 'а';
        case 'ө' -> c = 'о';
        case 'ұ', 'ү' -> c = 'у';
        case 'ы', 'і' -> c = 'и';
        default -> { }
      }
    }
    switch (c) {
      case 'й' -> b.append('и');
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
