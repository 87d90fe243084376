package io.github.kazextract.extract.ner;

import io.github.kazextract.KazakhExtractor;
import io.github.kazextract.extract.date.RuleFiles;
import io.github.kazextract.model.Extraction;
import io.github.kazextract.model.Mention;
import io.github.kazextract.model.Organization;
import io.github.kazextract.model.Person;
import io.github.kazextract.model.Place;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Tags pre-tokenized sentences (KazNERD-style CoNLL) with IOB2 classes PERSON, ORGANISATION, GPE,
 * LOCATION, DATE and EVENT. The tokens are joined with single spaces into a text whose offsets are
 * kept; the library's entity recognition runs on that text and every entity mention is mapped back
 * to the tokens it covers. Dates and named events come from {@link DateSpanMatcher} and
 * {@link EventNameMatcher}. When spans overlap the longer one wins (entities before events before
 * dates on a tie). Immutable and thread-safe.
 */
public final class ConllTagger {

  /** The classes this tagger predicts, in KazNERD spelling. */
  /** Lower-case words between an organisation and the job title it belongs to: "« Алстом » компаниясының басқарма басшысы". */
  private static final int POSITION_GAP = 5;

  public static final List<String> CLASSES = List.of("PERSON", "ORGANISATION", "GPE", "LOCATION", "DATE", "EVENT");

  private final KazakhExtractor extractor;
  private final DateSpanMatcher dates;
  private final EventNameMatcher events;
  private final PlaceClasses placeClasses;
  private final List<String[]> outsideClassifiers;
  private final List<String> outsideClasses;
  private final List<String> positionHeads;
  private final java.util.Set<String> givenNames;
  private final java.util.Set<String> personNames;
  private final Endings endings;
  private final java.util.Set<String> namePlaces;
  private final SpanRules spanRules;
  private final FollowingHeads followingHeads;
  private final NameClassifiers nameClassifiers;
  private final NameContext nameContext;
  /** Single-word country and city names (lower case) → KazNERD class. */
  private final java.util.Map<String, String> placeWords;
  private final List<String> insideClassifiers;
  private final List<String[]> routeWords;

  public ConllTagger(KazakhExtractor extractor, DateSpanMatcher dates, EventNameMatcher events, PlaceClasses placeClasses) {
    this(extractor, dates, events, placeClasses, MinedNames.load());
  }

