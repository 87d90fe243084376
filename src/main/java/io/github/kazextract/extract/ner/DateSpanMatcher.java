package io.github.kazextract.extract.ner;

import io.github.kazextract.extract.date.DateParser;
import io.github.kazextract.extract.date.NumberParser;
import io.github.kazextract.extract.date.RuleFiles;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds date expressions in a tokenized sentence the way KazNERD annotates DATE: absolute dates
 * ({@code 2020 жылғы 15 наурызда}), deictic ones ({@code биыл}, {@code өткен жылы}), periods and
 * durations ({@code соңғы 5 жылда}, {@code 2 жыл бұрын}, {@code жыл басынан бері}) and seasons
 * ({@code қыста}). The words are data ({@code models/gazetteer/ner/date-words.tsv}); month names and
 * number words are the date parser's. One left-to-right pass: linear in the number of tokens.
 * Immutable and thread-safe.
 */
public final class DateSpanMatcher {

  enum WordClass { DEICTIC, SEASON, UNIT, PRE, PRE1, PART, POST, DIST, NAMEHEAD, MONTH, NUMBER }

  private final Map<String, EnumSet<WordClass>> stems;
  private final java.util.Set<String> stops;
  private final List<String> stopPrefixes;
  private final List<String> ordinalEndings;
  private final Endings endings;
  private final DateParser dates;
  private final NumberParser numbers;
  private final int maxStem;

  DateSpanMatcher(List<String[]> rows, Endings endings, DateParser dates, NumberParser numbers) {
    Map<String, EnumSet<WordClass>> s = new HashMap<>();
    List<String> ord = new ArrayList<>();
    java.util.Set<String> stop = new java.util.HashSet<>();
    List<String> stopPrefix = new ArrayList<>();
    for (String[] r : rows) {
      String stem = r[1].toLowerCase(Locale.ROOT);
      if (r[0].equals("STOP") && stem.endsWith("*")) {
        stopPrefix.add(stem.substring(0, stem.length() - 1));
      } else if (r[0].equals("STOP")) {
        stop.add(stem);
      } else if (r[0].equals("ORD")) {
        ord.add(stem);
      } else {
        s.computeIfAbsent(stem, k -> EnumSet.noneOf(WordClass.class)).add(WordClass.valueOf(r[0]));
      }
    }
    // longest ordinal ending first: "жиырмасыншы" is жиырма + сыншы, not жиырмас + ыншы
    ord.sort((a, b) -> b.length() - a.length());
    this.stems = Map.copyOf(s);
    this.stops = java.util.Set.copyOf(stop);
    this.stopPrefixes = List.copyOf(stopPrefix);
    this.ordinalEndings = List.copyOf(ord);
    this.endings = endings;
    this.dates = dates;
    this.numbers = numbers;
    this.maxStem = s.keySet().stream().mapToInt(String::length).max().orElse(0);
  }

  /** The matcher with the bundled data. */
  public static DateSpanMatcher load() {
    return new DateSpanMatcher(
        RuleFiles.tsv("gazetteer/ner/date-words.tsv"), Endings.load(), DateParser.getDefault(), NumberParser.getDefault());
  }

  static DateSpanMatcher load(Endings endings) {
    return new DateSpanMatcher(
        RuleFiles.tsv("gazetteer/ner/date-words.tsv"), endings, DateParser.getDefault(), NumberParser.getDefault());
  }

