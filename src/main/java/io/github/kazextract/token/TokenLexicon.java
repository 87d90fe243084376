package io.github.kazextract.token;

import io.github.kazextract.text.DataFiles;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The tokenizer's data: abbreviations ({@code models/token/abbreviations.tsv}), top-level
 * domains ({@code models/token/tlds.txt}) and the pronouns after which a glued hyphen is a dash
 * ({@code models/token/dash-subjects.txt}). Immutable and thread-safe; loaded once.
 */
public final class TokenLexicon {

  private static volatile TokenLexicon defaultInstance;

  /** Lower-cased form → may end a sentence before a capitalised word. */
  private final Map<String, Boolean> abbreviations;
  /** Exact-case forms (single letters are matched only as written). */
  private final Set<String> exactForms;
  private final Set<String> tlds;
  private final int maxLength;
  /** Lower-cased forms without a period (млн, ҚР): the only ones a plain word can match. */
  private final Set<String> wordForms;
  private final int maxWordLength;
  /** Lower-cased pronouns that stand before a dash ({@code Бұл-біздің} is {@code Бұл — біздің}). */
  private final Set<String> dashSubjects;
  private final int maxDashSubject;
  /** The lower-cased forms without a period, for comparing against a range of the text. */
  private final String[] wordFormArray;
  /** Sorted {@link String#hashCode}s of the lower-cased letters before the first period of every form. */
  private final int[] firstSegmentHashes;
  /** Lower-cased first characters of the abbreviations: a cheap filter before hashing. */
  private final boolean[] firstChars = new boolean[0x10000];

  private TokenLexicon(Map<String, Boolean> abbreviations, Set<String> exactForms, Set<String> tlds, Set<String> dashSubjects) {
    this.dashSubjects = Set.copyOf(dashSubjects);
    this.maxDashSubject = dashSubjects.stream().mapToInt(String::length).max().orElse(0);
    this.maxLength = exactForms.stream().mapToInt(String::length).max().orElse(0);
    this.wordForms = Set.copyOf(abbreviations.keySet().stream().filter(f -> f.indexOf('.') < 0).collect(java.util.stream.Collectors.toSet()));
    this.maxWordLength = wordForms.stream().mapToInt(String::length).max().orElse(0);
    this.wordFormArray = wordForms.toArray(new String[0]);
    this.firstSegmentHashes = exactForms.stream()
        .map(f -> f.toLowerCase(Locale.ROOT))
        .mapToInt(f -> (f.indexOf('.') >= 0 ? f.substring(0, f.indexOf('.')) : f).hashCode())
        .distinct().sorted().toArray();
    for (String f : exactForms) {
      firstChars[Character.toLowerCase(f.charAt(0))] = true;
      firstChars[Character.toUpperCase(f.charAt(0))] = true;
      firstChars[f.charAt(0)] = true;
    }
    this.abbreviations = Map.copyOf(abbreviations);
    this.exactForms = Set.copyOf(exactForms);
    this.tlds = Set.copyOf(tlds);
  }

  /** The bundled lexicon, loaded on first use. */
  public static TokenLexicon getDefault() {
    TokenLexicon l = defaultInstance;
    if (l == null) {
      synchronized (TokenLexicon.class) {
        l = defaultInstance;
        if (l == null) {
          l = load();
          defaultInstance = l;
        }
      }
    }
    return l;
  }

  private static TokenLexicon load() {
    Map<String, Boolean> abbr = new HashMap<>();
    Set<String> exact = new HashSet<>();
    for (String[] row : DataFiles.rows("token/abbreviations.tsv")) {
      if (row.length < 2 || !(row[1].equals("yes") || row[1].equals("no"))) {
        throw new IllegalStateException("token/abbreviations.tsv: expected form<TAB>yes|no: " + String.join("\t", row));
      }
      exact.add(row[0]);
      abbr.put(row[0].toLowerCase(Locale.ROOT), row[1].equals("yes"));
    }
    Set<String> tlds = new HashSet<>();
    for (String line : DataFiles.lines("token/tlds.txt")) {
      tlds.add(line.strip().toLowerCase(Locale.ROOT));
    }
    Set<String> dash = new HashSet<>();
    for (String line : DataFiles.lines("token/dash-subjects.txt")) {
      dash.add(line.strip().toLowerCase(Locale.ROOT));
    }
    return new TokenLexicon(abbr, exact, tlds, dash);
  }