  ConllTagger(KazakhExtractor extractor, DateSpanMatcher dates, EventNameMatcher events, PlaceClasses placeClasses,
      MinedNames mined) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.dates = Objects.requireNonNull(dates, "dates");
    this.events = Objects.requireNonNull(events, "events");
    this.placeClasses = Objects.requireNonNull(placeClasses, "placeClasses");
    List<String[]> rows = RuleFiles.tsv("gazetteer/ner/outside-classifiers.txt");
    this.outsideClassifiers = rows.stream().map(r -> r[0].toLowerCase(Locale.ROOT).split("\\s+")).toList();
    this.outsideClasses = rows.stream().map(r -> r.length > 1 ? r[1] : "NAME").toList();
    this.positionHeads = RuleFiles.lines("gazetteer/ner/absorbing-words.txt").stream()
        .map(l -> l.strip().toLowerCase(Locale.ROOT)).toList();
    java.util.Set<String> given = new java.util.HashSet<>(mined.givenNames());
    RuleFiles.lines("gazetteer/given-names.txt").forEach(l -> given.add(l.strip()));
    this.givenNames = java.util.Set.copyOf(given);
    java.util.Set<String> names = new java.util.HashSet<>(givenNames);
    RuleFiles.lines("gazetteer/surnames.txt").forEach(l -> names.add(l.strip()));
    names.addAll(mined.surnames());
    // names that are also common words or places are left to the recognizer
    for (String[] row : RuleFiles.tsv("gazetteer/ambiguous.txt")) {
      names.remove(row[0]);
    }
    this.personNames = java.util.Set.copyOf(names);
    java.util.Set<String> np = new java.util.HashSet<>();
    for (String[] row : RuleFiles.tsv("gazetteer/ambiguous.txt")) {
      if (row.length > 1 && row[1].equals("NAME_PLACE")) {
        np.add(row[0]);
      }
    }
    this.namePlaces = java.util.Set.copyOf(np);
    this.endings = Endings.load();
    this.spanRules = SpanRules.load(givenNames, endings);
    this.followingHeads = FollowingHeads.load(endings);
    this.nameClassifiers = NameClassifiers.load(endings);
    java.util.Set<String> vocative = new java.util.HashSet<>(givenNames);
    vocative.addAll(mined.commonWordNames());
    java.util.Set<String> surnames = new java.util.HashSet<>(mined.surnames());
    RuleFiles.lines("gazetteer/surnames.txt").forEach(l -> surnames.add(l.strip()));
    this.insideClassifiers = RuleFiles.lines("gazetteer/ner/inside-classifiers.txt").stream()
        .map(l -> l.strip().toLowerCase(Locale.ROOT)).toList();
    this.routeWords = RuleFiles.lines("gazetteer/ner/route-words.txt").stream()
        .map(l -> l.strip().toLowerCase(Locale.ROOT).split("\\s+")).toList();
    java.util.Map<String, String> pw = new java.util.HashMap<>();
    for (var e : io.github.kazextract.extract.gazetteer.Gazetteer.getDefault().places()) {
      if (e.kind() == io.github.kazextract.model.PlaceKind.COUNTRY || e.kind() == io.github.kazextract.model.PlaceKind.CITY) {
        java.util.List<String> forms = new ArrayList<>(e.aliases());
        forms.add(e.name());
        for (String f : forms) {
          if (f.indexOf(' ') < 0) {
            pw.putIfAbsent(f.toLowerCase(Locale.ROOT), "GPE");
          }
        }
      }
    }
    this.placeWords = java.util.Map.copyOf(pw);
    this.nameContext = new NameContext(vocative, surnames, NameContext.loadRoleWords(), spanRules);
  }

  /**
   * The tagger of the {@code ner} command: an extractor whose gazetteer also holds the names mined
   * from KazNERD ({@link MinedNames}), with the bundled date, event and place-class data.
   */
  public static ConllTagger createDefault() {
    MinedNames mined = MinedNames.load();
    Endings endings = Endings.load();
    KazakhExtractor extractor = KazakhExtractor.builder().addGazetteer(mined.gazetteer()).build();
    return new ConllTagger(extractor, DateSpanMatcher.load(endings), EventNameMatcher.load(endings), PlaceClasses.load(), mined);
  }

  /** A tagger over the given extractor with the bundled date, event and place-class data. */
  public static ConllTagger create(KazakhExtractor extractor) {
    Endings endings = Endings.load();
    return new ConllTagger(extractor, DateSpanMatcher.load(endings), EventNameMatcher.load(endings), PlaceClasses.load());
  }

  /** IOB2 tags for one sentence's tokens ({@code B-GPE}, {@code I-GPE}, {@code O}). */
  public List<String> tag(List<String> tokens) {
    return toTags(tokens.size(), spans(tokens));
  }

  /** The labelled spans of one sentence, in token order, not overlapping. */
  public List<NerSpan> spans(List<String> tokens) {
    int n = tokens.size();
    if (n == 0) {
      return List.of();
    }
    StringBuilder text = new StringBuilder();
    int[] starts = new int[n];
    int[] ends = new int[n];
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        text.append(' ');
      }
      starts[i] = text.length();
      text.append(tokens.get(i));
      ends[i] = text.length();
    }
    List<NerSpan> candidates = new ArrayList<>();
    Extraction x = extractor.extract(text.toString());
    for (Person p : x.persons()) {
      for (Mention m : p.mentions()) {
        // role phrases ("Мемлекет басшысы") stand for a person but are not names
        if (isName(m.text())) {
          int before = candidates.size();
          add(candidates, starts, ends, m, "PERSON");
          if (candidates.size() > before) {
            NerSpan c = dropLeadingWord(candidates.get(before), tokens);
            candidates.set(before, c);
            // "[Абай] ескерткішіне", "Гагарин атындағы ... академиясында": the person names a facility
            int gap = c.end() < n && tokens.get(c.end()).equals("атындағы") ? FollowingHeads.MAX_GAP : 0;
            FollowingHeads.Head h = gap == 0 ? followingHeads.at(tokens, c.end()) : followingHeads.after(tokens, c.end());
            if (h != null && !h.label().equals("POSITION") && !h.afterNameOnly()) {
              candidates.set(before, new NerSpan(c.first(), h.end(), h.label()));
            }
          }
        }
      }
    }
    for (Organization o : x.organizations()) {
      for (Mention m : o.mentions()) {
        int before = candidates.size();
        add(candidates, starts, ends, m, "ORGANISATION");
        if (candidates.size() > before) {
          candidates.set(before, insideQuotes(candidates.get(before), tokens));
        }
      }
    }
    for (Place p : x.places()) {
      String cls = placeClasses.classOf(p.kind(), p.name());
      for (Mention m : p.mentions()) {
        int before = candidates.size();
        add(candidates, starts, ends, m, cls);
        if (candidates.size() > before) {
          NerSpan whole = candidates.get(before);
          NerSpan c = trimClassifier(whole, tokens);
          // a bare personal-name place ("Абайдың" without облысы) is the person in KazNERD
          if (c.length() == 1 && isNamePlace(tokens.get(c.first())) && !m.text().contains(" ")) {
            c = new NerSpan(c.first(), c.end(), "PERSON");
          }
          // the head follows the whole mention: "Алатау ауданы | әкімінің орынбасары"
          NerSpan headed = withFollowingHead(whole, p.name(), tokens);
          candidates.set(before, headed.equals(whole) ? c : headed);
        }
      }
    }
    // "Германия компаниясы" is a German company: KazNERD tags the country, not an organisation
    int[] placeEnd = placeEndsByFirst(candidates, n);
    for (int ci = 0; ci < candidates.size(); ci++) {
      NerSpan c = candidates.get(ci);
      if (c.label().equals("ORGANISATION") && c.length() >= 2 && isPlaceThenDescription(c, placeEnd, tokens)) {
        String cls = c.length() == 2 ? countryWord(tokens.get(c.first())) : null;
        candidates.set(ci, new NerSpan(c.first(), c.end() - 1, cls != null ? cls : "DROP"));
      }
    }
    candidates.replaceAll(c -> c.label().equals("ORGANISATION") ? latinNameOnly(c, tokens) : c);
    candidates.replaceAll(c -> c.label().equals("GPE") && c.end() < n && startsWithAny(tokens.get(c.end()), insideClassifiers)
        ? new NerSpan(c.first(), c.end() + 1, "GPE") : c);
    candidates.addAll(routes(candidates, placeEndsByFirst(candidates, n), tokens));
    candidates.addAll(quotedOrLatinNames(tokens));
    // a name before a village, forest or river classifier is a place, not the person it may also name
    List<NerSpan> classified = nameClassifiers.find(tokens);
    // ... and a village named after a river is a village: "Ертіс аулындағы"
    String[] classifiedAt = new String[n];
    for (NerSpan k : classified) {
      java.util.Arrays.fill(classifiedAt, k.first(), k.end(), k.label());
    }
    candidates.removeIf(c -> classifiedAt[c.first()] != null && classifiedAt[c.end() - 1] != null
        && (c.label().equals("PERSON") || c.label().equals("LOCATION") && classifiedAt[c.first()].equals("GPE")));
    candidates.addAll(classified);
    // an organisation or place right before a title word is part of a POSITION: "Үкімет басшысы"
    candidates.removeIf(c -> !c.label().equals("PERSON") && c.end() < n && isPositionHead(tokens.get(c.end())));
    // ... and so is an organisation a few lower-case words before one: "« Нұр Отан » партиясының
    // төрағасы", "Bloomberg компаниясының бас атқарушы директоры"
    candidates.removeIf(c -> c.label().equals("ORGANISATION") && beforePositionHead(c, tokens));
    candidates.addAll(events.find(tokens));
    candidates.addAll(dates.find(tokens));
    candidates.addAll(knownNames(tokens));
    // spans of classes this command does not predict (a FACILITY: "Алматы халықаралық әуежайы", a
    // reservoir) still keep the names inside them from being tagged, then go
    return nameContext.apply(spanRules.apply(resolve(n, candidates), tokens), tokens).stream()
        .filter(c -> CLASSES.contains(c.label())).toList();
  }

  /**
   * A place in the nominative or genitive ("Алматы", "Омбы облысының", "Алматыдағы") followed by a
   * head noun within a few lower-case words is part of a larger name: a FACILITY or POSITION (the
   * label becomes that class and is dropped later) or an ORGANISATION that runs to the head.
   */
  NerSpan withFollowingHead(NerSpan c, String placeName, List<String> tokens) {
    if (!isAttributive(tokens.get(c.end() - 1), placeName)) {
      return c;
    }
    int i = c.end();
    while (i < tokens.size() && i <= c.end() + FollowingHeads.MAX_GAP) {
      FollowingHeads.Head h = followingHeads.at(tokens, i);
      if (h != null && !h.afterNameOnly()) {
        return new NerSpan(c.first(), h.end(), h.label());
      }
      String t = tokens.get(i);
      if (!FollowingHeads.isWord(t) || !Character.isLowerCase(t.codePointAt(0)) && i > c.end() || isClauseWord(t)) {
        return c;
      }
      i++;
    }
    return c;
  }

  /**
   * A Latin-script name with a Kazakh description after it is the name alone, whole: "[Nest
   * Investments Holdings] компаниясы", "[500 Startups] компаниясының".
   */
  NerSpan latinNameOnly(NerSpan org, List<String> tokens) {
    if (org.length() < 2 || !isLatinName(tokens.get(org.end() - 2))) {
      return org;
    }
    FollowingHeads.Head h = followingHeads.at(tokens, org.end() - 1);
    if (h == null || !h.afterNameOnly() || h.end() != org.end()) {
      return org;
    }
    int f = org.end() - 2;
    while (f > 0 && org.end() - 1 - f < 4 && (isLatinName(tokens.get(f - 1)) || isNumber(tokens.get(f - 1)))) {
      f--;
    }
    return new NerSpan(f, org.end() - 1, org.label());
  }

  private static boolean isNumber(String t) {
    return !t.isEmpty() && t.chars().allMatch(Character::isDigit);
  }

  private static boolean startsWithAny(String word, List<String> prefixes) {
    String w = word.toLowerCase(Locale.ROOT);
    for (String p : prefixes) {
      if (w.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Place – Place" before a road word is a FACILITY ("Атырау – Астрахань күрежолын"): a span of
   * that class over both places, so that neither is tagged.
   */
  List<NerSpan> routes(List<NerSpan> candidates, int[] placeEnd, List<String> tokens) {
    List<NerSpan> out = new ArrayList<>();
    for (NerSpan a : candidates) {
      if (!a.label().equals("GPE") && !a.label().equals("LOCATION") || a.end() + 1 >= tokens.size() || !isDash(tokens.get(a.end()))) {
        continue;
      }
      // the second place may be one the gazetteer lacks: any capitalised word
      int end = Math.max(a.end() + 2, placeEnd[a.end() + 1]);
      if (!Character.isUpperCase(tokens.get(a.end() + 1).codePointAt(0)) || end > tokens.size()) {
        continue;
      }
      int k = end < tokens.size() && tokens.get(end).equals("»") ? end + 1 : end;
      if (k < tokens.size() && isRouteWord(tokens, k)) {
        out.add(new NerSpan(a.first(), end, "FACILITY"));
      }
    }
    return out;
  }

  private boolean isRouteWord(List<String> tokens, int k) {
    for (String[] r : routeWords) {
      boolean match = k + r.length <= tokens.size();
      for (int j = 0; j < r.length && match; j++) {
        match = tokens.get(k + j).toLowerCase(Locale.ROOT).startsWith(r[j]);
      }
      if (match) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDash(String t) {
    return t.equals("–") || t.equals("-") || t.equals("—");
  }

  /** For each token, the longest end of a GPE or LOCATION candidate starting there, else -1. */
  private static int[] placeEndsByFirst(List<NerSpan> candidates, int n) {
    int[] end = new int[n + 1];
    Arrays.fill(end, -1);
    for (NerSpan c : candidates) {
      if (c.label().equals("GPE") || c.label().equals("LOCATION")) {
        end[c.first()] = Math.max(end[c.first()], c.end());
      }
    }
    return end;
  }

  /** An organisation that is a place span followed by one NAME-only head ("компаниясы"). */
  private boolean isPlaceThenDescription(NerSpan org, int[] placeEnd, List<String> tokens) {
    FollowingHeads.Head h = followingHeads.at(tokens, org.end() - 1);
    if (h == null || !h.afterNameOnly() || h.end() != org.end()) {
      return false;
    }
    return placeEnd[org.first()] == org.end() - 1 || org.length() == 2 && countryWord(tokens.get(org.first())) != null;
  }

  /** The class of a single-word country or city name, possibly with one ending ("Германия", "Американың"), or null. */
  private String countryWord(String w) {
    String l = w.toLowerCase(Locale.ROOT);
    for (int len = l.length(); len >= 3; len--) {
      String cls = placeWords.get(l.substring(0, len));
      if (cls != null && endings.isSingleEnding(l.substring(len))) {
        return cls;
      }
    }
    return null;
  }

  /** The last word of the place is its name, its genitive or its -дағы form. */
  private static boolean isAttributive(String word, String placeName) {
    String w = word.toLowerCase(Locale.ROOT);
    String name = placeName.toLowerCase(Locale.ROOT);
    String last = name.substring(name.lastIndexOf(' ') + 1);
    if (w.equals(last)) {
      return true;
    }
    int common = 0;
    while (common < Math.min(w.length(), last.length()) && w.charAt(common) == last.charAt(common)) {
      common++;
    }
    String rest = w.substring(Math.min(common, w.length()));
    // the stem may change its last letter before an ending (Қарағанды-ның, Омбы облыс-ының)
    for (String e : new String[] {"ның", "нің", "дың", "дің", "тың", "тің", "ының", "інің", "сының", "сінің",
        "дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі", "ы", "і", "сы", "сі", "ындағы", "індегі"}) {
      if (rest.equals(e) || rest.length() == e.length() + 1 && rest.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  /** Verb forms and conjunctions end the words between a place and its head. */
  private static boolean isClauseWord(String t) {
    String w = t.toLowerCase(Locale.ROOT);
    return w.equals("және") || w.equals("мен") || w.equals("пен") || w.equals("бен") || w.endsWith("ған")
        || w.endsWith("ген") || w.endsWith("қан") || w.endsWith("кен") || w.endsWith("тын") || w.endsWith("тін")
        || w.endsWith("ды") || w.endsWith("ді") || w.endsWith("ты") || w.endsWith("ті") || w.endsWith("ып")
        || w.endsWith("іп") || w.endsWith("да") || w.endsWith("де") || w.endsWith("та") || w.endsWith("те");
  }

  /**
   * A quoted name or a run of Latin-script words right before an organisation head: "« Шипагер »
   * емханасына", "« Даму » кәсіпкерлікті қолдау қоры" (head up to three words on), "PetroRetail
   * серіктестігі". KazNERD tags the name alone.
   */
  List<NerSpan> quotedOrLatinNames(List<String> tokens) {
    List<NerSpan> out = new ArrayList<>();
    for (int i = 1; i < tokens.size(); i++) {
      FollowingHeads.Head h = null;
      for (int k = i; k < tokens.size() && k <= i + 3 && h == null; k++) {
        if (!Character.isLowerCase(tokens.get(k).codePointAt(0))) {
          break;
        }
        h = followingHeads.at(tokens, k);
      }
      if (h == null || !h.label().equals("ORGANISATION")) {
        continue;
      }
      if (tokens.get(i - 1).equals("»")) {
        int open = i - 2;
        while (open >= 0 && i - open <= 8 && !isQuote(tokens.get(open))) {
          open--;
        }
        if (open >= 0 && tokens.get(open).equals("«") && open + 1 < i - 1) {
          out.add(new NerSpan(open + 1, i - 1, "ORGANISATION"));
        }
      } else if (isLatinName(tokens.get(i - 1))) {
        int f = i - 1;
        while (f > 0 && i - f < 4 && isLatinName(tokens.get(f - 1))) {
          f--;
        }
        out.add(new NerSpan(f, i, "ORGANISATION"));
      }
    }
    return out;
  }

  private static boolean isLatinName(String t) {
    if (t.isEmpty() || !Character.isUpperCase(t.codePointAt(0))) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
        return false;
      }
    }
    return true;
  }

  /**
   * Up to five lower-case words or quotes between the span and a lower-case singular position head
   * word ("басшысы", not "басшылары": heads of many are not a POSITION).
   */
  boolean beforePositionHead(NerSpan s, List<String> tokens) {
    for (int i = s.end(); i < tokens.size() && i <= s.end() + POSITION_GAP; i++) {
      String t = tokens.get(i);
      if (isQuote(t)) {
        continue;
      }
      if (t.isEmpty() || !Character.isLowerCase(t.codePointAt(0))) {
        return false;
      }
      if (isPositionHead(t) && !isPluralOrAbstract(t)) {
        return true;
      }
    }
    return false;
  }

  /** Plural (-лар, -дар, -тар) or abstract (-лық) forms after the head stem. */
  private static boolean isPluralOrAbstract(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    for (String m : new String[] {"лар", "лер", "дар", "дер", "тар", "тер", "лығ", "лік", "лық"}) {
      if (w.indexOf(m, 3) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Drops a final classifier KazNERD keeps outside the name: "Қарасай [ауданында]", "Киров [су қоймасы]". */
  NerSpan trimClassifier(NerSpan s, List<String> tokens) {
    for (int ci = 0; ci < outsideClassifiers.size(); ci++) {
      String[] c = outsideClassifiers.get(ci);
      if (s.length() <= c.length) {
        continue;
      }
      boolean match = true;
      for (int k = 0; k < c.length && match; k++) {
        match = tokens.get(s.end() - c.length + k).toLowerCase(Locale.ROOT).startsWith(c[k]);
      }
      if (match) {
        int end = s.end() - c.length;
        String label = outsideClasses.get(ci);
        if (label.equals("NAME") || label.equals("LISTED")) {
          String listed = placeClasses.classOfListed(String.join(" ", tokens.subList(s.first(), end)));
          if (listed == null && label.equals("LISTED")) {
            return s;
          }
          label = listed != null ? listed : s.label();
        }
        return new NerSpan(s.first(), end, label);
      }
    }
    return s;
  }

  /**
   * Fallback for names the recognizer left out: a run of capitalised words that are listed given
   * names or surnames, each possibly with case endings ("Динараның", "Ұлан Нарынбек"). Lowest
   * priority: any recognised entity, event or date over the same words wins.
   */
  List<NerSpan> knownNames(List<String> tokens) {
    List<NerSpan> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int j = i;
      while (j < tokens.size() && isKnownName(tokens.get(j))) {
        j++;
      }
      if (j > i) {
        out.add(new NerSpan(i, j, "PERSON"));
        i = j;
      } else {
        i++;
      }
    }
    return out;
  }

  private boolean isNamePlace(String word) {
    for (int len = word.length(); len >= 2; len--) {
      if (namePlaces.contains(word.substring(0, len)) && endings.isSingleEnding(word.substring(len))) {
        return true;
      }
    }
    return false;
  }

  private boolean isKnownName(String word) {
    if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
      return false;
    }
    for (int len = word.length(); len >= 2; len--) {
      if (personNames.contains(word.substring(0, len)) && endings.isSingleEnding(word.substring(len))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Drops a capitalised word before a given name that is not itself a name: sentence-initial
   * "Әріптесім Гүлжан Марқабаева", "Депутат Жәмила Нұрманбетова".
   */
  NerSpan dropLeadingWord(NerSpan s, List<String> tokens) {
    if (s.length() >= 2 && (nameContext.isRoleWord(tokens.get(s.first())) || !givenNames.contains(tokens.get(s.first()))
        && givenNames.contains(tokens.get(s.first() + 1)))) {
      return new NerSpan(s.first() + 1, s.end(), s.label());
    }
    return s;
  }

  boolean isPositionHead(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    for (String h : positionHeads) {
      if (lower.startsWith(h)) {
        return true;
      }
    }
    return false;
  }

  /** KazNERD tags the quoted name only: "« [Нұр Отан] » партиясы". */
  static NerSpan insideQuotes(NerSpan s, List<String> tokens) {
    if (s.length() < 3 || !isQuote(tokens.get(s.first()))) {
      return s;
    }
    for (int i = s.first() + 2; i < s.end(); i++) {
      if (isQuote(tokens.get(i))) {
        return new NerSpan(s.first() + 1, i, s.label());
      }
    }
    return s;
  }

  private static boolean isQuote(String t) {
    return t.equals("«") || t.equals("»") || t.equals("\"") || t.equals("“") || t.equals("”") || t.equals("„");
  }

  /** Longest span first; on a tie the earlier candidate (entities, then events, then dates). */
  static List<NerSpan> resolve(int n, List<NerSpan> candidates) {
    List<NerSpan> order = new ArrayList<>(candidates);
    order.sort(Comparator.comparingInt(NerSpan::length).reversed()); // stable: keeps source order on ties
    boolean[] taken = new boolean[n];
    List<NerSpan> out = new ArrayList<>();
    for (NerSpan s : order) {
      boolean free = true;
      for (int i = s.first(); i < s.end() && free; i++) {
        free = !taken[i];
      }
      if (free) {
        Arrays.fill(taken, s.first(), s.end(), true);
        out.add(s);
      }
    }
    out.sort(Comparator.comparingInt(NerSpan::first));
    return List.copyOf(out);
  }

  static List<String> toTags(int n, List<NerSpan> spans) {
    String[] tags = new String[n];
    Arrays.fill(tags, "O");
    for (NerSpan s : spans) {
      tags[s.first()] = "B-" + s.label();
      for (int i = s.first() + 1; i < s.end(); i++) {
        tags[i] = "I-" + s.label();
      }
    }
    return List.of(tags);
  }

  /** First and last word capitalised: "Урсула фон дер Ляйен" is a name, "Мемлекет басшысы" is not. */
  private static boolean isName(String text) {
    String t = text.strip();
    int sp = t.lastIndexOf(' ');
    return !t.isEmpty() && Character.isUpperCase(t.codePointAt(0)) && Character.isUpperCase(t.codePointAt(sp + 1));
  }

  /** Adds the span of tokens a mention's offsets overlap. */
  private static void add(List<NerSpan> out, int[] starts, int[] ends, Mention m, String label) {
    int first = -1;
    int end = -1;
    for (int i = 0; i < starts.length; i++) {
      if (starts[i] < m.end() && ends[i] > m.start()) {
        if (first < 0) {
          first = i;
        }
        end = i + 1;
      }
    }
    if (first >= 0) {
      out.add(new NerSpan(first, end, label));
    }
  }
}
