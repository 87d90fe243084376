package io.github.kazextract.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kazextract.KazakhExtractor;
import io.github.kazextract.extract.EntityMention;
import io.github.kazextract.extract.EntityResult;
import io.github.kazextract.model.Organization;
import io.github.kazextract.model.Person;
import io.github.kazextract.model.Place;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs the example corpus of every entity rule family (models/extract/{persons,roles,organizations,places}/corpus.txt). */
class EntityCorpusTest {

  private static KazakhExtractor extractor;

  @BeforeAll
  static void load() {
    extractor = KazakhExtractor.builder().build();
  }

  record Block(String family, int line, String text, List<String> expectations) {}

  @TestFactory
  Stream<DynamicTest> corpora() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (String family : List.of("persons", "roles", "organizations", "places")) {
      for (Block b : read(family)) {
        tests.add(DynamicTest.dynamicTest(family + ":" + b.line(), () -> check(b)));
      }
    }
    assertThat(tests).hasSizeGreaterThan(20);
    return tests.stream();
  }

  static List<Block> read(String family) throws IOException {
    String path = "/io/github/kazextract/models/extract/" + family + "/corpus.txt";
    String all;
    try (InputStream in = EntityCorpusTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Block> out = new ArrayList<>();
    String text = null;
    int line = 0;
    List<String> exp = new ArrayList<>();
    String[] lines = all.split("\n", -1);
    for (int i = 0; i <= lines.length; i++) {
      String l = i < lines.length ? lines[i].strip() : "";
      if (l.startsWith("#")) {
        continue;
      }
      if (l.isEmpty()) {
        if (text != null) {
          out.add(new Block(family, line, text, List.copyOf(exp)));
        }
        text = null;
        exp.clear();
      } else if (text == null) {
        text = l.replace("\\n", "\n"); // "\n" in a corpus text separates paragraphs (a headline, then the body)
        line = i + 1;
      } else {
        exp.add(l);
      }
    }
    return out;
  }

  static String norm(String s) {
    return s.toLowerCase(Locale.ROOT).replace("«", "").replace("»", "").strip();
  }

  private static void check(Block b) {
    EntityResult r = extractor.entityRecognizer().recognize(extractor.analyzer().analyze(b.text()));
    for (EntityMention m : r.mentions()) {
      assertThat(b.text().substring(m.start(), m.end())).isNotBlank();
    }
    for (String e : b.expectations()) {
      int sp = e.indexOf(' ');
      String kind = e.substring(0, sp);
      String arg = e.substring(sp + 1).strip();
      String ctx = b.family() + ":" + b.line() + " " + e + "\n  got " + r.persons() + "\n  " + r.organizations() + "\n  " + r.places();
      switch (kind) {
        case "PERSON" -> assertThat(r.persons().stream().map(Person::name).map(EntityCorpusTest::norm)).as(ctx).contains(norm(arg));
        case "NOT-PERSON" -> assertThat(r.persons().stream().map(Person::name).map(EntityCorpusTest::norm)).as(ctx).doesNotContain(norm(arg));
        case "ROLE", "NO-ROLE" -> {
          String[] pr = arg.split("\\|");
          List<String> roles = r.persons().stream().filter(p -> norm(p.name()).equals(norm(pr[0]))).flatMap(p -> p.roles().stream())
              .map(EntityCorpusTest::norm).toList();
          if (kind.equals("ROLE")) {
            assertThat(roles).as(ctx).contains(norm(pr[1]));
          } else {
            assertThat(roles).as(ctx).doesNotContain(norm(pr[1]));
          }
        }
        case "ORG" -> assertThat(r.organizations().stream().anyMatch(o -> names(o).contains(norm(arg)))).as(ctx).isTrue();
        case "ORG-NAME" -> { // the name an organisation is given (events name their parties by it), with its other names
          String[] na = arg.split("\\|");
          assertThat(r.organizations().stream().filter(o -> norm(o.name()).equals(norm(na[0])))
              .allMatch(o -> java.util.Arrays.stream(na).skip(1).allMatch(a -> names(o).contains(norm(a))))).as(ctx).isTrue();
          assertThat(r.organizations().stream().map(o -> norm(o.name()))).as(ctx).contains(norm(na[0]));
        }
        case "NOT-ORG" -> assertThat(r.organizations().stream().anyMatch(o -> names(o).contains(norm(arg)))).as(ctx).isFalse();
        case "PLACE" -> {
          int k = arg.lastIndexOf(' ');
          String name = arg.substring(0, k);
          String placeKind = arg.substring(k + 1);
          assertThat(r.places().stream().filter(p -> norm(p.name()).equals(norm(name))).map(p -> p.kind().name())).as(ctx)
              .containsExactly(placeKind);
        }
        case "NOT-PLACE" -> assertThat(r.places().stream().map(Place::name).map(EntityCorpusTest::norm)).as(ctx).doesNotContain(norm(arg));
        default -> throw new AssertionError("unknown expectation " + e);
      }
    }
  }

  private static List<String> names(Organization o) {
    List<String> out = new ArrayList<>();
    out.add(norm(o.name()));
    o.aliases().forEach(a -> out.add(norm(a)));
    return out;
  }
}
