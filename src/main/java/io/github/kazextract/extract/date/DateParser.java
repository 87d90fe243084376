package io.github.kazextract.extract.date;

import io.github.kazextract.pipeline.AnalyzedText;
import io.github.kazextract.token.Token;
import io.github.kazextract.token.TokenType;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds date expressions in analysed text and normalises them to ISO 8601: {@code 2024 жылғы 3
 * маусымда} → {@code 2024-06-03}, {@code 15 наурызда} → {@code --03-15} (or, with a publication
 * date, the nearest matching full date), {@code 3-4 шілде күндері} → an interval, {@code 2023-2024
 * жылдардағы} → {@code 2023/2024}, {@code 28.05.2020}. Month names and the surrounding words are
 * data ({@code models/extract/dates/}). Immutable and thread-safe; each scan is linear in the
 * number of tokens.
 */
public final class DateParser {

  private static volatile DateParser defaultInstance;

  private final WordForms<Integer> months;
  private final Words yearWords;
  private final Words dayWords;
  private final Words monthWords;
  private final Words thisYearWords;
  private final Set<String> rangeMarks;
  /** Relative day words: offset in days, or -weekday (-1 Monday … -7 Sunday) stored as 100 + weekday. */
  private final WordForms<Integer> relative;
  /** Endings of a month name before its day (наурыздың 14-і), "from" (14 наурыздан) and "to" (16 наурызға). */
  private final Set<String> genitiveEndings;
  private final Set<String> ablativeEndings;
  private final Set<String> dativeEndings;
  /** The postposition closing a "from … to" range (дейін). */
  private final Words untilWords;
  /** Conjunctions joining two days (6 және 7 мамыр) and the word "between" after two dates. */
  private final Set<String> andWords;
  private final Words betweenWords;

  /**
   * @param months month stem to month number
   * @param suffixes endings a month name may carry
   * @param words role ({@code YEAR}, {@code DAY}, {@code MONTHWORD}, {@code THISYEAR}, {@code RANGE}) to word forms
   */
  public DateParser(Map<String, Integer> months, Set<String> suffixes, Map<String, List<String>> words) {
    this(months, suffixes, words, Map.of());
  }

  /**
   * @param relativeDays day words relative to the publication date ({@code relative.tsv}): an
   *     offset in days ({@code кеше} → {@code -1}) or a weekday {@code W1}…{@code W7}
   */
  public DateParser(Map<String, Integer> months, Set<String> suffixes, Map<String, List<String>> words,
      Map<String, String> relativeDays) {
    Map<String, Integer> rel = new HashMap<>();
    relativeDays.forEach((k, v) -> rel.put(k, v.startsWith("W") ? WEEKDAY + Integer.parseInt(v.substring(1)) : Integer.parseInt(v)));
    this.relative = new WordForms<>(rel, suffixes);
    this.months = new WordForms<>(months, suffixes);
    this.yearWords = new Words(words.getOrDefault("YEAR", List.of()));
    this.dayWords = new Words(words.getOrDefault("DAY", List.of()));
    this.monthWords = new Words(words.getOrDefault("MONTHWORD", List.of()));
    this.thisYearWords = new Words(words.getOrDefault("THISYEAR", List.of()));
    this.rangeMarks = Set.copyOf(words.getOrDefault("RANGE", List.of()));
    this.genitiveEndings = Set.copyOf(words.getOrDefault("GENITIVE", List.of()));
    this.ablativeEndings = Set.copyOf(words.getOrDefault("ABLATIVE", List.of()));
    this.dativeEndings = Set.copyOf(words.getOrDefault("DATIVE", List.of()));
    this.untilWords = new Words(words.getOrDefault("UNTIL", List.of()));
    this.andWords = Set.copyOf(words.getOrDefault("AND", List.of()));
    this.betweenWords = new Words(words.getOrDefault("BETWEEN", List.of()));
  }

