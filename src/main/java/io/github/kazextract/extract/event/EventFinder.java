package io.github.kazextract.extract.event;

import io.github.kazextract.extract.EntityKind;
import io.github.kazextract.extract.EntityMention;
import io.github.kazextract.extract.EntityResult;
import io.github.kazextract.extract.date.DateExpression;
import io.github.kazextract.extract.date.DateParser;
import io.github.kazextract.extract.stat.GroupStatParser;
import io.github.kazextract.model.Event;
import io.github.kazextract.model.EventFormat;
import io.github.kazextract.model.EventType;
import io.github.kazextract.model.Mention;
import io.github.kazextract.morph.Analysis;
import io.github.kazextract.pipeline.AnalyzedText;
import io.github.kazextract.token.Token;
import io.github.kazextract.token.TokenType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Finds events sentence by sentence: trigger rules give candidates with a type; the sentence's
 * entity mentions (by case: who is the subject, who the object, which place is the destination or
 * the venue), date expressions, format wording and quoted titles fill them; candidates then merge
 * into the latest compatible event of their type (one event per occurrence), anaphoric references
 * only complete an earlier event, and invitations survive only when accepted. Bare titles
 * ({@code министр}) and country adjectives before a word for the other side ({@code финляндиялық
 * тарап}) stand for the person holding that title or a role of that country; persons speaking right
 * after a gathering take part in it. Stateless; one pass.
 */
public final class EventFinder {

  private final EventRules rules;
  private final DateParser dates;

  public EventFinder(EventRules rules, DateParser dates) {
    this.rules = Objects.requireNonNull(rules);
    this.dates = Objects.requireNonNull(dates);
  }

  public EventFinder() {
    this(EventRules.getDefault(), DateParser.getDefault());
  }

  /** A mention with the grammatical case read off its ending. */
  record Ment(EntityMention m, String gcase) {
    EntityKind kind() {
      return m.kind();
    }

    String name() {
      return m.name();
    }

    int at() {
      return m.tokenStart();
    }
  }

  /** One trigger match in a sentence. */
  record Hit(EventRules.Trigger rule, int[] tokens) {
    int first() {
      return tokens[0];
    }

    int last() {
      return tokens[tokens.length - 1];
    }
  }

  /** An event being assembled. */
  static final class Ev {
    final EventType type;
    final LinkedHashSet<String> persons = new LinkedHashSet<>();
    final LinkedHashSet<String> others = new LinkedHashSet<>();
    /** Persons added only because the sentence spoke of "the parties" (Тараптар ... қол қойды). */
    final Set<String> byParties = new java.util.HashSet<>();
    String initiator;
    String date;
    EventFormat format;
    String title;
    String location;
    Mention trigger;
    boolean invite;
    boolean accepted;
    String conferrer;
    /** Conferred by a decree (Жарлығымен), not presented at the ceremony the text reports. */
    boolean byDecree;
    int touched;
    /** Paragraph where the event was last spoken of. */
    int paragraph;
    /** Paragraph where the event was first spoken of. */
    int createdParagraph = -1;
    /** Announced for later (өтеді, өтетінін): speeches that follow are not made at it. */
    boolean future;
    /** Created by the headline: a one-sentence first paragraph of a longer text. */
    boolean fromHeadline;

    Ev(EventType type) {
      this.type = type;
    }

    boolean sharesParticipant(Ev o) {
      for (String p : o.persons) {
        if (persons.contains(p)) {
          return true;
        }
      }
      for (String p : o.others) {
        if (others.contains(p)) {
          return true;
        }
      }
      return false;
    }

    boolean hasParticipants() {
      return !persons.isEmpty() || !others.isEmpty();
    }

    Event toEvent() {
      List<String> parts = new ArrayList<>();
      if (type == EventType.AWARD && conferrer != null) {
        parts.add(conferrer);
      }
      if (type == EventType.SIGNING || type == EventType.FORUM) {
        parts.addAll(persons.isEmpty() ? others : persons);
      } else if (type == EventType.CHAIRMANSHIP) {
        parts.addAll(others);
      } else {
        parts.addAll(persons);
      }
      List<String> dedup = new ArrayList<>(new LinkedHashSet<>(parts));
      return new Event(type, dedup, initiator, date, format, title, location, trigger);
    }
  }

  /** Everything known about the sentence being read. */
  private final class Sent {
    final AnalyzedText doc;
    final int a;
    final int b;
    final List<String> words;
    final List<String> lemmas;
    List<Ment> ments;
    final LocalDate published;
    int paragraph;

    Sent(AnalyzedText doc, int a, int b, List<Ment> ments, LocalDate published, List<String> docWords,
        List<String> docLemmas) {
      this.doc = doc;
      this.a = a;
      this.b = b;
      this.ments = ments;
      this.published = published;
      this.words = docWords.subList(a, b);
      this.lemmas = docLemmas.subList(a, b);
    }

    private int[] clause;
    private List<DateExpression> dateExprs;
    private List<int[]> formatSpans;
    private List<EventFormat> formatValues;
    private List<int[]> quotes;

    /** The date expressions of the sentence that can date an event (computed on first use). */
    List<DateExpression> dateExprs() {
      if (dateExprs == null) {
        List<DateExpression> ds = new ArrayList<>();
        for (DateExpression d : dates.find(doc, a, b, published)) {
          if (d.precision() == DateExpression.Precision.MONTH) {
            continue;
          }
          if (d.tokenEnd() < b && markerAt("NOT_DATE", d.tokenEnd() - a) > 0) {
            continue;
          }
          ds.add(d);
        }
        dateExprs = ds;
      }
      return dateExprs;
    }

    List<EventFormat> formatValues() {
      if (formatValues == null) {
        formatSpans = new ArrayList<>();
        formatValues = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
          for (Object[] m : rules.formatIndex().matchAt(words, lemmas, i)) {
            int[] hit = (int[]) m[1];
            formatSpans.add(new int[] {a + hit[0], a + hit[hit.length - 1]});
            formatValues.add(((EventRules.FormatRule) m[0]).format());
          }
        }
      }
      return formatValues;
    }

    List<int[]> quotes() {
      if (quotes == null) {
        quotes = quoteSpans(doc, a, b);
      }
      return quotes;
    }

    private java.util.Map<String, int[]> markerPositions;

