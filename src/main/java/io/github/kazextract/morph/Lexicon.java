package io.github.kazextract.morph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Known stems with their parts of speech: {@code models/morph/stems.tsv} (common words),
 * {@code models/morph/proper-nouns.tsv} and, if present, the extractor's gazetteers in
 * {@code models/gazetteer/}, so that a known stem wins over a guessed one. Keys are lower case.
 */
final class Lexicon {
  static final int NOUN = 1;
  static final int VERB = 2;
  static final int PROPN = 4;
  static final int ADJ = 8;
  static final int OTHER = 16;
  static final int NOMINAL = NOUN | PROPN | ADJ | OTHER;

  /** Every stem: the hunspell-kk list by first letter, the smaller lists merged in. */
  private final LetterBuckets pos;
  /** Endings of verb-forming derivation ({@code verb-stem-endings.tsv}), at most 4 letters. */
  private final java.util.Set<String> verbEndings = new java.util.HashSet<>();
  /** Whether some verb-forming ending ends in this letter: most stems are rejected without a lookup. */
  private final boolean[] verbEndingLast = new boolean[0x500];

  /** Closed-class full forms (pronouns, postpositions, ...): lower-case form -> analyses. */
  final Map<String, List<Analysis>> closed = new HashMap<>();

  Lexicon() {
    pos = new LetterBuckets(ModelFiles.bytes("morph/hunspell-stems.tsv", false), "hunspell-stems.tsv");
    for (String[] r : ModelFiles.rows("morph/stems.tsv", false)) {
      add(r[0], posBits(r.length > 1 ? r[1] : "NOUN"));
    }
    for (String[] r : ModelFiles.rows("morph/proper-nouns.tsv", true)) {
      add(r[0], PROPN);
    }
    for (String[] r : ModelFiles.rows("gazetteer/places.tsv", true)) {
      addNames(r[0]);
      if (r.length > 2) {
        for (String a : r[2].split("\\|")) {
          addNames(a);
        }
      }
    }
    for (String[] r : ModelFiles.rows("gazetteer/organizations.tsv", true)) {
      addNames(r[0]);
      if (r.length > 1) {
        for (String a : r[1].split("\\|")) {
          addNames(a);
        }
      }
    }
    for (String[] r : ModelFiles.rows("gazetteer/given-names.txt", true)) {
      addNames(r[0]);
    }
    for (String[] r : ModelFiles.rows("gazetteer/surnames.txt", true)) {
      addNames(r[0]);
    }
    for (String[] r : ModelFiles.rows("morph/closed-class.tsv", false)) {
      String form = r[0].toLowerCase(Locale.ROOT);
      List<Analysis> l = closed.get(form);
      if (l == null) {
        l = new ArrayList<>(2);
        closed.put(form, l);
      }
      l.add(new Analysis(r[1], r[2], r.length > 3 && !r[3].equals("_") ? r[3] : ""));
    }
    for (String[] r : ModelFiles.rows("morph/verb-stem-endings.tsv", false)) {
      verbEndings.add(r[0]);
      char last = r[0].charAt(r[0].length() - 1);
      if (last < verbEndingLast.length) {
        verbEndingLast[last] = true;
      }
    }
  }

  /** A single-word gazetteer name is a proper-noun stem; multi-word names add nothing. */
  private void addNames(String name) {
    String n = name.strip();
    if (!n.isEmpty() && n.indexOf(' ') < 0 && Character.isUpperCase(n.charAt(0))) {
      add(n, PROPN);
    }
  }

  private void add(String stem, int bits) {
    pos.addExtra(stem, bits);
  }

  /** The bit of a UPOS tag written in {@code text[from, to)}, without cutting it out: NOUN, VERB, PROPN, ADJ, else OTHER. */
  static int posBits(String text, int from, int to) {
    int n = to - from;
    if (n == 4 && text.startsWith("NOUN", from)) {
      return NOUN;
    }
    if (n == 4 && text.startsWith("VERB", from)) {
      return VERB;
    }
    if (n == 5 && text.startsWith("PROPN", from)) {
      return PROPN;
    }
    if (n == 3 && text.startsWith("ADJ", from)) {
      return ADJ;
    }
    return OTHER;
  }

  static int posBits(String upos) {
    return posBits(upos, 0, upos.length());
  }

  /** POS bits of a lower-case stem, 0 if unknown. */
  int get(String lowerStem) {
    return pos.get(lowerStem);
  }

  /** Whether a lower-case stem ends in a verb-forming derivation (нығай, жетілдір). */
  boolean verbLikeEnding(String stem) {
    int n = stem.length();
    char last = n == 0 ? 0 : stem.charAt(n - 1);
    if (last >= verbEndingLast.length || !verbEndingLast[last]) {
      return false;
    }
    for (int k = 2; k <= 4 && k < n; k++) {
      if (verbEndings.contains(stem.substring(n - k))) {
        return true;
      }
    }
    return false;
  }

  int size() {
    return pos.size();
  }
}
