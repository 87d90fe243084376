package io.github.kazextract.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A word-sequence pattern of the event rule files: words separated by spaces, alternatives by
 * {@code |}, {@code prefix*}, {@code ~lemma} (any form the morphology gives that lemma), {@code *-form}
 * or {@code *-prefix*} (the last part of a hyphenated compound: {@code *-форум*} matches
 * {@code бизнес-форумға}), {@code @CLASS}, and {@code ...} for a bounded gap (at most
 * {@link #MAX_GAP} words). Matching is a bounded forward scan (no backtracking beyond the first
 * occurrence of each next word), so a text is matched in linear time. Immutable.
 */
public final class TokenPattern {

  /** Most words a {@code ...} gap lets pass. */
  public static final int MAX_GAP = 40;

  private final List<Element> elements;
  private final String source;

  /** One word of a pattern: exact forms, prefixes and lemmas, split once for fast matching. */
  private record Element(java.util.Set<String> exact, String[] prefixes, java.util.Set<String> lemmas,
      String[] compoundTails, boolean gapBefore) {
    static Element of(List<String> forms, boolean gapBefore) {
      java.util.Set<String> ex = new java.util.HashSet<>();
      java.util.Set<String> lem = new java.util.HashSet<>();
      List<String> pre = new ArrayList<>();
      List<String> tails = new ArrayList<>();
      for (String f : forms) {
        if (isCompoundForm(f)) {
          tails.add(f.substring(2));
        } else if (f.startsWith("~")) {
          lem.add(f.substring(1));
        } else if (f.endsWith("*")) {
          pre.add(f.substring(0, f.length() - 1));
        } else {
          ex.add(f);
        }
      }
      return new Element(java.util.Set.copyOf(ex), pre.toArray(new String[0]), java.util.Set.copyOf(lem),
          tails.toArray(new String[0]), gapBefore);
    }
  }

  /** True for a form matching the last part of a hyphenated compound ({@code *-форум*}). */
  static boolean isCompoundForm(String form) {
    return form.length() > 2 && form.startsWith("*-");
  }

  /** Whether the part of {@code word} after its last hyphen matches {@code tail} ({@code форум*}). */
  static boolean tailMatches(String tail, String word) {
    int h = word.lastIndexOf('-');
    if (h <= 0 || h + 1 >= word.length()) {
      return false;
    }
    int n = tail.length() - 1;
    if (tail.charAt(n) == '*') {
      return word.regionMatches(h + 1, tail, 0, n);
    }
    return word.length() - h - 1 == tail.length() && word.regionMatches(h + 1, tail, 0, tail.length());
  }

  /** The forms of the first word (exact, {@code prefix*} or {@code ~lemma}), for indexing rules. */
  List<String> firstForms() {
    return firstForms;
  }

  private final List<String> firstForms;

  private TokenPattern(List<Element> elements, String source, List<String> firstForms) {
    this.firstForms = List.copyOf(firstForms);
    this.elements = List.copyOf(elements);
    this.source = source;
  }

  /**
   * Parses a pattern; {@code @CLASS} alternatives expand to the forms of that class.
   *
   * @throws IllegalArgumentException for an empty pattern or an unknown class
   */
  public static TokenPattern parse(String pattern, Map<String, List<String>> classes) {
    List<Element> els = new ArrayList<>();
    List<String> firstForms = new ArrayList<>();
    boolean gap = false;
    for (String word : pattern.strip().split("\\s+")) {
      if (word.equals("...")) {
        gap = true;
        continue;
      }
      List<String> forms = new ArrayList<>();
      for (String alt : word.split("\\|")) {
        if (alt.startsWith("@")) {
          List<String> c = classes.get(alt.substring(1));
          if (c == null) {
            throw new IllegalArgumentException("unknown class " + alt + " in " + pattern);
          }
          forms.addAll(c);
        } else if (!alt.isEmpty()) {
          forms.add(alt.toLowerCase(java.util.Locale.ROOT));
        }
      }
      if (els.isEmpty()) {
        firstForms.addAll(forms);
      }
      els.add(Element.of(forms, gap));
      gap = false;
    }
    if (els.isEmpty() || els.get(0).gapBefore()) {
      throw new IllegalArgumentException("bad pattern: " + pattern);
    }
    return new TokenPattern(els, pattern, firstForms);
  }

  static boolean formMatches(String form, String word) {
    int n = form.length() - 1;
    return n >= 0 && form.charAt(n) == '*' ? word.regionMatches(0, form, 0, n) : word.equals(form);
  }

  /** A compiled word class: {@link #test} tells whether a lower-case word is one of its forms. */
  static java.util.function.Predicate<String> compile(List<String> forms) {
    Element e = Element.of(forms, false);
    return w -> matches(e, w, null);
  }

  private static boolean matches(Element e, String word, String lemma) {
    if (e.exact().contains(word) || (lemma != null && !e.lemmas().isEmpty() && e.lemmas().contains(lemma))) {
      return true;
    }
    for (String p : e.prefixes()) {
      if (word.startsWith(p)) {
        return true;
      }
    }
    for (String t : e.compoundTails()) {
      if (tailMatches(t, word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The indexes of the matched words when the pattern matches starting at {@code i}, or null.
   *
   * @param words lower-case word forms of one sentence
   * @param lemmas lower-case lemmas, same length
   */
  public int[] matchAt(List<String> words, List<String> lemmas, int i) {
    if (!matches(elements.get(0), words.get(i), lemmas.get(i))) {
      return null;
    }
    int[] hit = new int[elements.size()];
    hit[0] = i;
    int pos = i + 1;
    for (int k = 1; k < elements.size(); k++) {
      Element e = elements.get(k);
      int limit = e.gapBefore() ? Math.min(words.size(), pos + MAX_GAP + 1) : Math.min(words.size(), pos + 1);
      int found = -1;
      for (int j = pos; j < limit; j++) {
        if (matches(e, words.get(j), lemmas.get(j))) {
          found = j;
          break;
        }
      }
      if (found < 0) {
        return null;
      }
      hit[k] = found;
      pos = found + 1;
    }
    return hit;
  }

  @Override
  public String toString() {
    return source;
  }
}
