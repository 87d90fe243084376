package io.github.kazextract.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExtractionJsonTest {

  static Stream<Path> goldFiles() throws IOException {
    return Stream.of("seed", "dev").flatMap(set -> {
      try {
        return Files.list(Path.of("testdata/releases", set)).filter(p -> p.toString().endsWith(".gold.json")).sorted().toList().stream();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  @ParameterizedTest
  @MethodSource("goldFiles")
  void goldFilesReadIntoRecordsAndWriteBackTheSameFields(Path gold) throws IOException {
    String json = Files.readString(gold, StandardCharsets.UTF_8);
    Extraction x = Extraction.fromJson(json);
    assertThat(x.id()).isNotBlank();
    Extraction back = Extraction.fromJson(x.toJson());
    assertThat(back).isEqualTo(x);

    ObjectMapper m = new ObjectMapper();
    JsonNode goldTree = m.readTree(json);
    JsonNode ours = m.readTree(x.toJson());
    // every person, organisation and place name of the gold survives the round trip
    for (String list : List.of("persons", "organizations", "places")) {
      assertThat(ours.get(list).size()).isEqualTo(goldTree.get(list).size());
      for (int i = 0; i < goldTree.get(list).size(); i++) {
        assertThat(ours.get(list).get(i).get("name").asText()).isEqualTo(goldTree.get(list).get(i).get("name").asText());
      }
    }
    assertThat(ours.get("events").size()).isEqualTo(goldTree.get("events").size());
  }

  @Test
  void eventKeepsNullOptionalFieldsInJsonAndMentionsOffsets() throws IOException {
    Event e = new Event(EventType.PHONE_CALL, List.of("Қасым-Жомарт Тоқаев", "Антониу Гутерриш"), "Антониу Гутерриш",
        null, EventFormat.PHONE, null, null, new Mention(39, 62, "телефон арқылы сөйлесті"));
    Extraction x = new Extraction("d", List.of(), List.of(), List.of(), List.of(e), List.of());
    JsonNode tree = new ObjectMapper().readTree(x.toJson());
    JsonNode ev = tree.get("events").get(0);
    assertThat(ev.has("date")).isTrue();
    assertThat(ev.get("date").isNull()).isTrue();
    assertThat(ev.get("format").asText()).isEqualTo("PHONE");
    assertThat(ev.get("trigger").get("start").asInt()).isEqualTo(39);
    assertThat(Extraction.fromJson(x.toJson())).isEqualTo(x);
  }

  @Test
  void countryGroupStatNestsBreakdown() {
    CountryGroupStat s = new CountryGroupStat("Теңізге шығатын жолы жоқ дамушы елдер", 32, "мемлекет",
        List.of(new BreakdownItem("Африка", 16, null),
            new BreakdownItem("Азия", 10, List.of(new BreakdownItem("Орталық Азия", 5, null), new BreakdownItem("Ауғанстан", 1, null)))),
        false);
    Extraction x = new Extraction("d", null, null, null, null, List.of(s));
    assertThat(Extraction.fromJson(x.toJson()).countryGroupStats().get(0).breakdown().get(1).breakdown()).hasSize(2);
  }
}
