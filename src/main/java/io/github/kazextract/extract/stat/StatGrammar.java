package io.github.kazextract.extract.stat;

import io.github.kazextract.extract.date.RuleFiles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words of the country-group statistic grammar ({@code models/extract/stats/grammar.tsv}) and
 * the case endings stripped from names ({@code models/extract/stats/endings.tsv}). Immutable.
 */
public final class StatGrammar {

  private static volatile StatGrammar defaultInstance;

  private final Map<String, List<List<String>>> phrases;
  private final List<String[]> unitForms;
  private final Map<String, List<String[]>> endings;

  public StatGrammar(List<String[]> grammarRows, List<String[]> endingRows) {
    Map<String, List<List<String>>> p = new HashMap<>();
    List<String[]> units = new ArrayList<>();
    for (String[] r : grammarRows) {
      String role = r[0];
      String form = r[1].toLowerCase(Locale.ROOT);
      if (role.equals("UNIT")) {
        units.add(new String[] {form, r.length > 2 ? r[2] : form});
      } else {
        p.computeIfAbsent(role, k -> new ArrayList<>()).add(List.of(form.split(" +")));
      }
    }
    p.replaceAll((k, v) -> List.copyOf(v));
    this.phrases = Map.copyOf(p);
    this.unitForms = List.copyOf(units);
    Map<String, List<String[]>> e = new HashMap<>();
    for (String[] r : endingRows) {
      e.computeIfAbsent(r[0], k -> new ArrayList<>()).add(new String[] {r[1], r.length > 2 ? r[2] : ""});
    }
    e.replaceAll((k, v) -> {
      List<String[]> s = new ArrayList<>(v);
      s.sort(Comparator.comparingInt((String[] x) -> -x[0].length()));
      return List.copyOf(s);
    });
    this.endings = Map.copyOf(e);
  }

  public static StatGrammar getDefault() {
    StatGrammar g = defaultInstance;
    if (g == null) {
      synchronized (StatGrammar.class) {
        g = defaultInstance;
        if (g == null) {
          g = new StatGrammar(RuleFiles.tsv("extract/stats/grammar.tsv"), RuleFiles.tsv("extract/stats/endings.tsv"));
          defaultInstance = g;
        }
      }
    }
    return g;
  }

  static boolean formMatches(String form, String word) {
    return form.endsWith("*") ? word.startsWith(form.substring(0, form.length() - 1)) : word.equals(form);
  }

  /**
   * Whether a word, in any letter case, can start a phrase of {@code role}: a cheap test run on
   * every word before a sentence is read in full.
   */
  boolean startsPhrase(String role, String word) {
    for (List<String> ph : phrases.getOrDefault(role, List.of())) {
      String f = ph.get(0);
      boolean prefix = f.endsWith("*");
      int n = prefix ? f.length() - 1 : f.length();
      if ((prefix ? word.length() >= n : word.length() == n) && word.regionMatches(true, 0, f, 0, n)) {
        return true;
      }
    }
    return false;
  }

  /** Number of words of a phrase of {@code role} starting at {@code words[i]}, or 0. */
  int match(String role, List<String> words, int i) {
    int best = 0;
    for (List<String> ph : phrases.getOrDefault(role, List.of())) {
      if (i + ph.size() <= words.size()) {
        boolean ok = true;
        for (int k = 0; k < ph.size() && ok; k++) {
          ok = formMatches(ph.get(k), words.get(i + k));
        }
        if (ok) {
          best = Math.max(best, ph.size());
        }
      }
    }
    return best;
  }

  /** The canonical unit a word is a form of, or null. */
  String unit(String word) {
    for (String[] u : unitForms) {
      if (formMatches(u[0], word)) {
        return u[1];
      }
    }
    return null;
  }

  /** {@code word} with one ending of {@code caseName} replaced, or the word itself. */
  String strip(String caseName, String word) {
    String lw = word.toLowerCase(Locale.ROOT);
    for (String[] e : endings.getOrDefault(caseName, List.of())) {
      if (lw.endsWith(e[0]) && lw.length() > e[0].length() + 1) {
        return word.substring(0, word.length() - e[0].length()) + e[1];
      }
    }
    return word;
  }
}
