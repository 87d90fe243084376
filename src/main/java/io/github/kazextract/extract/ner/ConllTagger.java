package io.github.kazextract.extract.ner;

import io.github.kazextract.KazakhExtractor;
import io.github.kazextract.model.Extraction;
import io.github.kazextract.model.Mention;
import io.github.kazextract.model.Organization;
import io.github.kazextract.model.Person;
import io.github.kazextract.model.Place;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
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
  public static final List<String> CLASSES = List.of("PERSON", "ORGANISATION", "GPE", "LOCATION", "DATE", "EVENT");

  private final KazakhExtractor extractor;
  private final DateSpanMatcher dates;
  private final EventNameMatcher events;
  private final PlaceClasses placeClasses;

  public ConllTagger(KazakhExtractor extractor, DateSpanMatcher dates, EventNameMatcher events, PlaceClasses placeClasses) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.dates = Objects.requireNonNull(dates, "dates");
    this.events = Objects.requireNonNull(events, "events");
    this.placeClasses = Objects.requireNonNull(placeClasses, "placeClasses");
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
          add(candidates, starts, ends, m, "PERSON");
        }
      }
    }
    for (Organization o : x.organizations()) {
      for (Mention m : o.mentions()) {
        add(candidates, starts, ends, m, "ORGANISATION");
      }
    }
    for (Place p : x.places()) {
      String cls = placeClasses.classOf(p.kind(), p.name());
      for (Mention m : p.mentions()) {
        add(candidates, starts, ends, m, cls);
      }
    }
    candidates.addAll(events.find(tokens));
    candidates.addAll(dates.find(tokens));
    return resolve(n, candidates);
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
