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

  private final Map<String, Integer> pos = new HashMap<>(1 << 17);
  /** Endings of verb-forming derivation ({@code verb-stem-endings.tsv}), at most 4 letters. */
  private final java.util.Set<String> verbEndings = new java.util.HashSet<>();
  /** Whether some verb-forming ending ends in this letter: most stems are rejected without a lookup. */
  private final boolean[] verbEndingLast = new boolean[0x500];

  /** Closed-class full forms (pronouns, postpositions, ...): lower-case form -> analyses. */
  final Map<String, List<Analysis>> closed = new HashMap<>();

  Lexicon() {
    for (String[] r : ModelFiles.rows("morph/stems.tsv", false)) {
      add(r[0], posBits(r.length > 1 ? r[1] : "NOUN"));
    }
    List<String> voiceNouns = new ArrayList<>();
    addStems(ModelFiles.text("morph/hunspell-stems.tsv", false), voiceNouns);
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
    // hunspell-kk entries that are inflected forms of another known stem are not lemmas
    for (String stem : voiceNouns) {
      dropVoiceNoun(stem);
    }
  }

  /**
   * Adds the {@code stem<TAB>UPOS} lines of a large stem list in one pass over its text, without
   * splitting it into rows first: this list is most of the model loading time of a cold JVM. Stems
   * ending in -лан/-лен are collected for {@link #dropVoiceNoun}.
   */
  private void addStems(String text, List<String> voiceNouns) {
    int n = text.length();
    int pos = n > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
    while (pos < n) {
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? n : nl;
      int e = end > pos && text.charAt(end - 1) == '\r' ? end - 1 : end;
      if (e > pos && text.charAt(pos) != '#' && !Character.isWhitespace(text.charAt(pos))) {
        int tab = text.indexOf('\t', pos);
        String stem;
        int bits;
        if (tab < 0 || tab >= e) {
          stem = text.substring(pos, e);
          bits = NOUN;
        } else {
          stem = text.substring(pos, tab);
          int t2 = text.indexOf('\t', tab + 1);
          bits = posBits(text.substring(tab + 1, t2 < 0 || t2 > e ? e : t2));
        }
        add(stem, bits);
        if (stem.endsWith("лан") || stem.endsWith("лен")) {
          voiceNouns.add(stem);
        }
      }
      pos = end + 1;
    }
  }

  /**
   * hunspell-kk lists passive stems of -ла/-ле verbs as nouns (сайлан, жариялан): they are verb
   * forms, and as nouns they hide the verb in сайлан-ды (сайла-н-ды). Such a noun-only entry is
   * dropped when the verb it is built on is known.
   */
  private void dropVoiceNoun(String stem) {
    int n = stem.length();
    if (n < 6 || !(stem.endsWith("лан") || stem.endsWith("лен"))) {
      return;
    }
    String k = stem.toLowerCase(Locale.ROOT);
    Integer b = pos.get(k);
    if (b != null && b == NOUN && (get(k.substring(0, n - 1)) & VERB) != 0) {
      pos.remove(k);
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
    if (!stem.isEmpty()) {
      String k = stem.toLowerCase(Locale.ROOT);
      Integer old = pos.get(k);
      pos.put(k, old == null ? bits : old | bits);
    }
  }

  static int posBits(String upos) {
    return switch (upos) {
      case "NOUN" -> NOUN;
      case "VERB" -> VERB;
      case "PROPN" -> PROPN;
      case "ADJ" -> ADJ;
      default -> OTHER;
    };
  }

  /** POS bits of a lower-case stem, 0 if unknown. */
  int get(String lowerStem) {
    Integer b = pos.get(lowerStem);
    return b == null ? 0 : b;
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
