package io.github.kazextract.extract.ner;

import io.github.kazextract.extract.date.RuleFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Head nouns after a place or person that make it part of a FACILITY, ORGANISATION or POSITION
 * name (models/gazetteer/ner/following-heads.tsv): "Павлодар мұнай-химия зауытынан", "Омбы облысының
 * үкіметі". Matching is by prefix plus a closed list of endings, so it is linear in the tokens.
 * Immutable and thread-safe.
 */
final class FollowingHeads {

  /** Words allowed between the name and its head. */
  static final int MAX_GAP = 4;

  private final List<String[]> heads; // lower-case words of the head
  private final List<String> classes;
  private final List<Boolean> afterNameOnly;
  private final Endings endings;

  FollowingHeads(List<String[]> rows, Endings endings) {
    List<String[]> h = new ArrayList<>();
    List<String> c = new ArrayList<>();
    List<Boolean> a = new ArrayList<>();
    for (String[] r : rows) {
      h.add(r[0].toLowerCase(Locale.ROOT).split("\\s+"));
      c.add(r.length > 1 ? r[1] : "ORGANISATION");
      a.add(r.length > 2 && r[2].equals("NAME"));
    }
    this.heads = List.copyOf(h);
    this.classes = List.copyOf(c);
    this.afterNameOnly = List.copyOf(a);
    this.endings = endings;
  }

  /**
   * following-heads.tsv, then the library's organisation heads (models/extract/organizations/heads.txt)
   * as heads that follow a quoted or Latin name only ("« Даму » кәсіпкерлікті қолдау қоры").
   */
  static FollowingHeads load(Endings endings) {
    List<String[]> rows = new ArrayList<>(RuleFiles.tsv("gazetteer/ner/following-heads.tsv"));
    for (String l : RuleFiles.lines("extract/organizations/heads.txt")) {
      rows.add(new String[] {l.strip(), "ORGANISATION", "NAME"});
    }
    return new FollowingHeads(rows, endings);
  }

  /** A head found after a span: its class and the index one past its last token. */
  record Head(String label, int end, boolean afterNameOnly) {}

  /**
   * The head starting at most {@link #MAX_GAP} words after {@code from}, crossing only words (no
   * punctuation, no numbers), or null.
   */
  Head after(List<String> tokens, int from) {
    for (int i = from; i < tokens.size() && i <= from + MAX_GAP; i++) {
      Head h = at(tokens, i);
      if (h != null) {
        return h;
      }
      if (!isWord(tokens.get(i))) {
        return null;
      }
    }
    return null;
  }

  /** The head that starts at token {@code i}, or null. */
  Head at(List<String> tokens, int i) {
    for (int k = 0; k < heads.size(); k++) {
      String[] h = heads.get(k);
      if (i + h.length > tokens.size()) {
        continue;
      }
      boolean match = true;
      for (int j = 0; j < h.length - 1 && match; j++) {
        match = tokens.get(i + j).toLowerCase(Locale.ROOT).equals(h[j]);
      }
      if (match && isFormOf(tokens.get(i + h.length - 1), h[h.length - 1])) {
        return new Head(classes.get(k), i + h.length, afterNameOnly.get(k));
      }
    }
    return null;
  }

  /** The possessive head itself or with endings: "зауыты", "зауытынан", "ауруханасына". */
  boolean isFormOf(String word, String head) {
    String w = word.toLowerCase(Locale.ROOT);
    if (!w.startsWith(head)) {
      return false;
    }
    String rest = w.substring(head.length());
    // after the possessive vowel the dative and accusative are -на/-не, -н: "ауруханасына"
    return endings.isEndingChain(rest) || rest.equals("на") || rest.equals("не") || rest.equals("н")
        || rest.equals("нда") || rest.equals("нде") || rest.equals("ндағы") || rest.equals("ндегі");
  }

  static boolean isWord(String t) {
    if (t.isEmpty()) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!Character.isLetter(c) && c != '-') {
        return false;
      }
    }
    return true;
  }
}