  /** Date spans of one sentence, in order, not overlapping. */
  public List<NerSpan> find(List<String> tokens) {
    int n = tokens.size();
    List<EnumSet<WordClass>> cls = new ArrayList<>(n);
    boolean[] dash = new boolean[n];
    boolean[] comma = new boolean[n];
    for (int i = 0; i < n; i++) {
      String w = tokens.get(i);
      String lower = w.toLowerCase(Locale.ROOT);
      EnumSet<WordClass> c = classify(lower);
      // a capitalised month name inside a sentence is a name (Наурыз the holiday, Қазан the city)
      if (c.contains(WordClass.MONTH) && i > 0 && Character.isUpperCase(w.codePointAt(0))
          && !(i + 1 < n && tokens.get(i + 1).toLowerCase(Locale.ROOT).startsWith("ай"))) {
        c.remove(WordClass.MONTH);
      }
      // "осы", "сол" modify only in their bare form: "осыдан 3 күн бұрын" starts at the number
      if (c.contains(WordClass.PRE1) && !stems.containsKey(lower)) {
        c.remove(WordClass.PRE1);
      }
      cls.add(c);
      dash[i] = w.equals("-") || w.equals("–") || w.equals("—");
      comma[i] = w.equals(",");
    }
    // a month name before a classifier is a name: "Қазан қаласы", "Желтоқсан оқиғасы"
    for (int i = 0; i + 1 < n; i++) {
      if (cls.get(i + 1).contains(WordClass.NAMEHEAD)) {
        cls.get(i).remove(WordClass.MONTH);
      }
    }
    List<NerSpan> out = new ArrayList<>();
    int i = 0;
    while (i < n) {
      int end = matchAt(cls, dash, comma, i, n, false);
      if (end > i) {
        // a unit in the genitive or attributive joins the next expression into one date:
        // "2020 жылғы 15 наурызда", "өткен жылдың көктемінде"; "былтыр шілде айында" stays two
        int next;
        while (end < n) {
          if (linksNext(tokens.get(end - 1), cls.get(end - 1)) && (next = matchAt(cls, dash, comma, end, n, true)) > end) {
            end = next;
          } else if (isDash(dash, end) && end + 1 < n && (next = matchAt(cls, dash, comma, end + 1, n, false)) > end + 1) {
            // a range: "қаңтар – мамыр"
            end = next;
          } else {
            break;
          }
        }
        out.add(new NerSpan(i, end, "DATE"));
        i = end;
      } else {
        i++;
      }
    }
    return out;
  }

  /** End of the date expression starting at {@code i}, or {@code i} when none starts there. */
  private int matchAt(List<EnumSet<WordClass>> cls, boolean[] dash, boolean[] comma, int i, int n, boolean linked) {
    int j = i;
    // after a genitive ("қыстың күндері") a bare unit continues the date
    boolean modified = linked;
    // modifiers: numbers and words like "өткен"; a word that is also a date on its own ("бүгінгі")
    // is a modifier when a date word follows ("бүгінгі күні"); "2 – 3 жылда" is a number range
    while (j < n) {
      EnumSet<WordClass> c = cls.get(j);
      if (c.contains(WordClass.PRE1) && j + 1 < n && cls.get(j + 1).contains(WordClass.UNIT)) {
        modified = true;
        j++;
        continue;
      }
      boolean mod = c.contains(WordClass.NUMBER) || c.contains(WordClass.PRE);
      if (mod && (!isCore(c) || (j + 1 < n && (isCore(cls.get(j + 1)) || cls.get(j + 1).contains(WordClass.NUMBER))))) {
        modified = true;
        j++;
      } else if (modified && (isDash(dash, j) || isDash(comma, j)) && j + 1 < n && cls.get(j + 1).contains(WordClass.NUMBER)
          && cls.get(j - 1).contains(WordClass.NUMBER)) {
        j++;
      } else {
        break;
      }
    }
    if (j >= n) {
      return i;
    }
    EnumSet<WordClass> c = cls.get(j);
    boolean ok;
    if (c.contains(WordClass.DEICTIC) || c.contains(WordClass.MONTH)) {
      ok = true;
    } else if (c.contains(WordClass.SEASON)) {
      ok = true;
    } else if (c.contains(WordClass.UNIT)) {
      ok = modified
          || (j + 1 < n && (cls.get(j + 1).contains(WordClass.PART) || extendsBareUnit(cls.get(j + 1))));
    } else {
      ok = false;
    }
    if (!ok) {
      return i;
    }
    // KazNERD leaves the word "айында" after a month name outside the date, unless a
    // postposition follows: "қаңтар айынан бері"
    int k = j + 1;
    if (c.contains(WordClass.MONTH) && k + 1 < n && cls.get(k).contains(WordClass.UNIT)
        && cls.get(k + 1).contains(WordClass.POST)) {
      k++;
    }
    while (k < n && (cls.get(k).contains(WordClass.PART) || cls.get(k).contains(WordClass.POST)
        || cls.get(k).contains(WordClass.DIST))) {
      k++;
    }
    return k;
  }

