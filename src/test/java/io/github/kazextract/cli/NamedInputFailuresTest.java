package io.github.kazextract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issues #5/#6: a file named on the command line that is missing or unreadable fails alone, as a
 * file deleted during a directory walk does: an error line in its place, the other files
 * processed, exit status 3. Only a sole missing input is bad input (exit 1, no output).
 */
class NamedInputFailuresTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String GOOD = "Қасым-Жомарт Тоқаев Астанада Шавкат Мирзиёевпен кездесті.";

  @TempDir Path dir;

  private static List<JsonNode> jsonLines(BatchCliRun r) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String l : r.lines()) {
      out.add(JSON.readTree(l));
    }
    return out;
  }

  @Test
  void missingFileAmongSeveralIsAnErrorLineInItsPlace() throws IOException {
    Path p = Files.writeString(dir.resolve("p.txt"), GOOD);
    Path a = Files.writeString(dir.resolve("a.txt"), "Президент Алматыда форумға қатысты.");
    Path deleted = dir.resolve("deleted.txt");
    BatchCliRun r = BatchCliRun.run("extract", "-q", p.toString(), deleted.toString(), a.toString());
    assertThat(r.exit()).isEqualTo(KazextractCli.EXIT_SOME_FAILED);
    List<JsonNode> out = jsonLines(r);
    assertThat(out).extracting(n -> n.get("id").asText()).containsExactly("p", "deleted", "a");
    assertThat(out.get(0).has("error")).isFalse();
    assertThat(out.get(0).path("persons").toString()).contains("Қасым-Жомарт Тоқаев");
    assertThat(out.get(1).path("error").path("kind").asText()).isEqualTo("read");
    assertThat(out.get(1).path("error").path("message").asText()).contains("deleted.txt").contains("no such file");
    assertThat(out.get(2).has("error")).isFalse();
    assertThat(out.get(2).path("places").toString()).contains("Алматы");
  }

  @Test
  void missingFileAmongJsonLinesInputsFailsAlone() throws IOException {
    Path good = Files.writeString(dir.resolve("c.jsonl"), "{\"id\":\"x\",\"text\":\"Астанада форум өтті.\"}\n");
    BatchCliRun r = BatchCliRun.run("extract", "-q", "--input-format", "jsonl",
        dir.resolve("gone.jsonl").toString(), good.toString());
    assertThat(r.exit()).isEqualTo(KazextractCli.EXIT_SOME_FAILED);
    List<JsonNode> out = jsonLines(r);
    assertThat(out).extracting(n -> n.get("id").asText()).containsExactly("gone.jsonl", "x");
    assertThat(out.get(0).path("error").path("message").asText()).contains("gone.jsonl: no such file");
  }

  @Test
  void unreadableNamedFileSaysWhy() throws IOException {
    Path locked = Files.writeString(dir.resolve("locked.txt"), GOOD);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    Assumptions.assumeFalse(Files.isReadable(locked), "running as root: chmod denies nothing");
    Path ok = Files.writeString(dir.resolve("ok.txt"), GOOD);
    BatchCliRun r = BatchCliRun.run("extract", "-q", locked.toString(), ok.toString());
    assertThat(r.exit()).isEqualTo(KazextractCli.EXIT_SOME_FAILED);
    List<JsonNode> out = jsonLines(r);
    assertThat(out.get(0).path("error").path("kind").asText()).isEqualTo("read");
    assertThat(out.get(0).path("error").path("message").asText()).contains("locked.txt").contains("permission denied");
    assertThat(out.get(1).has("error")).isFalse();
  }

  @Test
  void soleMissingInputIsBadInputWithoutOutput() {
    BatchCliRun r = BatchCliRun.run("extract", dir.resolve("absent.txt").toString());
    assertThat(r.exit()).isEqualTo(KazextractCli.EXIT_BAD_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("absent.txt: no such file");
  }

  @Test
  void lemmatizeNamesTheMissingFile() {
    BatchCliRun r = BatchCliRun.run("lemmatize", "--conllu", dir.resolve("none.conllu").toString());
    assertThat(r.exit()).isEqualTo(KazextractCli.EXIT_BAD_INPUT);
    assertThat(r.err()).contains("none.conllu: no such file");
  }

  @Test
  void lemmatizeNamesAnOutputFolderThatDoesNotExist() throws IOException {
    Path in = Files.writeString(dir.resolve("in.conllu"), "1\tАстанада\t_\tPROPN\t_\t_\t0\troot\t_\t_\n\n");
    Path out = dir.resolve("no-folder/out.conllu");
    BatchCliRun r = BatchCliRun.run("lemmatize", "--conllu", in.toString(), "--output", out.toString());
    assertThat(r.exit()).isEqualTo(KazextractCli.EXIT_BAD_INPUT);
    assertThat(r.err()).contains("out.conllu: cannot write: no such folder");
  }
}
