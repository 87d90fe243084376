package io.github.kazextract.extract.entity;

import io.github.kazextract.extract.gazetteer.ModelLines;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Candidate nominative forms of a proper noun carrying a case ending, from the ending table
 * {@code models/extract/persons/proper-noun-endings.tsv}. Pure string work, linear in the word
 * length; the caller decides which candidate is confirmed.
 */
public final class ProperNounEndings {

  private static final String VOWELS = "аәеёиоөұүуыіэюяaeiouy";
  /** Vowels for the stem conditions: у and и behave as consonants before endings (Мәскеуді, Тбилисиді). */
  private static final String OPEN_VOWELS = "аәеёоөұүыіэюяaeoy";

  private record Ending(String text, char condition, String grammaticalCase) {}

  /** A stem and the case of the ending removed to get it. */
  public record Stem(String stem, String ending, String grammaticalCase) {}

  private final List<Ending> endings;

  public ProperNounEndings(List<String> lines) {
    List<Ending> out = new ArrayList<>();
    for (String line : lines) {
      String[] c = ModelLines.columns(line);
      if (c[0].isEmpty()) {
        continue;
      }
      char cond = c.length > 1 && !c[1].isEmpty() ? c[1].charAt(0) : '*';
      out.add(new Ending(c[0].toLowerCase(Locale.ROOT), cond, c.length > 2 ? c[2] : ""));
    }
    out.sort(Comparator.comparingInt((Ending e) -> e.text().length()).reversed());
    this.endings = List.copyOf(out);
  }

  public static ProperNounEndings load() {
    return new ProperNounEndings(ModelLines.classpath("extract/persons/proper-noun-endings.tsv"));
  }

  /**
   * Stems left after removing one ending, longest ending first, each at least {@code minStem}
   * characters and containing a vowel. The word itself is not included. Case is preserved.
   */
  public List<String> stems(String word, int minStem) {
    List<String> out = new ArrayList<>(4);
    for (Stem s : analyse(word, minStem)) {
      if (!out.contains(s.stem())) {
        out.add(s.stem());
      }
    }
    return out;
  }

  /** Like {@link #stems} with the ending and its case. */
  public List<Stem> analyse(String word, int minStem) {
    List<Stem> out = new ArrayList<>(4);
    String lower = word.toLowerCase(Locale.ROOT);
    for (Ending e : endings) {
      String t = e.text();
      if (lower.length() - t.length() < minStem || !lower.endsWith(t)) {
        continue;
      }
      String stem = word.substring(0, word.length() - t.length());
      char last = lower.charAt(stem.length() - 1);
      if (!Character.isLetter(last) || !hasVowel(stem.toLowerCase(Locale.ROOT))) {
        continue;
      }
      boolean vowel = OPEN_VOWELS.indexOf(last) >= 0;
      boolean ok = switch (e.condition()) {
        case 'V' -> vowel;
        case 'C' -> !vowel;
        case 'P' -> last == 'ы' || last == 'і';
        case 'N' -> last == 'м' || last == 'н' || last == 'ң' || last == 'ы' || last == 'і';
        default -> true;
      };
      if (ok) {
        out.add(new Stem(stem, word.substring(stem.length()), e.grammaticalCase()));
      }
    }
    return out;
  }

  /** Whether {@code word} ends in one of the endings (with a valid stem of {@code minStem}). */
  public boolean looksInflected(String word, int minStem) {
    return !stems(word, minStem).isEmpty();
  }

  private static boolean hasVowel(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (VOWELS.indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
