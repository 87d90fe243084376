package io.github.kazextract.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.kazextract.KazakhExtractor;
import io.github.kazextract.bundle.ModelFileException;
import io.github.kazextract.extract.gazetteer.Gazetteer;
import io.github.kazextract.model.Place;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #6: rule and model files that fail to load (missing, malformed, another encoding, a
 * misspelt name, another model format version) stop {@code build()} with a
 * {@link ModelFileException} naming the file, the line and the problem, instead of a silently
 * weaker extractor. The bundled models themselves are broken in {@code bundle.BrokenBundleTest}.
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

  private Path write(String relative, String text) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  private static ModelFileException buildFails(KazakhExtractor.Builder b) {
    Throwable t = catchThrowable(b::build);
    assertThat(t).as("build()").isInstanceOf(ModelFileException.class);
    return (ModelFileException) t;
  }

  @Test
  void missingRuleDirectoryStopsBuild() {
    Path absent = dir.resolve("no-such-rules");
    ModelFileException e = buildFails(KazakhExtractor.builder().ruleDirectory(absent));
    assertThat(e.file()).isEqualTo(absent.toString());
    assertThat(e.problem()).isEqualTo("does not exist or is not a readable directory");
  }

  @Test
  void missingGazetteerDirectoryIsAnError() {
    Path absent = dir.resolve("no-such-gazetteer");
    Throwable t = catchThrowable(() -> Gazetteer.fromDirectory(absent));
    assertThat(t).as("Gazetteer.fromDirectory on a directory that does not exist").isNotNull();
    assertThat(messages(t)).contains("no-such-gazetteer");
    assertThat(buildFails(KazakhExtractor.builder().addGazetteer(absent)).file()).isEqualTo(absent.toString());
  }

  @Test
  void malformedRuleLineStopsBuildNamingFileAndLine() throws IOException {
    Path file = write("places/classifiers.tsv", "# classifier<TAB>kind<TAB>keep|drop\nтауы\tOTHER\tkeep\nшатқалы\tNOT_A_KIND\n");
    ModelFileException e = buildFails(KazakhExtractor.builder().ruleDirectory(dir));
    assertThat(e.file()).isEqualTo(file.toString());
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.getMessage()).contains("unknown place kind 'NOT_A_KIND'");
  }

  @Test
  void ownRuleFileWithTheWrongColumnCountStopsBuildNamingFileAndLine() throws IOException {
    Path heads = write("rules/roles/heads.tsv", "# head<TAB>extension\nбас инженері\tmod\nбас технологы\tmod\tартық\n");
    ModelFileException e = buildFails(KazakhExtractor.builder().ruleDirectory(dir.resolve("rules")));
    assertThat(e.getMessage()).isEqualTo(heads + ": line 3: 3 columns, expected 1 to 2 columns (TAB-separated)");
  }

  @Test
  void ownRuleFileInAnotherEncodingStopsBuildNamingFileAndLine() throws IOException {
    Path heads = write("rules/organizations/heads.txt", "комитеті\n");
    Files.write(heads, "агенттігі\n".getBytes(Charset.forName("windows-1251")), StandardOpenOption.APPEND);
    ModelFileException e = buildFails(KazakhExtractor.builder().ruleDirectory(dir.resolve("rules")));
    assertThat(e.file()).isEqualTo(heads.toString());
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.problem()).startsWith("not valid UTF-8");
  }

  @Test
  void misspeltRuleFileStopsBuildInsteadOfBeingIgnored() throws IOException {
    Path typo = write("rules/roles/head.tsv", "бас инженері\tmod\n");
    ModelFileException e = buildFails(KazakhExtractor.builder().ruleDirectory(dir.resolve("rules")));
    assertThat(e.file()).isEqualTo(typo.toString());
    assertThat(e.problem()).startsWith("not a file kazextract reads");
  }

  @Test
  void ownRuleDirectoryWithAManifestOfAnotherVersionStopsBuild() throws IOException {
    write("rules/roles/heads.tsv", "бас инженері\tmod\n");
    Path manifest = write("rules/MANIFEST.tsv", "# kazextract-models: 0\nroles/heads.tsv\ttsv 1-2\ttitle heads\n");
    ModelFileException e = buildFails(KazakhExtractor.builder().ruleDirectory(dir.resolve("rules")));
    assertThat(e.file()).isEqualTo(manifest.toString());
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.problem()).contains("model format version 0");
  }

  @Test
  void validOwnRulesAndGazetteerWithNotesBuild() throws IOException {
    write("rules/roles/heads.tsv", "# own titles\nбас инженері\tmod\n");
    write("rules/README.md", "Our own title heads.\n");
    write("gaz/places.tsv", "Жаңаауыл\tCITY\t\n");
    KazakhExtractor x = KazakhExtractor.builder().ruleDirectory(dir.resolve("rules")).addGazetteer(dir.resolve("gaz")).build();
    assertThat(x.extract("Жаңаауылда жаңа цех ашылды.").places()).extracting(Place::name).contains("Жаңаауыл");
  }

  @Test
  void ownGazetteerDirectoryIsCheckedToo() throws IOException {
    Path places = write("gaz/places.tsv", "Жаңаауыл\tCITY\t\nҚараөзек\n");
    ModelFileException e = buildFails(KazakhExtractor.builder().addGazetteer(dir.resolve("gaz")));
    assertThat(e.getMessage()).isEqualTo(places + ": line 2: 1 column, expected 2 to 3 columns (TAB-separated)");
    Files.delete(places);
    Path typo = write("gaz/place.tsv", "Жаңаауыл\tCITY\t\n");
    assertThat(buildFails(KazakhExtractor.builder().addGazetteer(dir.resolve("gaz"))).file()).isEqualTo(typo.toString());
  }

  @Test
  void gazetteerReadFromADirectoryRejectsBrokenLinesAsItReads() throws IOException {
    // Gazetteer.fromDirectory reads through ModelLines, which checks each file against the bundled shape
    Path names = write("gaz/given-names.txt", "Айгерім\nҚасым\u0000Жомарт\n");
    Throwable t = catchThrowable(() -> Gazetteer.fromDirectory(dir.resolve("gaz")));
    assertThat(t).isInstanceOf(ModelFileException.class)
        .hasMessage(names + ": line 2: control character U+0000 at column 1, character 6");
  }
}
