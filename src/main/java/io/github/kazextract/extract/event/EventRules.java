package io.github.kazextract.extract.event;

import io.github.kazextract.extract.date.RuleFiles;
import io.github.kazextract.model.EventFormat;
import io.github.kazextract.model.EventType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The event rule files of {@code models/extract/events/}: word classes, triggers per type with
 * flags, format wording, sentence markers and case endings. Immutable; load once with
 * {@link #getDefault()} or build from other rows for custom rules.
 */
public final class EventRules {

  /** One trigger rule; {@code priority} is its line order (lower wins overlaps). */
  public record Trigger(EventType type, Set<String> flags, EventFormat format, TokenPattern pattern, int priority) {
    public boolean has(String flag) {
      return flags.contains(flag);
    }
  }

  /** One format wording rule. */
  public record FormatRule(EventFormat format, TokenPattern pattern) {}

  private static volatile EventRules defaultInstance;

  private final Map<String, List<String>> classes;
  private final PatternIndex<Trigger> triggerIndex = new PatternIndex<>();
  private final PatternIndex<FormatRule> formatIndex = new PatternIndex<>();
  private final PatternIndex<String> markerIndex = new PatternIndex<>();
  private final Map<String, java.util.function.Predicate<String>> compiledClasses;
  private final List<Trigger> triggers;
  private final List<FormatRule> formats;
  private final Map<String, List<TokenPattern>> markers;
  private final Map<String, String> titles;
  /** Ethnonym (lower case) → country name (lower case): фин → финляндия. */
  private final Map<String, String> ethnonyms;
  private final boolean usesLemmas;
  /** Case endings, longest first. */
  private final List<String[]> caseEndings;

  public EventRules(List<String[]> classRows, List<String[]> triggerRows, List<String[]> formatRows,
      List<String[]> markerRows, List<String[]> caseRows) {
    this(classRows, triggerRows, formatRows, markerRows, caseRows, List.of());
  }

  /** @param titleRows bare title form and the role head it refers to ({@code titles.tsv}) */
  public EventRules(List<String[]> classRows, List<String[]> triggerRows, List<String[]> formatRows,
      List<String[]> markerRows, List<String[]> caseRows, List<String[]> titleRows) {
    this(classRows, triggerRows, formatRows, markerRows, caseRows, titleRows, List.of());
  }

  /** @param ethnonymRows ethnonym and the country it stands for before a word for a side ({@code ethnonyms.tsv}) */
  public EventRules(List<String[]> classRows, List<String[]> triggerRows, List<String[]> formatRows,
      List<String[]> markerRows, List<String[]> caseRows, List<String[]> titleRows, List<String[]> ethnonymRows) {
    Map<String, String> en = new HashMap<>();
    for (String[] r : ethnonymRows) {
      en.put(r[0].toLowerCase(Locale.ROOT), r[1].toLowerCase(Locale.ROOT));
    }
    this.ethnonyms = Map.copyOf(en);
    Map<String, String> tt = new HashMap<>();
    for (String[] r : titleRows) {
      tt.put(r[0].toLowerCase(Locale.ROOT), r[1].toLowerCase(Locale.ROOT));
    }
    this.titles = Map.copyOf(tt);
    Map<String, List<String>> c = new LinkedHashMap<>();
    for (String[] r : classRows) {
      c.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r[1].toLowerCase(Locale.ROOT));
    }
    c.replaceAll((k, v) -> List.copyOf(v));
    this.classes = Map.copyOf(c);
    Map<String, java.util.function.Predicate<String>> cc = new HashMap<>();
    c.forEach((k, v) -> cc.put(k, TokenPattern.compile(v)));
    this.compiledClasses = Map.copyOf(cc);
    List<Trigger> t = new ArrayList<>();
    for (String[] r : triggerRows) {
      EventType type = EventType.valueOf(r[0]);
      EventFormat fmt = null;
      java.util.HashSet<String> flags = new java.util.HashSet<>();
      if (!r[1].equals("-")) {
        for (String f : r[1].split(",")) {
          f = f.strip();
          if (f.startsWith("format=")) {
            fmt = EventFormat.valueOf(f.substring(7));
          } else {
            flags.add(f);
          }
        }
      }
      t.add(new Trigger(type, Set.copyOf(flags), fmt, TokenPattern.parse(r[2], classes), t.size()));
    }
    this.triggers = List.copyOf(t);
    for (Trigger tr : triggers) {
      triggerIndex.add(tr.pattern(), tr);
    }
    List<FormatRule> f = new ArrayList<>();
    for (String[] r : formatRows) {
      FormatRule fr = new FormatRule(EventFormat.valueOf(r[0]), TokenPattern.parse(r[1], classes));
      f.add(fr);
      formatIndex.add(fr.pattern(), fr);
    }
    this.formats = List.copyOf(f);
    Map<String, List<TokenPattern>> m = new HashMap<>();
    for (String[] r : markerRows) {
      TokenPattern tp = TokenPattern.parse(r[1], classes);
      m.computeIfAbsent(r[0], k -> new ArrayList<>()).add(tp);
      markerIndex.add(tp, r[0]);
    }
    m.replaceAll((k, v) -> List.copyOf(v));
    this.markers = Map.copyOf(m);
    List<String[]> ce = new ArrayList<>();
    for (String[] r : caseRows) {
      ce.add(new String[] {r[0], r[1].toLowerCase(Locale.ROOT)});
    }
    ce.sort(Comparator.comparingInt((String[] x) -> -x[1].length()));
    this.caseEndings = List.copyOf(ce);
    boolean lem = false;
    for (List<String[]> rows : List.of(classRows, triggerRows, formatRows, markerRows)) {
      for (String[] r : rows) {
        lem |= r[r.length - 1].contains("~");
      }
    }
    this.usesLemmas = lem;
  }

  /** True when some trigger, format or marker pattern matches by lemma ({@code ~lemma}). */
  public boolean usesLemmas() {
    return usesLemmas;
  }

  /** The bundled rules, loaded once. */
  public static EventRules getDefault() {
    EventRules r = defaultInstance;
    if (r == null) {
      synchronized (EventRules.class) {
        r = defaultInstance;
        if (r == null) {
          String d = "extract/events/";
          r = new EventRules(RuleFiles.tsv(d + "classes.tsv"), RuleFiles.tsv(d + "triggers.tsv"),
              RuleFiles.tsv(d + "formats.tsv"), RuleFiles.tsv(d + "markers.tsv"), RuleFiles.tsv(d + "case-endings.tsv"),
              RuleFiles.tsv(d + "titles.tsv"), RuleFiles.tsv(d + "ethnonyms.tsv"));
          defaultInstance = r;
        }
      }
    }
    return r;
  }

  public List<Trigger> triggers() {
    return triggers;
  }

  PatternIndex<Trigger> triggerIndex() {
    return triggerIndex;
  }

  PatternIndex<FormatRule> formatIndex() {
    return formatIndex;
  }

  PatternIndex<String> markerIndex() {
    return markerIndex;
  }

  public List<FormatRule> formats() {
    return formats;
  }

  public List<TokenPattern> markers(String name) {
    return markers.getOrDefault(name, List.of());
  }

  /** True when {@code word} (lower case) is a form of word class {@code name}. */
  public boolean inClass(String name, String word) {
    java.util.function.Predicate<String> p = compiledClasses.get(name);
    return p != null && p.test(word);
  }

  /** The country (lower case) an ethnonym stands for before a word for a side ({@code фин} → {@code финляндия}), or null. */
  public String countryOfEthnonym(String word) {
    return ethnonyms.get(word);
  }

  /** The role head a bare title form stands for ({@code министрмен} → {@code министр}), or null. */
  public String titleHead(String word) {
    return titles.get(word);
  }

  /** True when {@code word} (lower case) ends with one of the forms of class {@code name}. */
  public boolean endsWithClass(String name, String word) {
    for (String e : classes.getOrDefault(name, List.of())) {
      if (word.length() > e.length() + 1 && word.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code word} without the longest form of class {@code name} it ends with (at least two letters
   * left before it), or null when it ends with none.
   */
  public String stripClassEnding(String name, String word) {
    String best = null;
    for (String e : classes.getOrDefault(name, List.of())) {
      if (word.length() > e.length() + 1 && word.endsWith(e) && (best == null || e.length() > best.length())) {
        best = e;
      }
    }
    return best == null ? null : word.substring(0, word.length() - best.length());
  }

  /** The case an ending names ({@code ты} → ACC), {@code NOM} for none, or null when unknown. */
  public String caseOfEnding(String ending) {
    if (ending.isEmpty()) {
      return "NOM";
    }
    for (String[] e : caseEndings) {
      if (e[1].equals(ending)) {
        return e[0];
      }
    }
    return null;
  }

  /** The case a word's last ending names ({@code басшысына} → DAT), or NOM when it ends in none. */
  public String caseOfWordEnding(String word) {
    for (String[] e : caseEndings) {
      // a one-letter ending only after the possessive (басшысын, Президентіне)
      if (word.endsWith(e[1]) && word.length() > e[1].length() + 2) {
        char before = word.charAt(word.length() - e[1].length() - 1);
        boolean afterPossessive = before == 'ы' || before == 'і' || before == 'с';
        // two-letter accusatives (ті) look like the possessive of a role head (Президенті): skipped
        boolean ambiguous = e[1].length() == 2 && (e[0].equals("LOC") || e[0].equals("DAT") || e[0].equals("ACC"));
        if (e[1].length() >= 3 || (e[1].length() == 2 && !ambiguous) || afterPossessive) {
          return e[0];
        }
      }
    }
    return "NOM";
  }
}
