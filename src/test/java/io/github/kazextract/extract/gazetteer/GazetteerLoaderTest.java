package io.github.kazextract.extract.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kazextract.model.PlaceKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerLoaderTest {

  @Test
  void bundledGazetteerHasCountriesRegionsAndNames() {
    Gazetteer g = Gazetteer.getDefault();
    assertThat(g.places()).anySatisfy(p -> {
      assertThat(p.name()).isEqualTo("Қазақстан");
      assertThat(p.kind()).isEqualTo(PlaceKind.COUNTRY);
      assertThat(p.aliases()).contains("Қазақстан Республикасы");
    });
    assertThat(g.places()).anySatisfy(p -> assertThat(p.name()).isEqualTo("Орталық Азия"));
    assertThat(g.organizations()).anySatisfy(o -> {
      assertThat(o.name()).isEqualTo("БҰҰ");
      assertThat(o.aliases()).contains("Біріккен Ұлттар Ұйымы");
    });
    assertThat(g.givenNames()).contains("Қасым-Жомарт");
    assertThat(Gazetteer.getDefault()).isSameAs(g);
  }

  @Test
  void missingFilesReadAsEmptyAndAbsentDirectoryIsAnError(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("places.tsv"), "# comment\nАрқалық\tCITY\t\nҚате жол\tNOKIND\n\nБалқаш көлі\tOTHER\tБалхаш\n");
    Gazetteer g = Gazetteer.fromDirectory(dir);
    assertThat(g.places()).extracting(PlaceEntry::name).containsExactly("Арқалық", "Балқаш көлі");
    assertThat(g.places().get(1).aliases()).containsExactly("Балхаш");
    assertThat(g.organizations()).isEmpty();
    assertThat(g.givenNames()).isEmpty();
    // a caller's directory that does not exist is a configuration error, not an empty list
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Gazetteer.fromDirectory(dir.resolve("absent")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absent");
  }

  @Test
  void plusAddsACallersNames(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("organizations.tsv"), "ҚазМұнайГаз\tKMG|ҚМГ\n");
    Gazetteer g = Gazetteer.empty().plus(Gazetteer.fromDirectory(dir));
    assertThat(g.organizations()).singleElement().satisfies(o -> assertThat(o.aliases()).containsExactly("KMG", "ҚМГ"));
  }
}
