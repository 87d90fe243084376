package io.github.kazextract.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.kazextract.KazakhExtractor;
import io.github.kazextract.extract.gazetteer.Gazetteer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #6: rule and model files that fail to load (missing, malformed) stop {@code build()} with
 * an exception naming the file, the line and the problem, instead of a silently weaker extractor.
 */
class ModelLoadingTest {

  @TempDir Path dir;

  private static String messages(Throwable t) {
    StringBuilder b = new StringBuilder();
    for (Throwable c = t; c != null; c = c.getCause()) {
      b.append(c.getMessage()).append(" | ");
    }
    return b.toString();
  }

  @Test
  void missingRuleDirectoryStopsBuild() {
    Path absent = dir.resolve("no-such-rules");
    Throwable t = catchThrowable(() -> KazakhExtractor.builder().ruleDirectory(absent).build());
    assertThat(t).as("build() with a rule directory that does not exist").isNotNull();
    assertThat(messages(t)).contains("no-such-rules");
  }


  @Test
  void missingGazetteerDirectoryIsAnError() {
    Path absent = dir.resolve("no-such-gazetteer");
    Throwable t = catchThrowable(() -> Gazetteer.fromDirectory(absent));
    assertThat(t).as("Gazetteer.fromDirectory on a directory that does not exist").isNotNull();
    assertThat(messages(t)).contains("no-such-gazetteer");
  }


  @Test
  void malformedRuleLineStopsBuildNamingFileAndLine() throws IOException {
    Path file = dir.resolve("places/classifiers.tsv");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "# classifier<TAB>kind<TAB>keep|drop\nтауы\tOTHER\tkeep\nшатқалы\tNOT_A_KIND\n",
        StandardCharsets.UTF_8);
    Throwable t = catchThrowable(() -> KazakhExtractor.builder().ruleDirectory(dir).build());
    assertThat(t).as("build() with a malformed classifiers.tsv line").isNotNull();
    assertThat(messages(t)).contains("classifiers.tsv").contains("3");
  }
}
