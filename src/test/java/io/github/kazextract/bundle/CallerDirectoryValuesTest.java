package io.github.kazextract.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A caller's gazetteer directory with a place of an unknown kind: the builder's validation rejects
 * it by file and line, while reading the file alone leaves the row to the loader (which skips it).
 */
class CallerDirectoryValuesTest {

  @TempDir Path dir;

  @Test
  void theBuildersValidationRejectsAnUnknownPlaceKindAndTheRawReadKeepsTheRow() throws IOException {
    Path places = dir.resolve("places.tsv");
    Files.writeString(places, "# name<TAB>kind<TAB>aliases\nАрқалық\tCITY\t\nҚате жол\tNOKIND\n");
    ModelFileException e = catchThrowableOfType(() -> ModelBundle.validateGazetteerDirectory(dir), ModelFileException.class);
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).isEqualTo(places + ": line 3: column 2 must be one of COUNTRY|REGION|CITY|OTHER, got 'NOKIND'");
    assertThat(ModelBundle.readCallerFile(places)).contains("Қате жол\tNOKIND");
  }

  @Test
  void aValidDirectoryPasses() throws IOException {
    Files.writeString(dir.resolve("places.tsv"), "Арқалық\tCITY\t\nБалқаш көлі\tOTHER\tБалхаш\n");
    assertThat(ModelBundle.validateGazetteerDirectory(dir).files()).isEqualTo(1);
  }
}