    /** Sorted absolute positions where a {@code name} marker starts (all markers found in one scan). */
    int[] markerPositions(String name) {
      if (markerPositions == null) {
        java.util.Map<String, List<Integer>> pos = new java.util.HashMap<>();
        for (int i = 0; i < words.size(); i++) {
          for (Object[] m : rules.markerIndex().matchAt(words, lemmas, i)) {
            List<Integer> l = pos.computeIfAbsent((String) m[0], k -> new ArrayList<>());
            if (l.isEmpty() || l.get(l.size() - 1) != a + i) {
              l.add(a + i);
            }
          }
        }
        markerPositions = new java.util.HashMap<>();
        pos.forEach((k, v) -> markerPositions.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
      }
      return markerPositions.getOrDefault(name, new int[0]);
    }

    /** Length of a {@code name} marker match at sentence-relative index {@code i}, or 0. */
    int markerAt(String name, int i) {
      for (TokenPattern p : rules.markers(name)) {
        int[] h = p.matchAt(words, lemmas, i);
        if (h != null) {
          return h[h.length - 1] - i + 1;
        }
      }
      return 0;
    }

    /** Absolute index of the first {@code name} marker in {@code [from, to)}, or -1. */
    int findMarker(String name, int from, int to) {
      int[] pos = markerPositions(name);
      int k = java.util.Arrays.binarySearch(pos, Math.max(from, a));
      if (k < 0) {
        k = -k - 1;
      }
      return k < pos.length && pos[k] < Math.min(to, b) ? pos[k] : -1;
    }

    int clauseOf(int tok) {
      if (clause == null) {
        clause = new int[b - a];
        int c = 0;
        for (int i = a; i < b; i++) {
          String w = words.get(i - a);
          clause[i - a] = c;
          if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals("–") || w.equals("—")) {
            c++;
          }
        }
      }
      return clause[tok - a];
    }

