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
  /** The endings in a trie over their reversed letters: one walk back from a word's end finds every match. */
  private final SuffixNode root = new SuffixNode();

  /** A trie node: the endings spelled by the path from the root (in file order), and the children. */
  private static final class SuffixNode {
    char[] keys = new char[0];
    SuffixNode[] children = new SuffixNode[0];
    Ending[] endings = new Ending[0];

    SuffixNode child(char c) {
      char[] k = keys;
      for (int i = 0; i < k.length; i++) {
        if (k[i] == c) {
          return children[i];
        }
      }
      return null;
    }

    SuffixNode addChild(char c) {
      SuffixNode n = child(c);
      if (n == null) {
        n = new SuffixNode();
        keys = java.util.Arrays.copyOf(keys, keys.length + 1);
        children = java.util.Arrays.copyOf(children, children.length + 1);
        keys[keys.length - 1] = c;
        children[children.length - 1] = n;
      }
      return n;
    }
  }

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
    // built from the sorted list, so the endings at one node keep the sorted (stable: file) order
    for (Ending e : endings) {
      SuffixNode n = root;
      for (int i = e.text().length() - 1; i >= 0; i--) {
        n = n.addChild(e.text().charAt(i));
      }
      n.endings = java.util.Arrays.copyOf(n.endings, n.endings.length + 1);
      n.endings[n.endings.length - 1] = e;
    }
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
    return analyse(word, word.toLowerCase(Locale.ROOT), minStem);
  }

  /** Like {@link #analyse(String, int)} when the caller has {@code word.toLowerCase(Locale.ROOT)} already. */
  List<Stem> analyse(String word, String lower, int minStem) {
    if (lower.length() != word.length() || word.indexOf('\u03A3') >= 0) {
      // lower-casing changed the length (İ) or depends on context (final sigma): offsets and
      // stem prefixes of the lower-cased word would not line up, so take the plain loop
      return analyseByList(word, lower, minStem);
    }
    // one walk back from the end over the trie; the deepest match is the longest ending
    int len = lower.length();
    SuffixNode[] found = null;
    int count = 0;
    SuffixNode n = root;
    for (int k = len - 1; k >= 0 && n != null; k--) {
      n = n.child(lower.charAt(k));
      if (n != null && n.endings.length > 0) {
        if (found == null) {
          found = new SuffixNode[4];
        } else if (count == found.length) {
          found = java.util.Arrays.copyOf(found, count * 2);
        }
        found[count++] = n;
      }
    }
    if (count == 0) {
      return new ArrayList<>(4);
    }
    List<Stem> out = new ArrayList<>(4);
    int firstVowel = firstVowel(lower);
    for (int m = count - 1; m >= 0; m--) {
      for (Ending e : found[m].endings) {
        int stemLen = len - e.text().length();
        if (stemLen < minStem || stemLen < 1) {
          continue;
        }
        char last = lower.charAt(stemLen - 1);
        // the stem's lower-cased letters are the prefix of the word's here (same length, no context)
        if (!Character.isLetter(last) || firstVowel < 0 || firstVowel >= stemLen) {
          continue;
        }
        if (accepts(e, last)) {
          out.add(new Stem(word.substring(0, stemLen), word.substring(stemLen), e.grammaticalCase()));
        }
      }
    }
    return out;
  }

  /** The reference implementation: every ending in turn, longest first. */
  private List<Stem> analyseByList(String word, String lower, int minStem) {
    List<Stem> out = new ArrayList<>(4);
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
      if (accepts(e, last)) {
        out.add(new Stem(stem, word.substring(stem.length()), e.grammaticalCase()));
      }
    }
    return out;
  }

  /** Whether the stem's last (lower-cased) letter meets the ending's condition. */
  private static boolean accepts(Ending e, char last) {
    boolean vowel = OPEN_VOWELS.indexOf(last) >= 0;
    return switch (e.condition()) {
      case 'V' -> vowel;
      case 'C' -> !vowel;
      case 'P' -> last == 'ы' || last == 'і';
      case 'N' -> last == 'м' || last == 'н' || last == 'ң' || last == 'ы' || last == 'і';
      default -> true;
    };
  }

  private static int firstVowel(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (VOWELS.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
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

  /** The 3rd-person possessive endings a name's head word takes (Мәжіліс-і, Палата-сы), longest first. */
  private static final String[] POSSESSIVE_3 = {"сы", "сі", "ы", "і"};

  /**
   * A lower-case word without its 3rd-person possessive ending, longest ending first (палатасы →
   * палата, палатас), keeping at least {@code minStem} letters; empty if no ending fits. The form a
   * head noun takes standing alone (Мәжілісі → мәжіліс), found without the morphology.
   */
  public static List<String> withoutPossessive(String lowerWord, int minStem) {
    List<String> out = new ArrayList<>(2);
    for (String e : POSSESSIVE_3) {
      if (lowerWord.endsWith(e) && lowerWord.length() - e.length() >= minStem) {
        out.add(lowerWord.substring(0, lowerWord.length() - e.length()));
      }
    }
    return out;
  }
}
