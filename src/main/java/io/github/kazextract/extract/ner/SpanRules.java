package io.github.kazextract.extract.ner;

import io.github.kazextract.extract.date.RuleFiles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Repairs resolved spans to KazNERD conventions: drops a sentence-initial generic body or glued
 * connective (sentence-initial.tsv), joins PERSON parts around a patronymic or after a leading
 * surname and ends a PERSON after a surname (name-shapes.tsv). Works on tokens only, in one pass
 * over the spans. Immutable and thread-safe.
 */
public final class SpanRules {

  private final Map<String, String> initial;
  private final List<String[]> shapes;
  private final Set<String> givenNames;
  private final Endings endings;

  SpanRules(List<String[]> initialRows, List<String[]> shapeRows, Set<String> givenNames, Endings endings) {
    Map<String, String> m = new HashMap<>();
    for (String[] r : initialRows) {
      m.put(r[0].toLowerCase(Locale.ROOT), r[1]);
    }
    this.initial = Map.copyOf(m);
    this.shapes = List.copyOf(shapeRows);
    this.givenNames = Set.copyOf(givenNames);
    this.endings = endings;
  }

  static SpanRules load(Set<String> givenNames, Endings endings) {
    return new SpanRules(RuleFiles.tsv("gazetteer/ner/sentence-initial.tsv"),
        RuleFiles.tsv("gazetteer/ner/name-shapes.tsv"), givenNames, endings);
  }

  /** The repaired spans, in token order, not overlapping. */
  public List<NerSpan> apply(List<NerSpan> spans, List<String> tokens) {
    List<NerSpan> out = new ArrayList<>();
    for (NerSpan s : spans) {
      s = sentenceInitial(s, tokens);
      if (s == null) {
        continue;
      }
      if (s.label().equals("PERSON")) {
        NerSpan prev = out.isEmpty() ? null : out.get(out.size() - 1);
        if (prev != null && prev.label().equals("PERSON") && prev.end() == s.first() && joins(prev, s, tokens)) {
          out.set(out.size() - 1, new NerSpan(prev.first(), s.end(), "PERSON"));
          continue;
        }
        out.addAll(splitAfterSurname(s, tokens));
        continue;
      }
      out.add(s);
    }
    return List.copyOf(out);
  }

  /** Null for a sentence-initial generic body, the span without a glued first word, or the span. */
  NerSpan sentenceInitial(NerSpan s, List<String> tokens) {
    // dates start with such words by right ("Биыл", "Бүгін")
    if (s.first() != 0 || s.label().equals("DATE") || s.label().equals("EVENT")) {
      return s;
    }
    String kind = initial.get(tokens.get(0).toLowerCase(Locale.ROOT));
    if (kind == null) {
      return s;
    }
    if (kind.equals("GLUE")) {
      // what is left must itself start like a name: "Сондай-ақ [нөмірі екінші ...]" is no name
      return s.length() > 1 && isCapitalised(tokens.get(1)) ? new NerSpan(1, s.end(), s.label()) : null;
    }
    for (int i = 1; i < s.end(); i++) {
      if (isCapitalised(tokens.get(i))) {
        return s; // a proper name follows: "Қала Нұр-Сұлтан ..." is not generic
      }
    }
    return null;
  }

  /** Adjacent name parts form one name when a patronymic is among them or a lone surname leads. */
  private boolean joins(NerSpan a, NerSpan b, List<String> tokens) {
    if (a.length() == 1 && hasShape(tokens.get(a.first()), "SURNAME")
        && givenNames.contains(tokens.get(b.first()))) {
      return true;
    }
    for (int i = a.first(); i < b.end(); i++) {
      if (hasShape(tokens.get(i), "PATRONYMIC")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A name that goes on past a surname after a given name runs into the next word: "Қасым-Жомарт
   * Тоқаев [Дмитрий]", "Кристин Лагард [Дүниежүзілік]". The rest stays a PERSON only if it starts
   * with a given name.
   */
  private List<NerSpan> splitAfterSurname(NerSpan s, List<String> tokens) {
    for (int i = s.first() + 1; i < s.end() - 1; i++) {
      String w = tokens.get(i);
      if (hasShape(w, "SURNAME") && !hasShape(w, "PATRONYMIC") && endsName(w)
          && !hasShape(tokens.get(i + 1), "PATRONYMIC") && !hasShape(tokens.get(s.first()), "SURNAME")) {
        NerSpan head = new NerSpan(s.first(), i + 1, "PERSON");
        if (givenNames.contains(tokens.get(i + 1))) {
          return List.of(head, new NerSpan(i + 1, s.end(), "PERSON"));
        }
        return List.of(head);
      }
    }
    return List.of(s);
  }

  /** A nominative surname ends a name; "Тоқаевтың" inside a span is left alone. */
  boolean endsName(String w) {
    for (String[] r : shapes) {
      if (r[1].equals("SURNAME") && w.endsWith(r[0])) {
        return true;
      }
    }
    return false;
  }

  /** Capitalised and ends in a suffix of this kind, optionally followed by one case ending. */
  boolean hasShape(String word, String kind) {
    if (!isCapitalised(word)) {
      return false;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    for (String[] r : shapes) {
      if (!r[1].equals(kind)) {
        continue;
      }
      int at = lower.lastIndexOf(r[0]);
      // the suffix must follow a stem of at least three letters
      if (at >= 3 && endings.isSingleEnding(lower.substring(at + r[0].length()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCapitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
  }
}