  private static final List<String> LINKING = List.of("ның", "нің", "дың", "дің", "тың", "тің", "ғы", "гі", "қы", "кі");

  /** True when a date ending in this word continues into the next: a genitive or attributive unit. */
  private static boolean linksNext(String word, EnumSet<WordClass> c) {
    if (!c.contains(WordClass.UNIT) && !c.contains(WordClass.NUMBER) && !c.contains(WordClass.SEASON)) {
      return false;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    for (String e : LINKING) {
      if (lower.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDash(boolean[] dash, int i) {
    return i < dash.length && dash[i];
  }

  private static boolean isCore(EnumSet<WordClass> c) {
    return c.contains(WordClass.DEICTIC) || c.contains(WordClass.MONTH) || c.contains(WordClass.UNIT)
        || c.contains(WordClass.SEASON);
  }

  /** "жыл сайын", "тәулік бойы": a bare unit is a date before "every" and "throughout". */
  private static boolean extendsBareUnit(EnumSet<WordClass> next) {
    return next.contains(WordClass.DIST);
  }

  EnumSet<WordClass> classify(String lower) {
    EnumSet<WordClass> c = EnumSet.noneOf(WordClass.class);
    if (lower.isEmpty() || stops.contains(lower)) {
      return c;
    }
    for (String p : stopPrefixes) {
      if (lower.startsWith(p)) {
        return c;
      }
    }
    int hyphen = lower.indexOf('-');
    if (hyphen > 0 && hyphen < lower.length() - 1 && !Character.isDigit(lower.codePointAt(0))) {
      // "жылдан-жылға", "бүгін-ертең" are dates, "екі-үш" a number range
      EnumSet<WordClass> a = classify(lower.substring(0, hyphen));
      EnumSet<WordClass> b = classify(lower.substring(hyphen + 1));
      if (isCore(a) && isCore(b)) {
        c.add(WordClass.DEICTIC);
      } else if (a.contains(WordClass.NUMBER) && b.contains(WordClass.NUMBER)) {
        c.add(WordClass.NUMBER);
      }
      return c;
    }
    for (int len = Math.min(lower.length(), maxStem); len > 0; len--) {
      EnumSet<WordClass> s = stems.get(lower.substring(0, len));
      if (s != null && endings.isEndingChain(lower.substring(len))) {
        c.addAll(s);
      }
    }
    if (dates.month(lower) > 0) {
      c.add(WordClass.MONTH);
    }
    if (isNumber(lower)) {
      c.add(WordClass.NUMBER);
    }
    return c;
  }

  /** Digits ({@code 2020}, {@code 2020-сыншы}, {@code 1-інші}) or a number word, cardinal or ordinal. */
  boolean isNumber(String lower) {
    if (lower.isEmpty()) {
      return false;
    }
    if (Character.isDigit(lower.codePointAt(0))) {
      return true;
    }
    if (numbers.wordValue(lower) != null) {
      return true;
    }
    for (String o : ordinalEndings) {
      if (lower.length() > o.length() && lower.endsWith(o)
          && numbers.wordValue(lower.substring(0, lower.length() - o.length())) != null) {
        return true;
      }
    }
    return false;
  }
}
