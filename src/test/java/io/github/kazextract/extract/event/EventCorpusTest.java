package io.github.kazextract.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kazextract.extract.EntityKind;
import io.github.kazextract.extract.EntityMention;
import io.github.kazextract.extract.EntityResult;
import io.github.kazextract.extract.date.RuleFiles;
import io.github.kazextract.extract.date.TestDocs;
import io.github.kazextract.model.Event;
import io.github.kazextract.pipeline.AnalyzedText;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the example corpus of the event rules ({@code models/extract/events/corpus.txt}). */
class EventCorpusTest {

  static final EventFinder FINDER = new EventFinder();

  record Case(String markup, List<String> expected, java.time.LocalDate published) {
    @Override
    public String toString() {
      return markup.length() > 60 ? markup.substring(0, 60) : markup;
    }
  }

  static Stream<Arguments> corpus() {
    List<Case> cases = new ArrayList<>();
    String text = null;
    List<String> exp = new ArrayList<>();
    java.time.LocalDate published = null;
    for (String l : RuleFiles.lines("extract/events/corpus.txt")) {
      if (l.startsWith("text: ")) {
        if (text != null) {
          cases.add(new Case(text, exp, published));
        }
        text = l.substring(6);
        exp = new ArrayList<>();
        published = null;
      } else if (l.startsWith("published: ")) {
        published = java.time.LocalDate.parse(l.substring(11).strip());
      } else if (l.startsWith("event: ")) {
        String e = l.substring(7).strip();
        if (!e.equals("none")) {
          exp.add(e);
        }
      }
    }
    cases.add(new Case(text, exp, published));
    return cases.stream().map(Arguments::of);
  }

  /** A document and its entity mentions from the corpus markup. */
  static Object[] parse(String markup) {
    StringBuilder sb = new StringBuilder();
    List<Object[]> spans = new ArrayList<>();
    String m = markup.replace("\\n", "\n\n");
    int i = 0;
    while (i < m.length()) {
      int open = m.indexOf("[[", i);
      if (open < 0) {
        sb.append(m, i, m.length());
        break;
      }
      sb.append(m, i, open);
      int close = m.indexOf("]]", open);
      String[] parts = m.substring(open + 2, close).split("\\|");
      int start = sb.length();
      sb.append(parts[0]);
      spans.add(new Object[] {start, sb.length(), parts[1], parts[2], parts.length > 3 ? parts[3] : null});
      i = close + 2;
    }
    String text = sb.toString();
    AnalyzedText doc = TestDocs.analyze(text);
    List<EntityMention> mentions = new ArrayList<>();
    java.util.Map<String, List<String>> roles = new java.util.LinkedHashMap<>();
    java.util.Map<String, List<io.github.kazextract.model.Mention>> personMentions = new java.util.LinkedHashMap<>();
    for (Object[] s : spans) {
      if (s[2].equals("P") || s[2].equals("R")) {
        String name = (String) s[3];
        roles.computeIfAbsent(name, k -> new ArrayList<>());
        if (s[4] != null && !roles.get(name).contains(s[4])) {
          roles.get(name).add((String) s[4]);
        }
        personMentions.computeIfAbsent(name, k -> new ArrayList<>())
            .add(new io.github.kazextract.model.Mention((int) s[0], (int) s[1], text.substring((int) s[0], (int) s[1])));
      }
    }
    List<io.github.kazextract.model.Person> persons = new ArrayList<>();
    roles.forEach((n, r) -> persons.add(new io.github.kazextract.model.Person(n, r, personMentions.get(n))));
    for (Object[] s : spans) {
      int start = (int) s[0];
      int end = (int) s[1];
      int ts = -1;
      int te = -1;
      for (int k = 0; k < doc.size(); k++) {
        if (doc.token(k).start() == start) {
          ts = k;
        }
        if (doc.token(k).end() <= end && doc.token(k).start() >= start) {
          te = k + 1;
        }
      }
      String kind = (String) s[2];
      EntityKind ek = switch (kind) {
        case "P", "R" -> EntityKind.PERSON;
        case "O" -> EntityKind.ORGANIZATION;
        default -> EntityKind.PLACE;
      };
      String sub = switch (kind) {
        case "C" -> "COUNTRY";
        case "T" -> "CITY";
        case "X" -> "OTHER";
        default -> null;
      };
      mentions.add(new EntityMention(ek, (String) s[3], sub, ts, te, start, end, kind.equals("R")));
    }
    return new Object[] {doc, new EntityResult(persons, List.of(), List.of(), mentions)};
  }