  /** The parser with the bundled rules, loaded once. */
  public static DateParser getDefault() {
    DateParser p = defaultInstance;
    if (p == null) {
      synchronized (DateParser.class) {
        p = defaultInstance;
        if (p == null) {
          Map<String, Integer> m = new HashMap<>();
          for (String[] row : RuleFiles.tsv("extract/dates/months.tsv")) {
            m.put(row[0], Integer.parseInt(row[1]));
          }
          Map<String, List<String>> w = new HashMap<>();
          for (String[] row : RuleFiles.tsv("extract/dates/words.tsv")) {
            w.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
          }
          Map<String, String> rel = new HashMap<>();
          for (String[] row : RuleFiles.tsv("extract/dates/relative.tsv")) {
            rel.put(row[0], row[1]);
          }
          p = new DateParser(m, WordForms.defaultSuffixes(), w, rel);
          defaultInstance = p;
        }
      }
    }
    return p;
  }

  /** The month number (1–12) a word names in any case form ({@code маусымда} → 6), or 0. */
  public int month(String word) {
    Integer m = months.lookup(word);
    return m == null ? 0 : m;
  }

  /** Every date expression in the document. */
  public List<DateExpression> find(AnalyzedText doc, LocalDate published) {
    return find(doc, 0, doc.size(), published);
  }

  /**
   * Every date expression inside tokens {@code [from, to)}, in text order, not overlapping.
   *
   * @param published the publication date used to give a month-day its year, or null to keep {@code --MM-DD}
   */
  public List<DateExpression> find(AnalyzedText doc, int from, int to, LocalDate published) {
    List<DateExpression> out = new ArrayList<>();
    int i = Math.max(0, from);
    int end = Math.min(to, doc.size());
    while (i < end) {
      DateExpression d = parseAt(doc, i, end, published);
      if (d != null) {
        out.add(d);
        i = d.tokenEnd();
      } else {
        i++;
      }
    }
    return out;
  }

  /** The date expression starting exactly at token {@code i}, or null. */
  public DateExpression parseAt(AnalyzedText doc, int i, int end, LocalDate published) {
    Token t = doc.token(i);
    // fast exit: every expression starts with a number, a date, "биылғы" or a month before "айы"
    if (t.type() != TokenType.NUMBER && t.type() != TokenType.DATE) {
      if (!t.isWordLike()) {
        return null;
      }
      boolean maybe = thisYearWords.matches(lower(t))
          || (i + 1 < end && doc.token(i + 1).isWordLike() && monthWords.matches(lower(doc.token(i + 1))))
          || (i + 1 < end && doc.token(i + 1).type() == TokenType.NUMBER && month(t.norm()) > 0);
      if (!maybe) {
        return published == null ? null : relativeDay(doc, i, end, published);
      }
    }
    if (t.type() == TokenType.DATE || isNumericDate(t.norm())) {
      DateExpression d = numericDate(doc, i);
      if (d != null) {
        return d;
      }
    }
    // optional year prefix: "2024 жылғы" | "биылғы"
    int j = i;
    Integer year = null;
    boolean thisYear = false;
    if (thisYearWords.matches(lower(t))) {
      thisYear = true;
      j = i + 1;
    } else if (t.type() == TokenType.NUMBER) {
      Num y = number(doc, i, end);
      if (y != null && y.second < 0 && isYear(y.first) && y.next < end && yearWords.matches(lower(doc.token(y.next)))) {
        int after = skipYearWord(doc, y.next, end);
        if (after < end && (dayMonthAhead(doc, after, end) || monthFirst(doc, i, after, end, null, false, null) != null)) {
          year = (int) y.first;
          j = after;
        }
      }
    }
    DateExpression dm = dayMonth(doc, i, j, end, year, thisYear, published);
    if (dm == null) {
      dm = monthFirst(doc, i, j, end, year, thisYear, published);
    }
    if (dm != null) {
      return dm;
    }
    if (j != i) {
      return null;
    }
    // a year or a range of years followed by the word "year"
    if (t.type() == TokenType.NUMBER) {
      Num y = number(doc, i, end);
      if (y != null && isYear(y.first) && (y.second < 0 || isYear(y.second)) && y.next < end
          && yearWords.matches(lower(doc.token(y.next)))) {
        int last = skipYearWord(doc, y.next, end);
        String v = y.second < 0 ? Long.toString(y.first) : y.first + "/" + y.second;
        return expr(doc, i, last, v, DateExpression.Precision.YEAR);
      }
    }
    // a month alone: "мамыр айында"
    int m = month(t.norm());
    if (m > 0 && t.isWordLike() && i + 1 < end && monthWords.matches(lower(doc.token(i + 1)))) {
      return expr(doc, i, i + 2, String.format(Locale.ROOT, "--%02d", m), DateExpression.Precision.MONTH);
    }
    return null;
  }