    boolean inFormat(int tok) {
      formatValues();
      for (int[] s : formatSpans) {
        if (tok >= s[0] && tok <= s[1]) {
          return true;
        }
      }
      return false;
    }
  }

  public List<Event> extract(AnalyzedText doc, EntityResult entities, LocalDate published) {
    // the word forms the rules match, lower-cased once per document; lemmas only when a rule reads them
    List<String> docWords = new ArrayList<>(doc.size());
    for (int i = 0; i < doc.size(); i++) {
      docWords.add(matchForm(doc.token(i).norm()));
    }
    List<String> docLemmas;
    if (rules.usesLemmas()) {
      docLemmas = new ArrayList<>(doc.size());
      for (int i = 0; i < doc.size(); i++) {
        String l = doc.analyses().get(i).isEmpty() ? null : doc.analyses().get(i).get(0).lemma();
        docLemmas.add(l == null ? null : l.toLowerCase(Locale.ROOT));
      }
    } else {
      docLemmas = java.util.Collections.nCopies(doc.size(), null);
    }
    List<EntityMention> all = new ArrayList<>(entities.mentions());
    all.addAll(bareTitles(doc, entities, docWords));
    all.addAll(sideMentions(doc, entities, docWords));
    all.sort(Comparator.comparingInt(EntityMention::tokenStart));
    List<Ment> ments = new ArrayList<>();
    for (int k = 0; k < all.size(); k++) {
      ments.add(new Ment(all.get(k), caseOf(doc, all.get(k))));
    }
    coordinate(doc, ments);
    State st = new State();
    String datelineDate = null;
    int mi = 0;
    int para = 0;
    List<AnalyzedText.TokenRange> paras = doc.paragraphs();
    List<AnalyzedText.TokenRange> sentences = GroupStatParser.sentences(doc);
    st.headline = paras.size() >= 2 && sentences.size() >= 2 && sentences.get(1).first() >= paras.get(0).end();
    for (AnalyzedText.TokenRange r : sentences) {
      while (mi < ments.size() && ments.get(mi).at() < r.first()) {
        mi++;
      }
      while (para < paras.size() && paras.get(para).end() <= r.first()) {
        para++;
      }
      List<Ment> sm = new ArrayList<>();
      for (int k = mi; k < ments.size() && ments.get(k).at() < r.end(); k++) {
        if (ments.get(k).m().tokenEnd() <= r.end()) {
          sm.add(ments.get(k));
        }
      }
      Sent sent = new Sent(doc, r.first(), r.end(), sm, published, docWords, docLemmas);
      sent.paragraph = para;
      List<Ev> touched = sentence(sent, st);
      // "Астана, 4 наурыз. Kazinform – X Y-ті қабылдады": the lead reports what happened on the dateline's day
      if (datelineDate != null && !dates.hasRelativeDay(doc, sent.a, sent.b)) { // "Кеше ..." is the day before
        for (Ev e : touched) {
          if (e.date == null && !e.future) {
            e.date = datelineDate;
          }
        }
      }
      datelineDate = dateline(sent);
    }
    List<Event> out = new ArrayList<>();
    for (Ev e : st.events) {
      if (e.invite && !e.accepted) {
        continue;
      }
      if (e.type == EventType.AWARD) {
        if (e.conferrer == null) {
          e.conferrer = st.ceremonyConferrer;
        }
        if (e.date == null && !e.byDecree) {
          e.date = st.ceremonyDate;
        }
      }
      if ((e.type == EventType.VISIT && !e.hasParticipants() && e.location == null)) {
        continue;
      }
      out.add(e.toEvent());
    }
    return List.copyOf(out);
  }

  private static final class State {
    final List<Ev> events = new ArrayList<>();
    int clock;
    /** The text opens with a headline: a first paragraph of one sentence, more paragraphs after it. */
    boolean headline;
    String ceremonyConferrer;
    String ceremonyDate;

    final java.util.EnumMap<EventType, Ev> latestByType = new java.util.EnumMap<>(EventType.class);
    final java.util.Map<String, Ev> personal = new java.util.HashMap<>();
    Ev latestTalks;
    /** The latest talks a talks noun named (өткен келіссөздерде): what "Келіссөздер қорытындысы бойынша" means. */
    Ev latestNamedTalks;
    Ev latestAny;
    Ev latestInvite;
    /** The latest gathering, talks, visit or signing: what a following speech is made at. */
    Ev latestScene;
    int paragraph;

    Ev latest(EventType type) {
      return latestByType.get(type);
    }

    Ev latestTalks() {
      return latestTalks;
    }

    void touch(Ev e) {
      e.touched = ++clock;
      e.paragraph = paragraph;
      if (e.type == EventType.FORUM || e.type == EventType.MEETING || e.type == EventType.PHONE_CALL
          || e.type == EventType.VISIT || e.type == EventType.SIGNING) {
        latestScene = e;
      }
      latestByType.put(e.type, e);
      latestAny = e;
      if ((e.type == EventType.MEETING || e.type == EventType.PHONE_CALL) && !e.persons.isEmpty()) {
        latestTalks = e;
      }
      // "Министрлер ... келісті" after "X пен Y меморандумға қол қойды" in a text with no talks: the
      // signatories are the parties (where talks were held, their parties stay the parties)
      if (e.type == EventType.SIGNING && e.persons.size() >= 2 && (latestTalks == null || latestTalks.type == EventType.SIGNING)) {
        latestTalks = e;
      }
      if (e.invite && !e.accepted) {
        latestInvite = e;
      }
    }
  }

  /** Reads one sentence into the state; returns the events it created or spoke of. */
  private List<Ev> sentence(Sent s, State st) {
    st.paragraph = s.paragraph;
    s.ments = withoutSources(s);
    List<Hit> hits = triggers(s);
    boolean anyStrong = hits.stream().anyMatch(h -> !h.rule().has("ref"));
    long strongCount = hits.stream().filter(h -> !h.rule().has("ref")).count();
    List<Ev> touchedHere = new ArrayList<>();
    for (Hit h : hits) {
      EventRules.Trigger rule = h.rule();
      EventType type = rule.type();
      boolean ref = rule.has("ref");
      if (ref && s.findMarker("NEW", h.first() - 2, h.first()) >= 0) {
        continue; // "келесі кездесуді Астанада өткізу": another, later occurrence, not the one spoken of
      }
      if (ref && venueParticipleBefore(s, h)) {
        continue; // "Астанада өтетін ... кездесуіне қатысады": a gathering held elsewhere, not the one spoken of
      }
      if (ref && anyStrong) {
        Ev target = st.latest(type);
        if (target != null) {
          touchedHere.add(target);
        }
        continue;
      }
      Ev c = new Ev(type);
      c.trigger = mention(s.doc, h.first(), h.last());
      c.invite = rule.has("invite");
      c.date = dateFor(s, h, strongCount <= 1);
      if (rule.has("visitor=next") && hits.stream().anyMatch(o -> o.first() > h.last() && !o.rule().has("ref"))) {
        c.date = null; // "X 24 қарашада сапармен келген Y-пен кездесті": the date is the main verb's
      }
      c.format = rule.format() != null ? rule.format() : formatFor(s);
      c.location = locationFor(s, h, type == EventType.VISIT);
      c.title = titleFor(s, h);
      fillParticipants(s, h, c, st);
      boolean attend = rule.has("attend");
      if (type == EventType.AWARD) {
        award(s, h, c, st, touchedHere);
        continue;
      }
      if (type == EventType.APPOINTMENT) {
        appointment(c, st, touchedHere);
        continue;
      }
      if (rule.has("pair") && c.persons.size() < 2) {
        if (!rule.has("else-ref")) {
          continue;
        }
        ref = true; // "Кездесу 17 маусымда Ақордада өтті": the meeting already named, now dated
      }
      if (type == EventType.CHAIRMANSHIP && c.others.isEmpty()) {
        ref = true;
      }
      boolean fresh = false;
      for (int t : h.tokens()) {
        if (s.findMarker("NEW", t - 3, t) >= 0) {
          fresh = true;
        }
      }
      boolean same = s.findMarker("SAME", s.a, h.first()) >= 0;
      Ev target = null;
      if (ref) {
        target = st.latest(type);
        if (target == null) {
          continue;
        }
      } else if (!fresh) {
        Ev last = st.latest(type);
        if (last != null && compatible(last, c, same)) {
          target = last;
        }
      }
      if (ref) {
        c.others.clear(); // a reference adds people, not holding bodies
      }
      if (attend && (target == null || target.createdParagraph != s.paragraph)) {
        // those attending a meeting are not its parties, unless the paragraph that announces the
        // meeting names them (its composition: "Кездесуге ... Елшісі X қатысты")
        c.persons.clear();
      }
      if (target == null) {
        c.createdParagraph = s.paragraph;
        c.fromHeadline = s.paragraph == 0 && st.headline;
        c.future = future(s, h);
        st.events.add(c);
        st.touch(c);
        touchedHere.add(c);
      } else {
        merge(target, c);
        st.touch(target);
        touchedHere.add(target);
      }
      Ev done = target == null ? c : target;
      if (type == EventType.MEETING && !done.persons.isEmpty() && talksNounIn(s, h.first(), h.last() + 1)) {
        st.latestNamedTalks = done;
      }
    }
    // the person named with "бастамашы болды" initiated the event the sentence speaks of
    int init = st.latestAny == null ? -1 : s.findMarker("INITIATOR", s.a, s.b);
    if (init >= 0 && foundedThing(s, init)) {
      init = -1;
    }
    if (init >= 0) {
      Ev target = !touchedHere.isEmpty() ? touchedHere.get(0) : latestAny(st);
      String who = nearestPerson(s, init);
      if (target != null && who != null && target.initiator == null) {
        target.initiator = who;
      }
    }
    if (hits.isEmpty()) {
      speakers(s, st);
      delegationLeader(s, st);
    }
    if (st.latestInvite != null && !st.latestInvite.accepted && s.findMarker("ACCEPT", s.a, s.b) >= 0) {
      st.latestInvite.accepted = true;
    }
    return touchedHere;
  }

  /**
   * Bare titles (министр, министрмен) standing for the person most recently mentioned with a role
   * of that title, as role mentions of that person.
   */
  private List<EntityMention> bareTitles(AnalyzedText doc, EntityResult entities, List<String> words) {
    List<EntityMention> out = new ArrayList<>();
    if (entities.persons().isEmpty()) {
      return out;
    }
    boolean[] covered = new boolean[doc.size() + 1];
    java.util.Map<Integer, EntityMention> personAt = new java.util.HashMap<>();
    for (EntityMention m : entities.mentions()) {
      for (int k = Math.max(0, m.tokenStart()); k < Math.min(doc.size(), m.tokenEnd()); k++) {
        covered[k] = true;
      }
      if (m.kind() == EntityKind.PERSON) {
        personAt.putIfAbsent(m.tokenStart(), m);
      }
    }
    java.util.Map<String, java.util.TreeMap<Integer, String>> byHead = new java.util.HashMap<>();
    for (int i = 0; i < doc.size(); i++) {
      Token t = doc.token(i);
      if (covered[i] || !t.isWordLike()) {
        continue;
      }
      String head = rules.titleHead(words.get(i));
      if (head == null || personAt.containsKey(i + 1)) {
        continue; // not a title, or an apposition (министр Айдарбек Сапаров)
      }
      // mentions of the persons holding a role with that head, by start (built once per head)
      java.util.TreeMap<Integer, String> holders = byHead.computeIfAbsent(head, hd -> {
        java.util.TreeMap<Integer, String> m = new java.util.TreeMap<>();
        for (io.github.kazextract.model.Person p : entities.persons()) {
          boolean titled = false;
          for (String r : p.roles()) {
            String last = r.toLowerCase(Locale.ROOT);
            titled |= last.substring(last.lastIndexOf(' ') + 1).startsWith(hd);
          }
          if (titled) {
            p.mentions().forEach(pm -> m.put(pm.start(), p.name()));
          }
        }
        return m;
      });
      java.util.Map.Entry<Integer, String> prev = holders.lowerEntry(t.start());
      String who = prev == null ? null : prev.getValue();
      if (who != null) {
        out.add(new EntityMention(EntityKind.PERSON, who, null, i, i + 1, t.start(), t.end(), true));
      }
    }
    return out;
  }

  /** The day of a dateline sentence ("Астана, 4 наурыз."): a city, a comma, one day date and nothing else; else null. */
  private String dateline(Sent s) {
    if (s.ments.size() != 1 || s.b - s.a < 4) {
      return null;
    }
    Ment city = s.ments.get(0);
    if (city.kind() != EntityKind.PLACE || !"CITY".equals(city.m().subtype()) || city.at() != s.a
        || !",".equals(s.words.get(city.m().tokenEnd() - s.a))) {
      return null;
    }
    List<DateExpression> ds = s.dateExprs();
    if (ds.size() != 1 || ds.get(0).precision() != DateExpression.Precision.DAY || ds.get(0).isRange()
        || ds.get(0).tokenStart() != city.m().tokenEnd() + 1) {
      return null;
    }
    int end = ds.get(0).tokenEnd();
    return end == s.b || end + 1 == s.b && ".".equals(s.words.get(end - s.a)) ? ds.get(0).value() : null;
  }

  /** An announced gathering: the trigger's last word is a future form (өтеді, өтпек, өтетінін). */
  private boolean future(Sent s, Hit h) {
    // the verb ends the trigger (Сессия ... өтеді) or, as a participle, opens it (өтетін саммит)
    return rules.inClass("FUTURE", s.words.get(h.last() - s.a)) || rules.inClass("FUTURE", s.words.get(h.first() - s.a));
  }

  /**
   * "X ... атады" right after a gathering (same or next paragraph, nothing else happening in the
   * sentence): the persons speaking there take part in it.
   */
  private void speakers(Sent s, State st) {
    Ev scene = st.latestScene;
    if (scene == null || scene.type != EventType.FORUM || scene.future || s.paragraph - scene.paragraph > 1) {
      return;
    }
    for (Ment m : s.ments) {
      if (m.kind() == EntityKind.PERSON && scene.persons.contains(m.name())) {
        scene.paragraph = s.paragraph; // the text still speaks of those at the gathering
      }
    }
    int verb = -1;
    for (int i = s.words.size() - 1; i >= 0 && verb < 0; i--) {
      if (rules.inClass("SPEECH", s.words.get(i))) {
        verb = s.a + i;
      }
    }
    if (verb < 0) {
      return;
    }
    boolean added = false;
    for (Ment m : s.ments) {
      if (m.kind() == EntityKind.PERSON && m.gcase().equals("NOM") && m.at() < verb) {
        added |= scene.persons.add(m.name());
      }
    }
    if (added) {
      scene.paragraph = s.paragraph; // the speeches go on
    }
  }

  /**
   * "финляндиялық тарап", "қазақстандық әріптесін": a country adjective before a word for the
   * other side stands for the person whose role names that country (Финляндия Президенті).
   */
  private List<EntityMention> sideMentions(AnalyzedText doc, EntityResult entities, List<String> words) {
    List<EntityMention> out = new ArrayList<>();
    if (entities.persons().isEmpty()) {
      return out;
    }
    java.util.Map<String, java.util.TreeMap<Integer, String>> byCountry = new java.util.HashMap<>();
    for (int i = 0; i + 1 < doc.size(); i++) {
      String w = words.get(i);
      char lastChar = w.isEmpty() ? ' ' : w.charAt(w.length() - 1);
      String ethnonymCountry = rules.countryOfEthnonym(w); // фин тарапы: the Finnish side
      if (lastChar != 'қ' && lastChar != 'к' && ethnonymCountry == null) {
        continue; // every country-adjective ending (-лық, -дік, ...) ends so
      }
      Token t = doc.token(i);
      if (!t.isWordLike()) {
        continue;
      }
      String stem = ethnonymCountry != null ? ethnonymCountry : rules.stripClassEnding("COUNTRY_ADJ_END", words.get(i));
      // "моңғол парламентінің басшысы": after an ethnonym (not an adjective in -лық/-тік, which
      // "мемлекеттік концернінің төрағасы" also has), a body in the genitive and a word for its head
      int last = i + 1;
      if (ethnonymCountry != null && !rules.inClass("SIDE", words.get(i + 1)) && i + 2 < doc.size() && rules.endsWithClass("GENITIVE_END", words.get(i + 1))
          && rules.inClass("SIDE_HEAD", words.get(i + 2))) {
        last = i + 2;
      }
      if (stem == null || stem.length() < 4 || last == i + 1 && !rules.inClass("SIDE", words.get(i + 1))) {
        continue;
      }
      // mentions of the persons whose role names that country, by start (built once per country)
      java.util.TreeMap<Integer, String> holders = byCountry.computeIfAbsent(stem, st -> {
        java.util.TreeMap<Integer, String> m = new java.util.TreeMap<>();
        for (io.github.kazextract.model.Person p : entities.persons()) {
          boolean ofCountry = false;
          for (String r : p.roles()) {
            ofCountry |= r.toLowerCase(Locale.ROOT).startsWith(st);
          }
          if (ofCountry) {
            p.mentions().forEach(pm -> m.putIfAbsent(pm.start(), p.name()));
          }
        }
        return m;
      });
      // the holder mentioned last before the phrase, else the first one mentioned
      java.util.Map.Entry<Integer, String> prev = holders.lowerEntry(t.start());
      String who = prev != null ? prev.getValue() : holders.isEmpty() ? null : holders.firstEntry().getValue();
      if (who != null) {
        Token next = doc.token(last);
        out.add(new EntityMention(EntityKind.PERSON, who, null, i, last + 1, t.start(), next.end(), true));
      }
    }
    return out;
  }

  /** "X-тің бастамасымен құрылған ұйым": the initiative founded a thing, not the event spoken of. */
  private boolean foundedThing(Sent s, int init) {
    int k = init - s.a + s.markerAt("INITIATOR", init - s.a);
    if (k + 1 >= s.words.size()) {
      return false;
    }
    if (!rules.endsWithClass("PARTICIPLE_END", s.words.get(k))) {
      return false;
    }
    // the noun phrase the participle modifies (a few words, up to punctuation) names no event
    for (int j = k + 1; j < Math.min(s.words.size(), k + 6); j++) {
      String w = s.words.get(j);
      if (rules.inClass("EVENTNOUN", w)) {
        return false;
      }
      if (w.equals(",") || w.equals(".") || w.equals(";")) {
        break;
      }
    }
    return true;
  }

  /** The mentions minus the news source of an attribution (деп хабарлайды Kazinform). */
  private static List<Ment> withoutSources(Sent s) {
    if (s.ments.isEmpty()) {
      return s.ments; // nothing to drop: spare the marker scan
    }
    int after = s.findMarker("SOURCE_AFTER", s.a, s.b);
    int before = s.findMarker("SOURCE_BEFORE", s.a, s.b);
    if (after < 0 && before < 0) {
      return s.ments;
    }
    List<Ment> out = new ArrayList<>();
    for (Ment m : s.ments) {
      boolean source = false;
      if (m.kind() != EntityKind.PLACE) {
        source = after >= 0 && m.at() > after && s.clauseOf(m.at()) == s.clauseOf(after);
        int end = m.m().tokenEnd();
        source |= before >= 0 && end <= before && before - end <= 3 && s.clauseOf(m.at()) == s.clauseOf(before);
      }
      if (!source) {
        out.add(m);
      }
    }
    return out;
  }

  private static Ev latestAny(State st) {
    return st.latestAny;
  }

  /**
   * Spoken of only in the headline, with nobody named: the body tells the same story in full, so
   * its place wins (headline "Жамбыл облысында ... келісімге қол қойылды", body "Астанада ... қол қойды").
   */
  private static boolean headlineOnly(Ev e) {
    return e.fromHeadline && e.paragraph == 0 && !e.hasParticipants();
  }

  private static boolean compatible(Ev e, Ev c, boolean same) {
    boolean placeConflict = conflict(e.location, c.location) && !headlineOnly(e);
    if (conflict(e.date, c.date) || placeConflict || conflict(e.title, c.title)
        || remoteConflict(e.format, c.format)) {
      return false;
    }
    if (same || e.type == EventType.FORUM) {
      return true;
    }
    if (e.type == EventType.CHAIRMANSHIP) {
      return e.others.equals(c.others);
    }
    if ((e.type == EventType.MEETING || e.type == EventType.PHONE_CALL) && e.persons.size() >= 2
        && c.persons.size() >= 2 && !e.persons.containsAll(c.persons) && !c.persons.containsAll(e.persons)) {
      return false; // the same person meeting someone else: another meeting
    }
    return !e.hasParticipants() || !c.hasParticipants() || e.sharesParticipant(c);
  }

  /** One in person, the other remote (online, video, phone): two different occurrences. */
  private static boolean remoteConflict(EventFormat x, EventFormat y) {
    return x != null && y != null && (x == EventFormat.IN_PERSON) != (y == EventFormat.IN_PERSON);
  }

  private static boolean conflict(String x, String y) {
    return x != null && y != null && !x.equals(y);
  }

  private static void merge(Ev into, Ev c) {
    if (headlineOnly(into) && c.location != null) {
      into.location = c.location;
    }
    // SIGNING: the named signatories, else the parties ("тараптар келісімге қол қойды. Құжатқа X пен Y қол қойды")
    boolean signing = into.type == EventType.SIGNING;
    List<String> named = c.persons.stream().filter(p -> !c.byParties.contains(p)).toList();
    long intoNamed = into.persons.stream().filter(p -> !into.byParties.contains(p)).count();
    if (signing && named.size() >= 2) {
      into.persons.removeIf(p -> into.byParties.contains(p) && !named.contains(p));
      into.byParties.retainAll(into.persons);
    }
    for (String p : c.persons) {
      boolean party = c.byParties.contains(p);
      if (signing && party && intoNamed >= 2) {
        continue;
      }
      if (into.persons.add(p)) {
        if (party) {
          into.byParties.add(p);
        }
      } else if (!party) {
        into.byParties.remove(p);
      }
    }
    into.others.addAll(c.others);
    if (into.date == null) {
      into.date = c.date;
    }
    if (into.format == null) {
      into.format = c.format;
    }
    if (into.location == null) {
      into.location = c.location;
    }
    if (into.title == null) {
      into.title = c.title;
    }
    if (into.initiator == null) {
      into.initiator = c.initiator;
    }
    if (into.invite && !c.invite) {
      into.accepted = true; // the event the invitation was for takes place
    }
  }

  private void award(Sent s, Hit h, Ev c, State st, List<Ev> touchedHere) {
    EventRules.Trigger rule = h.rule();
    List<String> awardees = new ArrayList<>();
    String conferrer = null;
    for (Ment m : s.ments) {
      if (m.kind() != EntityKind.PERSON) {
        continue;
      }
      boolean nom = m.gcase().equals("NOM");
      if (rule.has("recipient")) {
        if (m.gcase().equals("DAT")) {
          awardees.add(m.name());
        }
      } else if (rule.has("awardee")) {
        if (nom) {
          awardees.add(m.name());
        }
      } else if (rule.has("object")) {
        if (m.gcase().equals("ACC")) {
          awardees.add(m.name());
        } else if (nom && conferrer == null) {
          conferrer = m.name();
        }
      } else {
        if (m.gcase().equals("DAT")) {
          awardees.add(m.name());
        } else if (nom && conferrer == null) {
          conferrer = m.name();
        }
      }
    }
    if (awardees.isEmpty() && rule.has("recipient")) {
      // a passive without a dative recipient names the awardee in the nominative
      s.ments.stream().filter(m -> m.kind() == EntityKind.PERSON && m.gcase().equals("NOM")).forEach(m -> awardees.add(m.name()));
    }
    boolean byDecree = false;
    if (conferrer == null) {
      // "Мемлекет басшысының Жарлығымен ... марапатталды": the one whose decree confers the awards
      for (Ment m : s.ments) {
        int end = m.m().tokenEnd();
        if (m.kind() == EntityKind.PERSON && m.gcase().equals("GEN") && s.findMarker("DECREE", end, end + 4) >= 0) {
          conferrer = m.name();
          byDecree = true;
          break;
        }
      }
    }
    // several awards in one sentence ("«Құрмет» орденімен X, «Парасат» орденімен Y"): each
    // awardee's title is the award named last before them
    List<int[]> titleAt = new ArrayList<>();
    List<String> titleText = new ArrayList<>();
    for (int[] q : s.quotes()) {
      String t = awardTitle(s, q);
      if (t != null) {
        titleAt.add(q);
        titleText.add(t);
      }
    }
    if (awardees.isEmpty()) {
      // a ceremony: its presenter and date apply to every award presented at it
      if (conferrer != null && st.ceremonyConferrer == null) {
        st.ceremonyConferrer = conferrer;
      }
      if (c.date != null && st.ceremonyDate == null) {
        st.ceremonyDate = c.date;
      }
      return;
    }
    for (String a : new LinkedHashSet<>(awardees)) {
      if (a.equals(conferrer) || a.equals(st.ceremonyConferrer)) {
        continue; // the presenter is not an awardee
      }
      String title = c.title;
      if (titleText.size() > 1) {
        int at = -1;
        for (Ment m : s.ments) {
          if (m.name().equals(a) && at < 0) {
            at = m.at();
          }
        }
        for (int k = 0; k < titleAt.size(); k++) {
          if (titleAt.get(k)[1] < at) {
            title = titleText.get(k);
          }
        }
      }
      Ev target = st.personal.get("AWARD\t" + a);
      if (target != null && conflict(target.title, title)) {
        target = null;
      }
      if (target == null) {
        target = new Ev(EventType.AWARD);
        target.trigger = c.trigger;
        target.persons.add(a);
        st.events.add(target);
        st.personal.put("AWARD\t" + a, target);
      }
      if (target.conferrer == null) {
        target.conferrer = conferrer;
      }
      target.byDecree |= byDecree;
      if (target.date == null) {
        target.date = c.date;
      }
      if (target.title == null) {
        target.title = title;
      }
      if (target.location == null) {
        target.location = c.location;
      }
      st.touch(target);
      touchedHere.add(target);
    }
  }

  private static void appointment(Ev c, State st, List<Ev> touchedHere) {
    for (String p : c.persons) {
      Ev target = st.personal.get("APPOINTMENT\t" + p);
      if (target == null) {
        target = new Ev(EventType.APPOINTMENT);
        target.trigger = c.trigger;
        target.persons.add(p);
        target.date = c.date;
        target.location = c.location;
        st.events.add(target);
        st.personal.put("APPOINTMENT\t" + p, target);
      } else if (target.date == null) {
        target.date = c.date;
      }
      st.touch(target);
      touchedHere.add(target);
    }
  }

  /** Participants by type: who takes part, read from the cases of the sentence's mentions. */
  private void fillParticipants(Sent s, Hit h, Ev c, State st) {
    EventRules.Trigger rule = h.rule();
    EventType type = rule.type();
    List<Ment> persons = new ArrayList<>();
    for (Ment m : s.ments) {
      if (m.kind() == EntityKind.PERSON) {
        persons.add(m);
      }
    }
    if ((type == EventType.MEETING || type == EventType.PHONE_CALL) && !rule.has("ref")) {
      // "X-пен келіссөздерден кейін ... Y-пен кездесті": X is the partner of the earlier talks
      persons.removeIf(m -> asidePartner(s, m, h));
    }
    switch (type) {
      case PHONE_CALL, MEETING -> {
        persons.forEach(m -> c.persons.add(m.name()));
        // "Сапардың бөлігі X-пен келіссөздерге арналды": only the partner is named (comitative); the
        // other party is whoever the text's latest event is about
        if (type == EventType.MEETING && !rule.has("ref") && persons.size() == 1
            && persons.get(0).gcase().equals("INS") && st.latestAny != null
            && !st.latestAny.persons.isEmpty()) {
          String subject = st.latestAny.persons.iterator().next();
          if (!c.persons.contains(subject)) {
            List<String> keep = new ArrayList<>(c.persons);
            c.persons.clear();
            c.persons.add(subject);
            c.persons.addAll(keep);
          }
        }
      }
      case VISIT -> {
        if (rule.has("visitor=next")) {
          persons.stream().filter(m -> m.at() > h.last()).findFirst().ifPresent(m -> c.persons.add(m.name()));
        } else if (rule.has("invite")) {
          persons.stream().filter(m -> m.gcase().equals("ACC")).forEach(m -> c.persons.add(m.name()));
        } else {
          persons.stream().filter(m -> m.gcase().equals("NOM") && m.at() < h.first()).forEach(m -> c.persons.add(m.name()));
        }
      }
      case FORUM, SIGNING -> {
        // "Y-ті Анкарада өтетін саммитке шақырды": invited to it, the one inviting does not attend
        boolean invitedTo = s.findMarker("INVITED", h.last() + 1, h.last() + 2) >= 0;
        String want = rule.has("invite") || invitedTo ? "ACC" : "NOM";
        // "X сессия 2026 жылы өтетінін хабарлады": X reports the gathering, X is not at it
        boolean reported = type == EventType.FORUM && rules.inClass("REPORTED", s.words.get(h.last() - s.a));
        persons.stream().filter(m -> m.gcase().equals(want) && (!reported || m.at() > h.first()))
            .forEach(m -> c.persons.add(m.name()));
        if (type == EventType.SIGNING && !c.persons.isEmpty()) {
          // "X Y-пен келісімге қол қойды": the partner in the comitative signs too
          persons.stream().filter(m -> m.gcase().equals("INS") && m.at() < h.first()).forEach(m -> c.persons.add(m.name()));
        }
        if (c.persons.isEmpty() && !rule.has("invite")) {
          for (Ment m : s.ments) {
            if (m.kind() == EntityKind.ORGANIZATION && !m.m().byRole()
                && (m.gcase().equals("NOM") || (type == EventType.FORUM && m.gcase().equals("LOC")))) {
              c.others.add(m.name());
            }
          }
        }
      }
      case APPOINTMENT -> {
        String want = rule.has("object") ? "ACC" : "NOM";
        persons.stream().filter(m -> m.gcase().equals(want)).forEach(m -> c.persons.add(m.name()));
      }
      case CHAIRMANSHIP -> {
        Ment best = chairAfterParticiple(s, h);
        int bestDist = best == null ? Integer.MAX_VALUE : -1;
        for (Ment m : s.ments) {
          if (m.kind() != EntityKind.PLACE || m.m().byRole() || s.clauseOf(m.at()) != s.clauseOf(h.first())) {
            continue;
          }
          if (m.m().subtype() != null && !m.m().subtype().equals("COUNTRY")) {
            continue;
          }
          if (m.gcase().equals("ABL")) {
            continue; // "төрағалық Қазақстаннан Әзірбайжанға өтті": the one handing over
          }
          // the receiving country (dative) is the chair before any other country of the clause
          int d = Math.abs(m.at() - h.first()) + (m.gcase().equals("DAT") ? 0 : 1000);
          if (d < bestDist) {
            best = m;
            bestDist = d;
          }
        }
        if (best != null) {
          c.others.add(best.name());
        }
      }
      default -> { }
    }
    // "Тараптар", "екі ел Президенттері": the parties of the talks the text is about
    if (type != EventType.CHAIRMANSHIP && type != EventType.APPOINTMENT && type != EventType.AWARD
        && !rule.has("invite") && s.findMarker("PARTIES", s.a, s.b) >= 0
        // "Тараптар Бакуде өтетін АӨСШК саммитіне дайындықты талқылады": a gathering the parties talk
        // about, held elsewhere, is not one they attend
        && !(type == EventType.FORUM && discussedGathering(s, h))) {
      Ev talks = st.latestTalks();
      // "Келіссөздер қорытындысы бойынша Мемлекет басшылары": the parties of the talks so named, not
      // of a later meeting
      if (st.latestNamedTalks != null && talksNounIn(s, s.a, h.first())) {
        talks = st.latestNamedTalks;
      }
      if (talks != null) {
        for (String who : talks.persons) {
          if (c.persons.add(who)) {
            c.byParties.add(who);
          }
        }
      }
    }
  }

  /** Whether a talks noun (TALKSNOUN: келіссөздер) stands among tokens {@code [from, to)}. */
  private boolean talksNounIn(Sent s, int from, int to) {
    for (int k = Math.max(from, s.a); k < to && k < s.b; k++) {
      if (rules.inClass("TALKSNOUN", s.words.get(k - s.a))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "төрағалық етіп отырған Мальта Сыртқы істер министрі": the country right after the participle
   * (CHAIRHOLDER words skipped) holds the chair, though it opens a title.
   */
  private Ment chairAfterParticiple(Sent s, Hit h) {
    int k = h.last() + 1;
    while (k < s.b && rules.inClass("CHAIRHOLDER", s.words.get(k - s.a))) {
      k++;
    }
    if (k == h.last() + 1) {
      return null;
    }
    for (Ment m : s.ments) {
      // the participle modifies the country whatever its case (Мальта reads as a locative -та)
      if (m.at() == k && m.kind() == EntityKind.PLACE && "COUNTRY".equals(m.m().subtype())) {
        return m;
      }
    }
    return null;
  }

  /**
   * A person in the comitative right before an event noun that an ASIDE word follows, before the
   * trigger ("Лыонг Кыонгпен келіссөздерден кейін"): the partner of another, earlier event.
   */
  private boolean asidePartner(Sent s, Ment m, Hit h) {
    int noun = m.m().tokenEnd();
    return m.gcase().equals("INS") && noun + 1 < h.first() && rules.inClass("EVENTNOUN", s.words.get(noun - s.a))
        && s.markerAt("ASIDE", noun + 1 - s.a) > 0;
  }

  private String nearestPerson(Sent s, int tok) {
    Ment best = null;
    for (Ment m : s.ments) {
      if (m.kind() == EntityKind.PERSON && (best == null || Math.abs(m.at() - tok) < Math.abs(best.at() - tok))) {
        best = m;
      }
    }
    return best == null ? null : best.name();
  }

  /** The date in the trigger's clause, else (when the sentence has one event) in the sentence. */
  private String dateFor(Sent s, Hit h, boolean sentenceWide) {
    DateExpression best = null;
    int bestDist = Integer.MAX_VALUE;
    for (DateExpression d : s.dateExprs()) {
      boolean sameClause = false;
      for (int t : h.tokens()) {
        sameClause |= s.clauseOf(d.tokenStart()) == s.clauseOf(t);
      }
      if (!sameClause && !sentenceWide) {
        continue;
      }
      int dist = Math.abs(d.tokenStart() - h.first()) + (sameClause ? 0 : 1000);
      if (dist < bestDist) {
        best = d;
        bestDist = dist;
      }
    }
    return best == null ? null : best.value();
  }

  private EventFormat formatFor(Sent s) {
    return s.formatValues().isEmpty() ? null : s.formatValues().get(0);
  }

  /** A visit's destination is the place in the dative; other events take the place in the locative. */
  private String locationFor(Sent s, Hit h, boolean destination) {
    Ment best = null;
    int bestScore = Integer.MAX_VALUE;
    for (Ment m : s.ments) {
      if (m.kind() != EntityKind.PLACE || m.m().byRole()) {
        continue;
      }
      if (!m.gcase().equals(destination ? "DAT" : "LOC")) {
        continue;
      }
      int after = m.m().tokenEnd();
      if (!destination && venueOfOtherGathering(s, h, after)) {
        continue; // "Кездесу соңында ... Вашингтонда өтетін жиынға қатысу": the venue of another gathering
      }
      boolean sameClause = false;
      for (int t : h.tokens()) {
        sameClause |= s.clauseOf(m.at()) == s.clauseOf(t);
      }
      // a venue is a city before it is a region or an administrative unit
      String kind = m.m().subtype();
      int rank = "CITY".equals(kind) ? 0 : "COUNTRY".equals(kind) || kind == null ? 1 : 2;
      int score = Math.abs(m.at() - h.first()) + (sameClause ? 0 : 1000) + (destination ? 0 : rank * 10000);
      if (score < bestScore) {
        best = m;
        bestScore = score;
      }
    }
    return best == null ? null : best.name();
  }

  /**
   * Whether a venue participle at {@code p} (өтетін, өткен) modifies a gathering noun that is not the
   * trigger's: "Римде өткен сессиясына қатысты" places the event itself, "Кездесуде ... Вашингтонда
   * өтетін жиынға қатысу талқыланды" another gathering.
   */
  private boolean venueOfOtherGathering(Sent s, Hit h, int p) {
    if (p >= s.b || inTrigger(h, p) || !rules.inClass("VENUE_PARTICIPLE", s.words.get(p - s.a))) {
      return false;
    }
    for (int k = p + 1; k < Math.min(s.b, p + 7); k++) {
      String w = s.words.get(k - s.a);
      if (rules.inClass("FORUM", w) || rules.inClass("EVENTNOUN", w)) {
        return !inTrigger(h, k);
      }
    }
    return false;
  }

  /** A venue participle (өтетін, өткен) among the few words before a reference's noun. */
  /**
   * "X делегациямен кездесті. Делегацияны Y бастап келді": right after a meeting with one named
   * party, the leader of the delegation is the other party.
   */
  private void delegationLeader(Sent s, State st) {
    Ev meeting = st.latestAny;
    if (meeting == null || meeting.type != EventType.MEETING || meeting.persons.size() != 1
        || s.paragraph != meeting.paragraph) {
      return;
    }
    int at = s.findMarker("LEADS", s.a, s.b);
    String who = at < 0 ? null : nearestPerson(s, at);
    if (who != null) {
      meeting.persons.add(who);
      st.touch(meeting);
    }
  }

  /** "Бакуде өтетін АӨСШК саммитіне дайындықты талқылады": a gathering held elsewhere that nobody here is said to attend. */
  private boolean discussedGathering(Sent s, Hit h) {
    if (!venueParticipleBefore(s, h) && !rules.inClass("VENUE_PARTICIPLE", s.words.get(h.first() - s.a))) {
      return false;
    }
    for (int k = h.last() + 1; k < Math.min(s.b, h.last() + 3); k++) {
      if (rules.inClass("ATTEND", s.words.get(k - s.a))) {
        return false;
      }
    }
    return true;
  }

  private boolean venueParticipleBefore(Sent s, Hit h) {
    for (int k = Math.max(s.a, h.first() - 5); k < h.first(); k++) {
      String w = s.words.get(k - s.a);
      if (w.equals(",") || w.equals(".")) {
        return false;
      }
      if (rules.inClass("VENUE_PARTICIPLE", w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean inTrigger(Hit h, int tok) {
    for (int t : h.tokens()) {
      if (t == tok) {
        return true;
      }
    }
    return false;
  }

  /** The award a quotation names when an award noun follows it («Құрмет» орденімен), or null. */
  private String awardTitle(Sent s, int[] q) {
    int close = q[1];
    for (int k = close + 1; k <= Math.min(s.b - 1, close + 3); k++) {
      if (rules.inClass("AWARD", s.words.get(k - s.a))) {
        String t = s.doc.text().substring(s.doc.token(q[0]).end(), s.doc.token(close).start()).strip();
        return t.isEmpty() ? null : t.replaceAll("\\s+", " ");
      }
    }
    return null;
  }

  /** A quoted name right before the event noun (forum, award, signed document). */
  private String titleFor(Sent s, Hit h) {
    EventType type = h.rule().type();
    for (int[] q : s.quotes()) {
      int close = q[1];
      if (namesOrganization(s, q)) {
        continue; // «Uzbek Invest» ЖШҚ арасында меморандумға қол қойылды: a party, not the document
      }
      int reach = close + 3;
      for (int k = close + 1; k <= Math.min(s.b - 1, reach); k++) {
        String w = s.words.get(k - s.a);
        if (rules.inClass("NAMED", w)) {
          reach++; // «Каспий: Еуразия транзиттік торабы» атты халықаралық көлік форумы
          continue;
        }
        boolean noun = switch (type) {
          case FORUM -> rules.inClass("FORUM", w) || rules.inClass("FORUMLOC", w);
          case AWARD -> rules.inClass("AWARD", w);
          case SIGNING -> k == h.first() || (k < h.first() && h.first() - close <= 4);
          default -> false;
        };
        if (noun) {
          String t = s.doc.text().substring(s.doc.token(q[0]).end(), s.doc.token(close).start()).strip();
          return t.isEmpty() ? null : t.replaceAll("\\s+", " ");
        }
      }
    }
    return null;
  }

  /** Whether the quotation {open, close} is (inside) an organisation mention: «Қазақтелеком» АҚ. */
  private static boolean namesOrganization(Sent s, int[] q) {
    for (Ment m : s.ments) {
      if (m.kind() == EntityKind.ORGANIZATION && m.at() <= q[0] + 1 && m.m().tokenEnd() >= q[1]) {
        return true;
      }
    }
    return false;
  }

  private List<Hit> triggers(Sent s) {
    List<Hit> all = new ArrayList<>();
    for (int i = 0; i < s.words.size(); i++) {
      for (Object[] m0 : rules.triggerIndex().matchAt(s.words, s.lemmas, i)) {
        EventRules.Trigger t = (EventRules.Trigger) m0[0];
        int[] m = (int[]) m0[1];
        int[] abs = new int[m.length];
        for (int k = 0; k < m.length; k++) {
          abs[k] = m[k] + s.a;
        }
        if (t.type() == EventType.FORUM && s.inFormat(abs[0]) && s.words.get(i).indexOf('-') < 0) {
          continue; // "бейне конференция форматында" is a format, not a conference (an онлайн-форум is one)
        }
        if (!t.has("ref") && abs.length > 1 && i + 1 < s.words.size() && s.markerAt("FRAME", i + 1) > 0) {
          continue; // "Отырыс соңында ... төрағалық ететіні": the noun frames the sentence, it is no subject
        }
        if (t.type() == EventType.FORUM && chairAfterParticiple(s, new Hit(t, abs)) != null) {
          continue; // "Жиынды ... төрағалық етіп отырған Мальта": a country chairs the organisation, no one the gathering
        }
        if (t.has("welcome") && s.findMarker("ARRIVAL", s.a, s.b) >= 0) {
          continue; // "Әуежайда X-ті Y қарсы алды": a greeting on arrival, not talks
        }
        if (i + 1 < s.words.size() && s.markerAt("ASIDE", i + 1) > 0) {
          continue; // "Саммит қарсаңында", "Келіссөздерден кейін": another time than the event's
        }
        all.add(new Hit(t, abs));
      }
    }
    all.sort(Comparator.comparingInt((Hit x) -> x.rule().priority()).thenComparingInt(Hit::first));
    Set<Integer> used = new java.util.HashSet<>();
    List<Hit> chosen = new ArrayList<>();
    for (Hit x : all) {
      boolean free = true;
      for (int t : x.tokens()) {
        free &= !used.contains(t);
      }
      if (free) {
        for (int t : x.tokens()) {
          used.add(t);
        }
        chosen.add(x);
      }
    }
    chosen.sort(Comparator.comparingInt(Hit::first));
    return chosen;
  }

  /** Lower case, with a leading number and hyphen removed (80-сессиясында → сессиясында). */
  static String matchForm(String norm) {
    String w = norm.toLowerCase(Locale.ROOT);
    int k = 0;
    while (k < w.length() && Character.isDigit(w.charAt(k))) {
      k++;
    }
    if (k > 0 && k + 1 < w.length() && (w.charAt(k) == '-' || w.charAt(k) == '–') && Character.isLetter(w.charAt(k + 1))) {
      return w.substring(k + 1);
    }
    return w;
  }

  private static Mention mention(AnalyzedText doc, int first, int last) {
    Token a = doc.token(first);
    Token b = doc.token(last);
    return new Mention(a.start(), b.end(), doc.text().substring(a.start(), b.end()));
  }

  /** Token ranges {open, close} of quotations inside the sentence («…», “…”, "…"). */
  static List<int[]> quoteSpans(AnalyzedText doc, int a, int b) {
    List<int[]> out = new ArrayList<>();
    int open = -1;
    int depth = 0;
    boolean straight = false;
    for (int i = a; i < b; i++) {
      Token t = doc.token(i);
      if (t.type() != TokenType.QUOTE && !isQuote(t.text())) {
        continue;
      }
      String q = t.text();
      if (q.equals("«") || q.equals("“") || q.equals("„")) {
        if (depth == 0) {
          open = i;
          straight = false;
        }
        depth++;
      } else if (q.equals("»") || q.equals("”")) {
        if (depth > 0 && --depth == 0 && !straight) {
          out.add(new int[] {open, i});
        }
      } else if (q.equals("\"")) {
        if (depth == 0) {
          open = i;
          depth = 1;
          straight = true;
        } else if (straight) {
          depth = 0;
          out.add(new int[] {open, i});
        }
      }
    }
    return out;
  }

  private static boolean isQuote(String s) {
    return s.equals("«") || s.equals("»") || s.equals("“") || s.equals("”") || s.equals("„") || s.equals("\"");
  }

  /**
   * The case of a mention: for a name, from what follows its canonical form in the text
   * ({@code Тоқаевты} after {@code Тоқаев}); for a role phrase, from the morphology's Case feature
   * or else the ending of its last word.
   */
  private String caseOf(AnalyzedText doc, EntityMention m) {
    if (m.tokenEnd() <= 0 || m.tokenEnd() > doc.size()) {
      return "NOM";
    }
    Token last = doc.token(m.tokenEnd() - 1);
    if (!last.suffix().isEmpty()) {
      String c = rules.caseOfEnding(last.suffix().toLowerCase(Locale.ROOT));
      return c == null ? "OTHER" : c;
    }
    String w = last.norm().toLowerCase(Locale.ROOT);
    if (m.byRole()) {
      for (Analysis an : doc.analyses().get(m.tokenEnd() - 1)) {
        String c = an.feature("Case");
        if (c != null && !c.isEmpty()) {
          return switch (c) {
            case "Nom" -> "NOM";
            case "Gen" -> "GEN";
            case "Acc" -> "ACC";
            case "Dat" -> "DAT";
            case "Loc" -> "LOC";
            case "Abl" -> "ABL";
            case "Ins" -> "INS";
            default -> "OTHER";
          };
        }
        break;
      }
      return rules.caseOfWordEnding(w);
    }
    String name = m.name().toLowerCase(Locale.ROOT);
    String lastName = name.substring(name.lastIndexOf(' ') + 1);
    int k = 0;
    while (k < w.length() && k < lastName.length() && w.charAt(k) == lastName.charAt(k)) {
      k++;
    }
    if (k < Math.min(lastName.length(), w.length()) - 2 || k == 0) {
      // the text's word is not a form of the canonical last word (a different word order)
      return rules.caseOfWordEnding(w);
    }
    String ending = w.substring(Math.min(k, w.length()));
    if (k < lastName.length() && ending.length() > 1) {
      // a stem change (Ердоған/Ердоғанның is regular; Мәскеу/Мәскеуге too): keep the full ending
      String c = rules.caseOfEnding(ending);
      return c != null ? c : rules.caseOfWordEnding(w);
    }
    String c = rules.caseOfEnding(ending);
    return c == null ? rules.caseOfWordEnding(w) : c;
  }

  /** In "X пен Y-ның" both names carry Y's case: propagate it right to left across a conjunction. */
  private static void coordinate(AnalyzedText doc, List<Ment> ments) {
    for (int k = ments.size() - 2; k >= 0; k--) {
      Ment x = ments.get(k);
      Ment y = ments.get(k + 1);
      if (!x.gcase().equals("NOM") || x.kind() != y.kind()) {
        continue;
      }
      int gapStart = x.m().tokenEnd();
      int gapEnd = y.m().tokenStart();
      if (gapEnd - gapStart != 1 || gapStart >= doc.size()) {
        continue;
      }
      String c = doc.token(gapStart).norm().toLowerCase(Locale.ROOT);
      if (c.equals("мен") || c.equals("пен") || c.equals("бен") || c.equals("және")) {
        ments.set(k, new Ment(x.m(), y.gcase()));
      }
    }
  }
}
