package io.github.kazextract.extract.ner;

import io.github.kazextract.extract.date.RuleFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Names known only from the classifier after them (models/gazetteer/ner/name-classifiers.tsv):
 * "[Дәулет] аулында", "« [Алтын дала] » ықшамауданының", "[Бақбақты] , [Бірлік] , [Ақдала]
 * ауылдарының". The classifier stays outside the span, as KazNERD tags it. One pass over the tokens
 * with a bounded look-back. Immutable and thread-safe.
 */
final class NameClassifiers {

  /** Capitalised words a name may have: "Бөкей ордасы" has two, no village name has more. */
  private static final int MAX_NAME_WORDS = 3;
  /** Names a plural classifier may take: "Бақбақты , Бірлік , Ақдала ауылдарының". */
  private static final int MAX_LIST = 8;
  private static final List<String> PLURALS = List.of("лар", "лер", "дар", "дер", "тар", "тер");
  /** The case endings after a third-person possessive ("аулы-нда", "өзені-нің"); "көлі-гі" is no such form. */
  private static final java.util.Set<String> POSSESSIVE_CASES = java.util.Set.of(
      "", "н", "на", "не", "нда", "нде", "нан", "нен", "ның", "нің", "мен", "ндағы", "ндегі");

  private final List<String[]> stems;
  private final List<String> classes;
  private final Endings endings;

  NameClassifiers(List<String[]> rows, Endings endings) {
    List<String[]> s = new ArrayList<>();
    List<String> c = new ArrayList<>();
    for (String[] r : rows) {
      s.add(r[0].toLowerCase(Locale.ROOT).split("\\s+"));
      c.add(r[1]);
    }
    this.stems = List.copyOf(s);
    this.classes = List.copyOf(c);
    this.endings = endings;
  }

  static NameClassifiers load(Endings endings) {
    return new NameClassifiers(RuleFiles.tsv("gazetteer/ner/name-classifiers.tsv"), endings);
  }

  /** Every name before a classifier in the sentence. */
  List<NerSpan> find(List<String> tokens) {
    List<NerSpan> out = new ArrayList<>();
    for (int i = 1; i < tokens.size(); i++) {
      int k = classifierAt(tokens, i);
      if (k < 0) {
        continue;
      }
      boolean plural = isPlural(tokens.get(i + stems.get(k).length - 1), stems.get(k)[stems.get(k).length - 1]);
      int end = i;
      // a list longer than this is no list of villages, and the bound keeps the pass linear
      for (int names = 0; end > 0 && names < MAX_LIST; names++) {
        NerSpan name = nameBefore(tokens, end);
        if (name == null) {
          break;
        }
        out.add(new NerSpan(name.first(), name.end(), classes.get(k)));
        if (!plural || name.first() < 2) {
          break;
        }
        // "Бақбақты , Бірлік , Ақдала ауылдарының", "Жәнібек және Бөкей ордасы аудандарына"
        String sep = tokens.get(name.first() - 1).toLowerCase(Locale.ROOT);
        if (!sep.equals(",") && !sep.equals("және") && !sep.equals("мен") && !sep.equals("пен")) {
          break;
        }
        end = name.first() - 1;
        if (end >= 1 && tokens.get(end - 1).equals(",") && sep.equals("және")) {
          end--;
        }
      }
    }
    return out;
  }

  /** The capitalised name ending right before {@code end} (inside quotes if quoted), or null. */
  private NerSpan nameBefore(List<String> tokens, int end) {
    int e = end;
    boolean quoted = tokens.get(e - 1).equals("»");
    if (quoted) {
      e--;
    }
    int f = e;
    while (f > 0 && e - f < MAX_NAME_WORDS && isNameWord(tokens.get(f - 1), quoted)) {
      f--;
    }
    if (f == e || quoted && (f == 0 || !tokens.get(f - 1).equals("«"))) {
      return null;
    }
    if (!quoted && f == 0 && e - f >= 2) {
      f = 1; // a sentence-initial capital says nothing: "Алдымен [Ертіс] аулындағы"
    }
    if (!quoted && !Character.isUpperCase(tokens.get(f).codePointAt(0))) {
      return null;
    }
    if (!quoted && f == 0 && e - f == 1 && isClassifierWord(tokens.get(0))) {
      return null; // sentence-initial "Тау шыңын": a capitalised common noun
    }
    return new NerSpan(f, e, "");
  }

  private static boolean isNameWord(String t, boolean quoted) {
    if (t.isEmpty() || t.equals("«") || t.equals("»")) {
      return false;
    }
    if (quoted) {
      return true; // "« Көктал-1 »", "« Алтын дала »"
    }
    return Character.isUpperCase(t.codePointAt(0)) && FollowingHeads.isWord(t.replaceAll("[0-9]", ""));
  }

  private boolean isClassifierWord(String w) {
    String lw = w.toLowerCase(Locale.ROOT);
    for (String[] st : stems) {
      if (st.length == 1 && lw.startsWith(st[0]) && lw.length() <= st[0].length() + 1) {
        return true;
      }
    }
    return false;
  }

  private int classifierAt(List<String> tokens, int i) {
    for (int k = 0; k < stems.size(); k++) {
      String[] s = stems.get(k);
      if (i + s.length > tokens.size()) {
        continue;
      }
      boolean match = true;
      for (int j = 0; j < s.length && match; j++) {
        String w = tokens.get(i + j);
        String lw = w.toLowerCase(Locale.ROOT);
        match = Character.isLowerCase(w.codePointAt(0)) && lw.startsWith(s[j])
            && (j < s.length - 1 || isPossessive(lw.substring(s[j].length())));
      }
      if (match) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The classifier carries the possessive of a name ("аулында", "ауылдарының", "орманы"); a bare
   * "ауылда" is the common noun: "Бердібек Сапарбаев ауылда салынған ...".
   */
  private boolean isPossessive(String rest) {
    for (String p : PLURALS) {
      if (rest.startsWith(p)) {
        rest = rest.substring(p.length());
        break;
      }
    }
    for (String p : List.of("сы", "сі", "ы", "і")) {
      if (rest.startsWith(p)) {
        return POSSESSIVE_CASES.contains(rest.substring(p.length()));
      }
    }
    return false;
  }

  private boolean isPlural(String word, String stem) {
    String rest = word.toLowerCase(Locale.ROOT).substring(Math.min(stem.length(), word.length()));
    for (String p : PLURALS) {
      if (rest.startsWith(p) && endings.isEndingChain(rest.substring(p.length()))) {
        return true;
      }
    }
    return false;
  }
}