  /** Whether tokens {@code [a, b)} hold a day word relative to the publication date (кеше, бүгін). */
  public boolean hasRelativeDay(AnalyzedText doc, int a, int b) {
    for (int i = Math.max(0, a); i < Math.min(b, doc.size()); i++) {
      Token t = doc.token(i);
      Integer v = t.isWordLike() ? relative.lookup(t.norm()) : null;
      // кеше, Кеше after a dateline's dash; a capitalised weekday inside a sentence is a name (Жұма)
      if (v != null && (v < WEEKDAY || Character.isLowerCase(t.norm().codePointAt(0)))) {
        return true;
      }
    }
    return false;
  }

  /** Offset added to a weekday number (1 Monday … 7 Sunday) in {@link #relative}. */
  private static final int WEEKDAY = 100;

  /** "кеше", "дүйсенбі күні", "сәрсенбіде": a day relative to the publication date. */
  private DateExpression relativeDay(AnalyzedText doc, int i, int end, LocalDate published) {
    Token t = doc.token(i);
    Integer v = relative.lookup(t.norm());
    if (v == null || !Character.isLowerCase(t.norm().codePointAt(0)) && i > 0 && !isSentenceStart(doc, i)) {
      return null; // a capitalised word inside a sentence is a name (Жұма)
    }
    int last = i + 1;
    boolean dayWord = last < end && dayWords.matches(lower(doc.token(last)));
    if (dayWord) {
      last++;
    }
    LocalDate d;
    if (v >= WEEKDAY) {
      if (!dayWord && relative.isBare(t.norm())) {
        return null; // a bare weekday name needs "күні" or an ending
      }
      int back = (published.getDayOfWeek().getValue() - (v - WEEKDAY) + 7) % 7;
      d = published.minusDays(back);
    } else {
      d = published.plusDays(v);
    }
    return expr(doc, i, last, d.toString(), DateExpression.Precision.DAY);
  }

  private static boolean isSentenceStart(AnalyzedText doc, int i) {
    // sentences are in text order: binary search keeps a long document linear overall
    List<AnalyzedText.TokenRange> ss = doc.sentences();
    int lo = 0;
    int hi = ss.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int f = ss.get(mid).first();
      if (f == i) {
        return true;
      }
      if (f < i) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return false;
  }

  private boolean dayMonthAhead(AnalyzedText doc, int j, int end) {
    Num d = days(doc, j, end);
    return d != null && (d.next < end && month(doc.token(d.next).norm()) > 0 || attachedMonth(doc.token(j)) > 0);
  }

  /**
   * A day or a day range before a month: {@link #number}, or two consecutive days joined by a
   * conjunction ("6 және 7 мамыр", read as the range 6–7).
   */
  private Num days(AnalyzedText doc, int j, int end) {
    Num d = number(doc, j, end);
    if (d == null || d.second >= 0 || d.next + 2 >= end || !andWords.contains(lower(doc.token(d.next)))
        || doc.token(d.next + 1).type() != TokenType.NUMBER || !doc.token(d.next + 2).isWordLike()) {
      return d;
    }
    long[] v = NumberParser.leadingDigits(doc.token(d.next + 1).norm());
    boolean next = v != null && v.length == 1 && v[0] == d.first + 1 && month(doc.token(d.next + 2).norm()) > 0;
    return next ? new Num(d.first, v[0], d.next + 2) : d;
  }

