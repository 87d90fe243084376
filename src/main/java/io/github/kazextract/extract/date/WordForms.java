package io.github.kazextract.extract.date;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A lexicon of stems with values, matched on a word that is the stem alone or the stem followed by
 * one complete ending from a closed list ({@code маусымда} = {@code маусым} + {@code да}). Works
 * without morphology, so it is exact even for words a lemmatizer does not know. Immutable.
 */
public final class WordForms<V> {

  private final Map<String, V> stems;
  private final Set<String> suffixes;
  private final int maxSuffix;

  public WordForms(Map<String, V> stems, Set<String> suffixes) {
    Map<String, V> s = new HashMap<>();
    stems.forEach((k, v) -> s.put(k.toLowerCase(Locale.ROOT), v));
    this.stems = Map.copyOf(s);
    Set<String> x = new HashSet<>();
    int max = 0;
    for (String suf : suffixes) {
      x.add(suf.toLowerCase(Locale.ROOT));
      max = Math.max(max, suf.length());
    }
    this.suffixes = Set.copyOf(x);
    this.maxSuffix = max;
  }

  /** The value of the stem {@code word} is a form of, or null. */
  public V lookup(String word) {
    if (word == null || word.isEmpty()) {
      return null;
    }
    String w = word.toLowerCase(Locale.ROOT);
    V v = stems.get(w);
    if (v != null) {
      return v;
    }
    for (int len = 1; len <= maxSuffix && len < w.length(); len++) {
      String suf = w.substring(w.length() - len);
      if (suffixes.contains(suf)) {
        v = stems.get(w.substring(0, w.length() - len));
        if (v != null) {
          return v;
        }
      }
    }
    return null;
  }

  /**
   * The ending {@code word} carries after a stem of the lexicon ({@code наурыздың} → {@code дың}):
   * empty for a bare stem, null when the word is no form of a stem.
   */
  public String ending(String word) {
    if (word == null || word.isEmpty()) {
      return null;
    }
    String w = word.toLowerCase(Locale.ROOT);
    if (stems.containsKey(w)) {
      return "";
    }
    for (int len = 1; len <= maxSuffix && len < w.length(); len++) {
      String suf = w.substring(w.length() - len);
      if (suffixes.contains(suf) && stems.containsKey(w.substring(0, w.length() - len))) {
        return suf;
      }
    }
    return null;
  }

  /** True when {@code word} is exactly a stem, with no ending. */
  public boolean isBare(String word) {
    return word != null && stems.containsKey(word.toLowerCase(Locale.ROOT));
  }

  /** The shared ending list of {@code models/extract/numbers/suffixes.txt}. */
  public static Set<String> defaultSuffixes() {
    return Set.copyOf(RuleFiles.lines("extract/numbers/suffixes.txt").stream().map(String::strip).toList());
  }
}