  /**
   * Whether {@code form} is a known abbreviation: exactly as listed, or case-insensitively when
   * it has two or more letters (a capital single letter with a period is an initial).
   */
  public boolean isAbbreviation(String form) {
    if (form.isEmpty() || form.length() > maxLength || !firstChars[form.charAt(0)]) {
      return false;
    }
    if (exactForms.contains(form)) {
      return true;
    }
    if (form.length() > maxLength || letterCount(form) < 2) {
      return false;
    }
    String lower = form.toLowerCase(Locale.ROOT);
    return abbreviations.containsKey(lower);
  }

  /**
   * Whether the word {@code form} (no periods) is a listed abbreviation ({@code млн}, {@code ҚР});
   * a cheap length check first, since most words are longer than any of them.
   */
  public boolean isWordAbbreviation(String form) {
    if (form.length() > maxWordLength || form.isEmpty() || !firstChars[form.charAt(0)]) {
      return false;
    }
    return isAbbreviation(form) && wordForms.contains(form.toLowerCase(Locale.ROOT));
  }

  /**
   * A filter before {@link #isWordAbbreviation}: false guarantees that {@code text[start, end)}
   * is no word abbreviation, without cutting the string. Letters of the Latin and Cyrillic blocks
   * lower-case one to one, so they are compared in place; other text answers true.
   */
  public boolean mayBeWordAbbreviation(String text, int start, int end) {
    if (end - start > maxWordLength || end <= start || !firstChars[text.charAt(start)]) {
      return false;
    }
    if (!simpleCase(text, start, end)) {
      return true;
    }
    for (String f : wordFormArray) {
      if (f.length() == end - start && lowerEquals(text, start, f)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A filter before the abbreviation look-ups at a word followed by a period: false guarantees
   * that no abbreviation has {@code text[start, end)} (any case) as its letters before the first
   * period. Compares hashes of the lower-cased range; other than Latin and Cyrillic text answers true.
   */
  public boolean mayBeFirstSegment(String text, int start, int end) {
    if (!simpleCase(text, start, end)) {
      return true;
    }
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + Character.toLowerCase(text.charAt(i));
    }
    return java.util.Arrays.binarySearch(firstSegmentHashes, h) >= 0;
  }

  /**
   * Characters that {@link String#toLowerCase(Locale)} maps one to one and without context:
   * below U+0530 except İ (two characters in lower case) and Greek (final sigma).
   */
  private static boolean simpleCase(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 0x0530 || c == '\u0130' || (c >= 0x0370 && c < 0x0400)) {
        return false;
      }
    }
    return true;
  }

  private static boolean lowerEquals(String text, int start, String lower) {
    for (int k = 0; k < lower.length(); k++) {
      if (Character.toLowerCase(text.charAt(start + k)) != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether some abbreviation starts with {@code c} (either case): a filter before look-ups. */
  public boolean mayStartAbbreviation(char c) {
    return firstChars[c];
  }

  /** Length of the longest abbreviation without a period; longer words are never {@link #isWordAbbreviation}. */
  public int maxWordLength() {
    return maxWordLength;
  }

  /** Length of the longest abbreviation; longer words need no look-up. */
  public int maxLength() {
    return maxLength;
  }

  /** Whether {@code text[start, end)} is, in any letter case, a pronoun that stands before a dash. */
  public boolean isDashSubject(String text, int start, int end) {
    if (end - start > maxDashSubject || end <= start) {
      return false;
    }
    return dashSubjects.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
  }

  /** Whether the abbreviation {@code form} may end a sentence before a capitalised word. */
  public boolean mayEndSentence(String form) {
    Boolean b = abbreviations.get(form.toLowerCase(Locale.ROOT));
    return b != null && b;
  }

  /** Whether {@code label} (any case) is a known top-level domain. */
  public boolean isTld(String label) {
    return tlds.contains(label.toLowerCase(Locale.ROOT));
  }

  private static int letterCount(String s) {
    int k = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        k++;
      }
    }
    return k;
  }
}
