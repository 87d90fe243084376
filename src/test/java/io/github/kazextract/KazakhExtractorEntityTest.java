package io.github.kazextract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kazextract.extract.EntityKind;
import io.github.kazextract.extract.EntityMention;
import io.github.kazextract.extract.EntityResult;
import io.github.kazextract.extract.gazetteer.Gazetteer;
import io.github.kazextract.model.Extraction;
import io.github.kazextract.model.Mention;
import io.github.kazextract.model.Organization;
import io.github.kazextract.model.Person;
import io.github.kazextract.model.Place;
import io.github.kazextract.model.PlaceKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Persons, organisations and places through the public API, on real release text. */
class KazakhExtractorEntityTest {

  private static KazakhExtractor extractor;
  private static String seed;

  @BeforeAll
  static void load() throws IOException {
    extractor = KazakhExtractor.builder().build();
    seed = Files.readString(Path.of("testdata/releases/seed/000_a9e506fa26e2ad5a.txt"), StandardCharsets.UTF_8);
  }

  @Test
  void seedReleaseEntities() {
    Extraction x = extractor.extract(seed);
    assertThat(x.persons()).extracting(Person::name).containsExactlyInAnyOrder("Қасым-Жомарт Тоқаев", "Антониу Гутерриш");
    Person tokayev = x.persons().stream().filter(p -> p.name().equals("Қасым-Жомарт Тоқаев")).findFirst().orElseThrow();
    assertThat(tokayev.roles()).containsExactlyInAnyOrder("Қазақстан Президенті", "Мемлекет басшысы");
    // Тоқаевқа, Тоқаевты are mentions of the same person
    assertThat(tokayev.mentions()).extracting(Mention::text).contains("Қасым-Жомарт Тоқаевқа", "Қасым-Жомарт Тоқаевты");
    Person guterres = x.persons().stream().filter(p -> p.name().equals("Антониу Гутерриш")).findFirst().orElseThrow();
    assertThat(guterres.roles()).containsExactly("БҰҰ Бас хатшысы");
    assertThat(x.organizations()).extracting(Organization::name).containsExactlyInAnyOrder("БҰҰ", "Ақорда");
    Organization un = x.organizations().stream().filter(o -> o.name().equals("БҰҰ")).findFirst().orElseThrow();
    assertThat(un.aliases()).contains("Біріккен Ұлттар Ұйымы");
    assertThat(x.places()).extracting(Place::name)
        .containsExactlyInAnyOrder("Қазақстан", "Африка", "Азия", "Орталық Азия", "Ауғанстан", "Еуропа", "Оңтүстік Америка");
    assertThat(x.places()).filteredOn(p -> p.name().equals("Орталық Азия")).extracting(Place::kind).containsExactly(PlaceKind.REGION);
  }

  @Test
  void mentionsAreExactSpansOfTheInput() {
    EntityResult r = extractor.entityRecognizer().recognize(extractor.analyzer().analyze(seed));
    assertThat(r.mentions()).isNotEmpty();
    for (EntityMention m : r.mentions()) {
      assertThat(m.start()).isLessThan(m.end());
      assertThat(seed.substring(m.start(), m.end())).isNotBlank();
    }
    for (Person p : extractor.extract(seed).persons()) {
      for (Mention m : p.mentions()) {
        assertThat(seed.substring(m.start(), m.end())).isEqualTo(m.text());
      }
    }
    // role-only mentions stand for the person who holds the title
    assertThat(r.mentions()).filteredOn(EntityMention::byRole)
        .anySatisfy(m -> {
          assertThat(m.kind()).isEqualTo(EntityKind.PERSON);
          assertThat(m.name()).isEqualTo("Қасым-Жомарт Тоқаев");
          assertThat(seed.substring(m.start(), m.end())).isEqualTo("Мемлекет басшысы");
        })
        .anySatisfy(m -> assertThat(m.name()).isEqualTo("Антониу Гутерриш"));
  }

  @Test
  void ownGazetteerAndRuleFilesExtendTheDefaults(@TempDir Path dir) throws IOException {
    Path gaz = Files.createDirectories(dir.resolve("gaz"));
    Files.writeString(gaz.resolve("places.tsv"), "Жаңаауыл\tCITY\t\n");
    Path rules = Files.createDirectories(dir.resolve("rules/roles"));
    Files.writeString(rules.resolve("heads.tsv"), "бас инженері\tmod\n");
    KazakhExtractor own = KazakhExtractor.builder().addGazetteer(Gazetteer.fromDirectory(gaz)).ruleDirectory(dir.resolve("rules")).build();
    Extraction x = own.extract("Жаңаауылда «Қазақмыс» корпорациясының бас инженері Ерлан Сәрсенов жаңа цехты ашты.");
    assertThat(x.places()).extracting(Place::name).contains("Жаңаауыл");
    assertThat(x.persons()).singleElement().satisfies(p -> {
      assertThat(p.name()).isEqualTo("Ерлан Сәрсенов");
      assertThat(p.roles()).containsExactly("«Қазақмыс» корпорациясының бас инженері");
    });
    assertThat(extractor.extract("Жаңаауылда жаңа цех ашылды.").places()).isEmpty();
  }

  @Test
  void badInputGivesAValidResult() {
    List<String> inputs = List.of(
        "",
        "1 2 3 4 5 2024 3,5 %",
        "«»,.;:!?()–—\"".repeat(200),
        "<p>Қасым-Жомарт Тоқаев <b>БҰҰ</b> Бас хатшысымен</p><a href=\"x\">Астана</a>",
        "Only English text here, nothing Kazakh at all.",
        "Аcтана" /* Latin c */,
        "Астана ".repeat(5000));
    for (String in : inputs) {
      Extraction x = extractor.extract(in);
      for (Person p : x.persons()) {
        p.mentions().forEach(m -> assertThat(in.substring(m.start(), m.end())).isEqualTo(m.text()));
      }
      for (Place p : x.places()) {
        p.mentions().forEach(m -> assertThat(in.substring(m.start(), m.end())).isEqualTo(m.text()));
      }
    }
    assertThat(extractor.extract(inputs.get(3)).persons()).extracting(Person::name).containsExactly("Қасым-Жомарт Тоқаев");
  }

  @Test
  void oneExtractorServesManyThreads() throws Exception {
    List<String> texts;
    try (var s = Files.list(Path.of("testdata/releases/dev"))) {
      texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().map(p -> {
        try {
          return Files.readString(p);
        } catch (IOException e) {
          throw new RuntimeException(e);
        }
      }).collect(Collectors.toList());
    }
    List<String> sequential = texts.stream().map(t -> extractor.extract(t).toString()).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> fs = texts.stream().map(t -> pool.submit(() -> extractor.extract(t).toString())).toList();
      for (int i = 0; i < fs.size(); i++) {
        assertThat(fs.get(i).get()).isEqualTo(sequential.get(i));
      }
    } finally {
      pool.shutdown();
    }
  }
}