  /** "14-наурызда", "6-7-мамыр" written as one token: the month after the day's hyphen, or 0. */
  private int attachedMonth(Token t) {
    String s = t.norm();
    int k = 0;
    while (k < s.length() && Character.isDigit(s.charAt(k))) {
      k++;
    }
    if (k > 0 && k + 1 < s.length() && NumberParser.isRangeDash(s.charAt(k)) && Character.isDigit(s.charAt(k + 1))) {
      k++;
      while (k < s.length() && Character.isDigit(s.charAt(k))) {
        k++;
      }
    }
    if (k == 0 || k + 2 >= s.length() || !NumberParser.isRangeDash(s.charAt(k)) || !Character.isLetter(s.charAt(k + 1))) {
      return 0;
    }
    return month(s.substring(k + 1));
  }

  /**
   * The month before its day: "наурыздың 14-і (күні)", "наурыз айының 14-і": a month name in the
   * genitive (or bare before "айының"), then a day number with its possessive ending.
   */
  private DateExpression monthFirst(AnalyzedText doc, int first, int j, int end, Integer year, boolean thisYear,
      LocalDate published) {
    if (j + 1 >= end || !doc.token(j).isWordLike()) {
      return null;
    }
    String form = doc.token(j).norm();
    int m = month(form);
    if (m == 0) {
      return null;
    }
    int k = j + 1;
    Token mw = doc.token(k);
    if (mw.isWordLike() && monthWords.matches(lower(mw)) && endsWithAny(lower(mw), genitiveEndings) && months.ending(form).isEmpty()) {
      k++; // наурыз айының
    } else if (!endsWithAny(months.ending(form), genitiveEndings)) {
      return null;
    }
    if (k >= end || doc.token(k).type() != TokenType.NUMBER) {
      return null;
    }
    long[] v = NumberParser.leadingDigits(doc.token(k).norm());
    if (v == null || v.length != 1 || !isDay(v[0]) || !validMonthDay(m, (int) v[0])) {
      return null;
    }
    int last = k + 1;
    if (last < end && dayWords.matches(lower(doc.token(last)))) {
      last++;
    }
    String value = dayValue(year, m, (int) v[0], m, -1, published);
    return value == null ? null : expr(doc, first, last, value, DateExpression.Precision.DAY);
  }

