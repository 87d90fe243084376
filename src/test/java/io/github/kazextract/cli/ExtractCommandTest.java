package io.github.kazextract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path DEV = Path.of("testdata/releases/dev");

  private static JsonNode json(String line) throws IOException {
    return JSON.readTree(line);
  }

  private static String jsonl(String id, String text, String extra) {
    return "{\"id\":\"" + id + "\",\"text\":" + JSON.getNodeFactory().textNode(text) + extra + "}";
  }

  @Test
  void singleFileGivesOneIndentedObject() throws IOException {
    BatchCliRun r = BatchCliRun.run("extract", DEV.resolve("dev-001.txt").toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("{\n");
    assertThat(json(r.out()).get("id").asText()).isEqualTo("dev-001");
  }

  @Test
  void directoryIsWalkedRecursivelyInNameOrderAndBadUtf8FailsAlone(@TempDir Path tmp) throws IOException {
    Files.createDirectories(tmp.resolve("b"));
    Files.copy(DEV.resolve("dev-002.txt"), tmp.resolve("a.txt"));
    Files.copy(DEV.resolve("dev-003.txt"), tmp.resolve("b/c.txt"));
    Files.write(tmp.resolve("b/broken.txt"), new byte[] {'A', (byte) 0xC3, '(', 'x'});
    Files.writeString(tmp.resolve("notes.md"), "not a release");
    BatchCliRun r = BatchCliRun.run("extract", "--threads", "2", tmp.toString());
    assertThat(r.exit()).isEqualTo(KazextractCli.EXIT_SOME_FAILED);
    List<String> lines = r.lines();
    assertThat(lines).hasSize(3);
    assertThat(json(lines.get(0)).get("id").asText()).isEqualTo("a");
    JsonNode bad = json(lines.get(1));
    assertThat(bad.get("id").asText()).isEqualTo("b/broken");
    assertThat(bad.at("/error/kind").asText()).isEqualTo("encoding");
    assertThat(bad.at("/error/message").asText()).contains("broken.txt").contains("invalid UTF-8 at byte 1");
    assertThat(json(lines.get(2)).get("id").asText()).isEqualTo("b/c");
    assertThat(json(lines.get(2)).has("persons")).isTrue();
    assertThat(r.err()).contains("3 documents (2 ok, 1 failed)").contains("encoding 1");
  }

  @Test
  void jsonLinesKeepOrderMetaAndReportBadLines(@TempDir Path tmp) throws IOException {
    Path in = tmp.resolve("corpus.jsonl");
    String text = Files.readString(DEV.resolve("dev-001.txt"));
    Files.writeString(in, String.join("\n",
        jsonl("r1", text, ",\"published\":\"2024-03-15\",\"source\":\"akorda.kz\",\"tags\":[1,2]"),
        "{\"id\":\"r2\",\"text\":",
        "",
        jsonl("r3", "Астанада Мемлекет басшысы кездесу өткізді.", ",\"published\":\"15 наурыз\""),
        "{\"text\":\"id жоқ\"}",
        jsonl("r5", "Алматы", "")) + "\n");
    BatchCliRun r = BatchCliRun.run("extract", "--input-format", "jsonl", in.toString());
    assertThat(r.exit()).isEqualTo(KazextractCli.EXIT_SOME_FAILED);
    List<String> lines = r.lines();
    assertThat(lines).hasSize(5);
    JsonNode first = json(lines.get(0));
    assertThat(first.get("id").asText()).isEqualTo("r1");
    assertThat(first.at("/meta/source").asText()).isEqualTo("akorda.kz");
    assertThat(first.at("/meta/tags/1").asInt()).isEqualTo(2);
    assertThat(first.has("published")).isFalse();
    JsonNode malformed = json(lines.get(1));
    assertThat(malformed.at("/error/kind").asText()).isEqualTo("malformed_json");
    assertThat(malformed.at("/error/message").asText()).startsWith(in + ":2: malformed JSON");
    assertThat(json(lines.get(2)).at("/error/kind").asText()).isEqualTo("invalid_document");
    assertThat(json(lines.get(2)).at("/error/message").asText()).contains(":4:").contains("published");
    assertThat(json(lines.get(3)).at("/error/message").asText()).contains(":5:").contains("id");
    assertThat(json(lines.get(4)).get("id").asText()).isEqualTo("r5");
  }

  @Test
  void manyThreadsWriteTheSameLinesInInputOrder(@TempDir Path tmp) throws IOException {
    List<String> docs = new ArrayList<>();
    List<Path> texts = new ArrayList<>();
    try (var s = Files.list(DEV)) {
      s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(texts::add);
    }
    for (int i = 0; i < 40; i++) {
      docs.add(jsonl("doc-" + i, Files.readString(texts.get(i % texts.size())), ""));
    }
    Path in = tmp.resolve("many.jsonl");
    Files.write(in, docs, StandardCharsets.UTF_8);
    BatchCliRun one = BatchCliRun.run("extract", "-q", "--input-format", "jsonl", "--threads", "1", in.toString());
    BatchCliRun four = BatchCliRun.run("extract", "-q", "--input-format", "jsonl", "--threads", "4", in.toString());
    assertThat(one.exit()).isZero();
    assertThat(one.lines()).hasSize(40);
    assertThat(four.out()).isEqualTo(one.out());
    assertThat(four.err()).isEmpty();
  }

  @Test
  void resumeSkipsDoneIdsAndDropsACutOffLine(@TempDir Path tmp) throws IOException {
    Path in = tmp.resolve("c.jsonl");
    Files.write(in, List.of(jsonl("a", "Астана", ""), jsonl("b", "Алматы", ""), jsonl("c", "Шымкент", "")));
    Path out = tmp.resolve("out.jsonl");
    BatchCliRun first = BatchCliRun.run("extract", "--input-format", "jsonl", "--output", out.toString(), in.toString());
    assertThat(first.exit()).isZero();
    List<String> all = Files.readAllLines(out);
    // an interrupted run: the first line complete, the second cut off
    Files.writeString(out, all.get(0) + "\n" + all.get(1).substring(0, 10));
    BatchCliRun again = BatchCliRun.run("extract", "--resume", "--input-format", "jsonl", "--output", out.toString(),
        in.toString());
    assertThat(again.exit()).isZero();
    assertThat(Files.readAllLines(out)).isEqualTo(all);
    assertThat(again.err()).contains("2 documents").contains("1 skipped");
  }

  @Test
  void standardInputIsOneDocumentOrJsonLines() throws IOException {
    BatchCliRun text = BatchCliRun.runWithInput("Алматыда форум өтті.".getBytes(StandardCharsets.UTF_8), "extract");
    assertThat(text.exit()).isZero();
    assertThat(json(text.lines().get(0)).get("id").asText()).isEqualTo("stdin");
    byte[] lines = (jsonl("x", "Астана", "") + "\n" + jsonl("y", "Алматы", "") + "\n").getBytes(StandardCharsets.UTF_8);
    BatchCliRun jl = BatchCliRun.runWithInput(lines, "extract", "--input-format", "jsonl", "-");
    assertThat(jl.lines()).hasSize(2);
    assertThat(json(jl.lines().get(1)).get("id").asText()).isEqualTo("y");
  }

  @Test
  void badInputAndUsageHaveTheirExitCodes(@TempDir Path tmp) {
    BatchCliRun missing = BatchCliRun.run("extract", tmp.resolve("nope.txt").toString());
    assertThat(missing.exit()).isEqualTo(KazextractCli.EXIT_BAD_INPUT);
    assertThat(missing.err()).contains("nope.txt").contains("no such file");
    assertThat(BatchCliRun.run("extract", "--threads", "0", "x").exit()).isEqualTo(KazextractCli.EXIT_USAGE);
    assertThat(BatchCliRun.run("extract", "--resume", "x").exit()).isEqualTo(KazextractCli.EXIT_USAGE);
    assertThat(BatchCliRun.run("extract", "--input-format", "xml", "x").exit()).isEqualTo(KazextractCli.EXIT_USAGE);
  }

  /** A PrintStream hides write errors; the run's view of standard output must surface them. */
  @Test
  void failingStandardOutputThrowsInsteadOfSwallowing() {
    java.io.OutputStream broken = new java.io.OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    };
    java.io.PrintStream ps = new java.io.PrintStream(broken, false, StandardCharsets.UTF_8);
    java.io.OutputStream out = ExtractCommand.unclosable(ps);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> out.write("Астана\n".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IOException.class).hasMessageContaining("write failed");
  }

  /** A FIFO named *.txt in a walked directory gets an error line; opening it would block the run. */
  @Test
  @org.junit.jupiter.api.Timeout(120)
  void nonRegularFileInADirectoryIsAnErrorLine(@TempDir Path tmp) throws Exception {
    Files.copy(DEV.resolve("dev-002.txt"), tmp.resolve("a.txt"));
    Path fifo = tmp.resolve("pipe.txt");
    int made;
    try {
      made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
    } catch (IOException e) {
      made = -1;
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(made == 0 && Files.exists(fifo), "mkfifo needed");
    BatchCliRun r = BatchCliRun.run("extract", "--format", "jsonl", "-q", tmp.toString());
    List<String> lines = r.lines();
    assertThat(lines).hasSize(2);
    assertThat(json(lines.get(0)).has("persons")).isTrue();
    JsonNode pipe = json(lines.get(1));
    assertThat(pipe.get("id").asText()).isEqualTo("pipe");
    assertThat(pipe.at("/error/kind").asText()).isEqualTo("read");
    assertThat(pipe.at("/error/message").asText()).contains("pipe.txt").contains("not a regular file");
    assertThat(r.exit()).isEqualTo(KazextractCli.EXIT_SOME_FAILED);
  }
}
