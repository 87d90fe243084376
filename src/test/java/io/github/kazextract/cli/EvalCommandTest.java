package io.github.kazextract.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kazextract eval} prints exactly what testdata/tools/score.py prints for the same results. */
class EvalCommandTest {

  private static final String DEV = "testdata/releases/dev";

  @Test
  void tableAndJsonEqualTheReferenceScript(@TempDir Path tmp) throws Exception {
    Path pred = tmp.resolve("pred.jsonl");
    BatchCliRun table = BatchCliRun.run("eval", "--gold", DEV, "--predictions", pred.toString());
    assertThat(table.exit()).as(table.err()).isZero();
    assertThat(table.out()).startsWith("figure").contains("macro_f1").contains("over 28 documents");
    assertThat(Files.readAllLines(pred)).hasSize(28);
    assumeTrue(python(), "python3 is not installed");
    assertThat(table.out()).isEqualTo(score(DEV, pred));
  }

  @Test
  void jsonEqualsTheReferenceScript(@TempDir Path tmp) throws Exception {
    Path gold = Files.createDirectories(tmp.resolve("gold"));
    for (String id : new String[] {"dev-004", "dev-011"}) {
      Files.copy(Path.of(DEV, id + ".txt"), gold.resolve(id + ".txt"));
      Files.copy(Path.of(DEV, id + ".gold.json"), gold.resolve(id + ".gold.json"));
    }
    Path pred = tmp.resolve("pred.jsonl");
    BatchCliRun json = BatchCliRun.run("eval", "--gold", gold.toString(), "--json", "--predictions", pred.toString());
    assertThat(json.exit()).as(json.err()).isZero();
    assertThat(new ObjectMapper().readTree(json.out()).get("documents").asInt()).isEqualTo(2);
    assumeTrue(python(), "python3 is not installed");
    assertThat(json.out()).isEqualTo(score(gold.toString(), pred, "--json"));
  }

  @Test
  void aFolderWithoutGoldIsBadInput(@TempDir Path tmp) {
    BatchCliRun r = BatchCliRun.run("eval", "--gold", tmp.toString());
    assertThat(r.exit()).isEqualTo(KazextractCli.EXIT_BAD_INPUT);
    assertThat(r.err()).contains("no *.gold.json");
    assertThat(BatchCliRun.run("eval").exit()).isEqualTo(KazextractCli.EXIT_USAGE);
  }

  private static boolean python() {
    try {
      return new ProcessBuilder("python3", "--version").start().waitFor(20, TimeUnit.SECONDS);
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private static String score(String gold, Path pred, String... flags) throws Exception {
    ProcessBuilder pb = new ProcessBuilder("python3", "testdata/tools/score.py", gold, pred.toString());
    for (String f : flags) {
      pb.command().add(f);
    }
    Process p = pb.redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }
}