  private static boolean endsWithAny(String w, Set<String> endings) {
    for (String e : endings) {
      if (w.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  private DateExpression dayMonth(AnalyzedText doc, int first, int j, int end, Integer year, boolean thisYear,
      LocalDate published) {
    if (j >= end || doc.token(j).type() != TokenType.NUMBER) {
      return null;
    }
    Num d = days(doc, j, end);
    if (d == null || !isDay(d.first) || (d.second >= 0 && !isDay(d.second))) {
      return null;
    }
    int m = d.next == j + 1 ? attachedMonth(doc.token(j)) : 0;
    int monthAt = j; // the token carrying the month name
    if (m == 0) {
      if (d.next >= end || !doc.token(d.next).isWordLike()) {
        return null;
      }
      monthAt = d.next;
      m = month(doc.token(monthAt).norm());
      if (m == 0) {
        return null;
      }
    }
    int last = monthAt + 1;
    // a range across two months, maybe two years: "30 маусым – 2 шілде", "28 желтоқсан – 2025 жылғы 3 қаңтар"
    int m2 = m;
    long secondDay = d.second;
    Integer year2 = null;
    if (d.second < 0 && last + 2 < end && rangeMarks.contains(doc.token(last).norm())) {
      int k = last + 1;
      Num y2 = number(doc, k, end);
      Integer yearAfter = null;
      if (y2 != null && y2.second < 0 && isYear(y2.first) && y2.next < end && yearWords.matches(lower(doc.token(y2.next)))) {
        yearAfter = (int) y2.first;
        k = skipYearWord(doc, y2.next, end);
      }
      if (k + 1 < end && doc.token(k).type() == TokenType.NUMBER && doc.token(k + 1).isWordLike()) {
        long[] w2 = NumberParser.leadingDigits(doc.token(k).norm());
        int mm = month(doc.token(k + 1).norm());
        if (w2 != null && w2.length == 1 && isDay(w2[0]) && mm > 0) {
          m2 = mm;
          secondDay = w2[0];
          last = k + 2;
          year2 = yearAfter;
        }
      }
    }
    // "6 мамыр мен 8 мамыр аралығында": between two days
    if (secondDay < 0 && last + 3 < end && andWords.contains(lower(doc.token(last)))
        && doc.token(last + 1).type() == TokenType.NUMBER && doc.token(last + 2).isWordLike()
        && month(doc.token(last + 2).norm()) > 0 && betweenWords.matches(lower(doc.token(last + 3)))) {
      long[] w2 = NumberParser.leadingDigits(doc.token(last + 1).norm());
      if (w2 != null && w2.length == 1 && isDay(w2[0])) {
        m2 = month(doc.token(last + 2).norm());
        secondDay = w2[0];
        last += 3;
      }
    }
    // "14 наурыздан 16 наурызға дейін": from one day to another
    if (secondDay < 0 && monthAt > j && last + 2 < end && ablativeEndings.contains(months.ending(doc.token(monthAt).norm()))
        && doc.token(last).type() == TokenType.NUMBER && doc.token(last + 1).isWordLike()
        && dativeEndings.contains(months.ending(doc.token(last + 1).norm())) && untilWords.matches(lower(doc.token(last + 2)))) {
      long[] w2 = NumberParser.leadingDigits(doc.token(last).norm());
      if (w2 != null && w2.length == 1 && isDay(w2[0])) {
        m2 = month(doc.token(last + 1).norm());
        secondDay = w2[0];
        last += 3;
      }
    }
    if (last < end && dayWords.matches(lower(doc.token(last)))) {
      last++;
    }
    // a year after the month: "28 мамыр 2020 жылы"
    if (year == null && !thisYear && last < end) {
      Num y = number(doc, last, end);
      if (y != null && y.second < 0 && isYear(y.first) && y.next < end && yearWords.matches(lower(doc.token(y.next)))) {
        year = (int) y.first;
        last = skipYearWord(doc, y.next, end);
      }
    }
    if (year == null && year2 != null) {
      year = m2 < m ? year2 - 1 : year2; // "28 желтоқсан – 2025 жылғы 3 қаңтар"
    }
    String v = dayValue(year, m, (int) d.first, m2, secondDay < 0 ? -1 : (int) secondDay, published, year2);
    return v == null ? null : expr(doc, first, last, v, DateExpression.Precision.DAY);
  }

  private static String dayValue(Integer year, int m, int d1, int m2, int d2, LocalDate published) {
    return dayValue(year, m, d1, m2, d2, published, null);
  }

  /**
   * The ISO value of a day or a day range: with a year (stated, or the one nearest the publication
   * date) a full date, else {@code --MM-DD}; a second end before the first is in the next year
   * unless {@code year2} states its own. Null for an impossible day.
   */
  private static String dayValue(Integer year, int m, int d1, int m2, int d2, LocalDate published, Integer year2) {
    if (!validMonthDay(m, d1) || (d2 >= 0 && !validMonthDay(m2, d2))) {
      return null;
    }
    if (year == null && published != null) {
      LocalDate a = nearest(MonthDay.of(m, d1), published);
      if (a == null) {
        return null;
      }
      year = a.getYear();
    }
    if (year == null) {
      String v = String.format(Locale.ROOT, "--%02d-%02d", m, d1);
      return d2 < 0 ? v : v + String.format(Locale.ROOT, "/--%02d-%02d", m2, d2);
    }
    LocalDate a = safeDate(year, m, d1);
    if (a == null) {
      return null;
    }
    if (d2 < 0) {
      return a.toString();
    }
    LocalDate b = safeDate(year2 != null ? year2 : year, m2, d2);
    if (b == null) {
      return null;
    }
    if (b.isBefore(a) && year2 == null) {
      b = b.plusYears(1);
    }
    return a + "/" + b;
  }

  /** The full date with this month-day nearest to {@code published} (previous, same or next year). */
  static LocalDate nearest(MonthDay md, LocalDate published) {
    LocalDate best = null;
    long bestDist = Long.MAX_VALUE;
    for (int y = published.getYear() - 1; y <= published.getYear() + 1; y++) {
      if (!md.isValidYear(y)) {
        continue;
      }
      LocalDate c = md.atYear(y);
      long dist = Math.abs(ChronoUnit.DAYS.between(published, c));
      if (dist < bestDist) {
        best = c;
        bestDist = dist;
      }
    }
    return best;
  }

  private int skipYearWord(AnalyzedText doc, int k, int end) {
    // "ж.ж" may come as several tokens: ж . ж .
    int last = k + 1;
    while (last + 1 < end && doc.token(last).text().equals(".") && doc.token(last).start() == doc.token(last - 1).end()
        && yearWords.matches(lower(doc.token(last + 1))) && doc.token(last + 1).start() == doc.token(last).end()) {
      last += 2;
    }
    if (last < end && doc.token(last).text().equals(".") && doc.token(last).start() == doc.token(last - 1).end()
        && doc.token(last - 1).text().length() <= 3) {
      last++;
    }
    return last;
  }

  private DateExpression numericDate(AnalyzedText doc, int i) {
    Token t = doc.token(i);
    String[] parts = t.norm().split("\\.");
    if (parts.length != 3) {
      return null;
    }
    try {
      int d = Integer.parseInt(parts[0]);
      int m = Integer.parseInt(parts[1]);
      String ys = parts[2].replaceAll("[^0-9].*$", "");
      int y = Integer.parseInt(ys);
      if (parts[0].length() == 4 && ys.length() <= 2) {
        int year = d; // year first: 2025.03.14
        d = y;
        y = year;
      } else if (ys.length() != 4) {
        return null;
      }
      LocalDate date = safeDate(y, m, d);
      return date == null ? null : expr(doc, i, i + 1, date.toString(), DateExpression.Precision.DAY);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static boolean isNumericDate(String s) {
    int dots = 0;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c == '.') {
        dots++;
      } else if (!Character.isDigit(c)) {
        return false;
      }
    }
    return dots == 2;
  }

  /** A number or a range of numbers at token {@code i}: {@code 3-4} as one token or as {@code 3 - 4}. */
  private Num number(AnalyzedText doc, int i, int end) {
    Token t = doc.token(i);
    if (t.type() != TokenType.NUMBER) {
      return null;
    }
    long[] v = NumberParser.leadingDigits(t.norm());
    if (v == null) {
      return null;
    }
    if (v.length == 2) {
      return new Num(v[0], v[1], i + 1);
    }
    if (i + 2 < end && rangeMarks.contains(doc.token(i + 1).norm()) && doc.token(i + 2).type() == TokenType.NUMBER) {
      long[] w = NumberParser.leadingDigits(doc.token(i + 2).norm());
      if (w != null && w.length == 1) {
        return new Num(v[0], w[0], i + 3);
      }
    }
    return new Num(v[0], -1, i + 1);
  }

  private record Num(long first, long second, int next) {}

  private static boolean isYear(long y) {
    return y >= 1000 && y <= 2999;
  }

  private static boolean isDay(long d) {
    return d >= 1 && d <= 31;
  }

  private static boolean validMonthDay(int m, int d) {
    try {
      MonthDay.of(m, d);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  private static LocalDate safeDate(int y, int m, int d) {
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static DateExpression expr(AnalyzedText doc, int first, int last, String value, DateExpression.Precision p) {
    return new DateExpression(first, last, doc.token(first).start(), doc.token(last - 1).end(), value, p);
  }

  private static String lower(Token t) {
    return t.norm().toLowerCase(Locale.ROOT);
  }

  /** Word forms, exact or {@code prefix*}. */
  private static final class Words {
    private final Set<String> exact = new HashSet<>();
    private final List<String> prefixes = new ArrayList<>();

    Words(List<String> forms) {
      for (String f : forms) {
        String l = f.toLowerCase(Locale.ROOT);
        if (l.endsWith("*")) {
          prefixes.add(l.substring(0, l.length() - 1));
        } else {
          exact.add(l);
        }
      }
    }

    boolean matches(String w) {
      if (exact.contains(w)) {
        return true;
      }
      for (String p : prefixes) {
        if (w.startsWith(p)) {
          return true;
        }
      }
      return false;
    }
  }
}