  static String render(Event e) {
    List<String> f = new ArrayList<>();
    f.add(e.type().name());
    if (!e.participants().isEmpty()) {
      f.add("participants " + String.join(", ", e.participants()));
    }
    if (e.date() != null) {
      f.add("date " + e.date());
    }
    if (e.format() != null) {
      f.add("format " + e.format());
    }
    if (e.title() != null) {
      f.add("title " + e.title());
    }
    if (e.location() != null) {
      f.add("location " + e.location());
    }
    if (e.initiator() != null) {
      f.add("initiator " + e.initiator());
    }
    return String.join("; ", f);
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void corpus(Case c) {
    Object[] p = parse(c.markup());
    AnalyzedText doc = (AnalyzedText) p[0];
    List<Event> events = FINDER.extract(doc, (EntityResult) p[1], c.published());
    assertThat(events.stream().map(EventCorpusTest::render).collect(Collectors.toList()))
        .as(doc.text()).containsExactlyElementsOf(c.expected());
    for (Event e : events) {
      assertThat(doc.text().substring(e.trigger().start(), e.trigger().end())).isEqualTo(e.trigger().text());
    }
  }

  @Test
  void longInputStaysFast() {
    String s = "саммит өтті қол қойды «Жиын» сапармен келді 2024 жылғы 3 маусымда ".repeat(1000);
    AnalyzedText doc = TestDocs.analyze(s);
    long t0 = System.nanoTime();
    List<Event> events = FINDER.extract(doc, EntityResult.EMPTY, null);
    assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(10000);
    assertThat(events).isNotNull();
  }

  @Test
  void repeatedSidePhrasesAndRelativeDaysStayLinear() {
    String unit = "[[Александр Стубб|P|Александр Стубб|Финляндия Президенті]] телефон арқылы сөйлесті. "
        + "Кеше финляндиялық тарап бастамашы болды. Сәрсенбіде форум өтті, Кеше ";
    Object[] p = parse(unit.repeat(400));
    long t0 = System.nanoTime();
    List<Event> events = FINDER.extract((AnalyzedText) p[0], (EntityResult) p[1], java.time.LocalDate.of(2025, 3, 12));
    assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(10000);
    assertThat(events).isNotEmpty();
    assertThat(events.get(0).initiator()).isEqualTo("Александр Стубб");
  }

  @Test
  void publicationDateResolvesTheYear() {
    Object[] p = parse("[[Қасым-Жомарт Тоқаев|P|Қасым-Жомарт Тоқаев]] 15 наурызда [[Шавкат Мирзиёевпен|P|Шавкат Мирзиёев]] телефон арқылы сөйлесті.");
    List<Event> events = FINDER.extract((AnalyzedText) p[0], (EntityResult) p[1], java.time.LocalDate.of(2024, 3, 16));
    assertThat(events).singleElement().extracting(Event::date).isEqualTo("2024-03-15");
  }

  @Test
  void badInputGivesValidResults() {
    for (String s : List.of("", "қол қойды", "...... ««« »»» \" \"", "сапармен келуге шақырды. Шақыру қабылданды.",
        "саммит ".repeat(2000) + "өтті", "<p>Кездесті</p>")) {
      AnalyzedText doc = TestDocs.analyze(s);
      for (Event e : FINDER.extract(doc, EntityResult.EMPTY, null)) {
        assertThat(s.substring(e.trigger().start(), e.trigger().end())).isEqualTo(e.trigger().text());
      }
    }
  }
}
