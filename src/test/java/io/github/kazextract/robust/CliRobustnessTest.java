package io.github.kazextract.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.kazextract.cli.KazextractCli;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code extract} command on broken input and output: each problem reported clearly (an error
 * line for that document and a message), the other documents processed, nothing silently
 * dropped, exit status as documented (0 ok, 1 bad input, 2 usage, 3 some documents failed).
 * Runs the CLI in-process with captured standard streams.
 */
class CliRobustnessTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String GOOD = "Қасым-Жомарт Тоқаев Астанада Шавкат Мирзиёевпен кездесті.\n";

  @TempDir Path dir;

  record Run(int exit, String out, String err) {
    /** Output lines by id: the extraction or the error object. */
    Map<String, JsonNode> byId() throws IOException {
      Map<String, JsonNode> m = new TreeMap<>();
      for (String line : out.split("\n")) {
        if (!line.isBlank()) {
          JsonNode n = JSON.readTree(line);
          m.put(n.path("id").asText(), n);
        }
      }
      return m;
    }
  }

  private static Run run(InputStream stdin, PrintStream stdout, String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    InputStream oldIn = System.in;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(stdout != null ? stdout : new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      System.setIn(stdin);
      int exit = KazextractCli.commandLine().execute(args);
      return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
      System.setIn(oldIn);
    }
  }

  private static Run run(String... args) {
    return run(new ByteArrayInputStream(new byte[0]), null, args);
  }

  private static String[] extract(Object... inputs) {
    List<String> a = new ArrayList<>(List.of("extract", "--format", "jsonl", "--threads", "2", "-q"));
    for (Object i : inputs) {
      a.add(i.toString());
    }
    return a.toArray(new String[0]);
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  private static void isResult(JsonNode n) {
    assertThat(n).isNotNull();
    assertThat(n.has("error")).as("a result, not an error: %s", n).isFalse();
    assertThat(n.path("persons").isArray()).as("has persons: %s", n).isTrue();
  }

  private static void isError(JsonNode n, String kind) {
    assertThat(n).isNotNull();
    assertThat(n.path("error").path("kind").asText()).as("error kind in %s", n).isEqualTo(kind);
    assertThat(n.path("error").path("message").asText()).isNotBlank();
  }

  @Test
  void missingFileIsBadInput() {
    Run r = run(extract(dir.resolve("absent.txt")));
    assertThat(r.exit()).isEqualTo(KazextractCli.EXIT_BAD_INPUT);
    assertThat(r.err()).contains("absent.txt").contains("no such file");
  }

  @Test
  void unknownOptionIsUsage() {
    Run r = run("extract", "--no-such-option");
    assertThat(r.exit()).isEqualTo(KazextractCli.EXIT_USAGE);
  }

  /** /proc/self/mem cannot be read from offset 0, even by root: a genuinely unreadable file. */
  @Test
  void unreadableFileIsReportedAndTheOthersProcessed() throws IOException {
    Path mem = Path.of("/proc/self/mem");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(mem), "Linux /proc needed");
    Path good = write("good.txt", GOOD);
    Run r = run(extract(good, mem));
    Map<String, JsonNode> out = r.byId();
    isResult(out.get("good"));
    isError(out.get("mem"), "read");
    assertThat(r.exit()).isEqualTo(KazextractCli.EXIT_SOME_FAILED);
  }

  /**
   * A file without read permission. Tests usually run as root, where chmod denies nothing: then
   * the file must simply be processed, and the report says the denial was not exercised.
   */
  @Test
  void fileWithoutReadPermission(TestReporter report) throws IOException {
    Path good = write("good.txt", GOOD);
    Path locked = write("locked.txt", GOOD);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    boolean denied = !canRead(locked);
    Run r = run(extract(good, locked));
    Map<String, JsonNode> out = r.byId();
    isResult(out.get("good"));
    if (denied) {
      isError(out.get("locked"), "read");
      assertThat(r.exit()).isEqualTo(KazextractCli.EXIT_SOME_FAILED);
    } else {
      report.publishEntry("permission", "chmod 000 does not deny this user (root): the file was read as it should be");
      isResult(out.get("locked"));
      assertThat(r.exit()).isEqualTo(KazextractCli.EXIT_OK);
    }
  }

  /** Same for a directory that cannot be listed; see {@link #fileWithoutReadPermission}. */
  @Test
  void directoryWithoutPermission(TestReporter report) throws IOException {
    write("in/a.txt", GOOD);
    write("in/locked/b.txt", GOOD);
    Path locked = dir.resolve("in/locked");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    boolean denied;
    try (var s = Files.newDirectoryStream(locked)) {
      s.iterator().hasNext();
      denied = false;
    } catch (IOException e) {
      denied = true;
    }
    try {
      Run r = run(extract(dir.resolve("in")));
      Map<String, JsonNode> out = r.byId();
      assertThat(out.values().stream().filter(n -> !n.has("error")).count()).as("documents processed").isGreaterThanOrEqualTo(1);
      if (denied) {
        assertThat(out.values().stream().filter(n -> n.has("error")).toList()).as("the unlistable directory").hasSize(1);
        assertThat(r.exit()).isEqualTo(KazextractCli.EXIT_SOME_FAILED);
      } else {
        report.publishEntry("permission", "chmod 000 does not deny this user (root): the directory was read");
        assertThat(out).hasSize(2);
        out.values().forEach(CliRobustnessTest::isResult);
        assertThat(r.exit()).isEqualTo(KazextractCli.EXIT_OK);
      }
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------")); // let @TempDir clean up
    }
  }

  private static boolean canRead(Path p) {
    try (InputStream in = Files.newInputStream(p)) {
      in.read();
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @Test
  void invalidUtf8IsReportedWithItsOffsetAndTheOthersProcessed() throws IOException {
    write("in/a.txt", GOOD);
    byte[] head = "Астана ".getBytes(StandardCharsets.UTF_8);
    byte[] bad = Arrays.copyOf(head, head.length + 3);
    bad[head.length] = (byte) 0xC3; // lead byte followed by a non-continuation byte
    bad[head.length + 1] = (byte) 0x28;
    bad[head.length + 2] = (byte) 0xFF;
    Files.write(dir.resolve("in/b.txt"), bad);
    write("in/c.txt", GOOD);
    Run r = run(extract(dir.resolve("in")));
    Map<String, JsonNode> out = r.byId();
    assertThat(out).hasSize(3);
    isResult(out.get("a"));
    isError(out.get("b"), "encoding");
    assertThat(out.get("b").path("error").path("message").asText()).contains("byte " + head.length);
    isResult(out.get("c"));
    assertThat(r.exit()).isEqualTo(KazextractCli.EXIT_SOME_FAILED);
  }

  @Test
  void truncatedJsonLinesKeepsTheCompleteLines() throws IOException {
    Path jsonl = write("corpus.jsonl", "{\"id\":\"one\",\"text\":\"" + GOOD.strip() + "\"}\n"
        + "{\"id\":\"two\",\"text\":\"Астанада ШЫҰ\"}\n"
        + "{\"id\":\"three\",\"text\":\"Қасым-Жомарт Тоқ"); // cut mid-record, no newline
    Run r = run(extract("--input-format", "jsonl", jsonl));
    List<String> lines = Arrays.stream(r.out().split("\n")).filter(l -> !l.isBlank()).toList();
    assertThat(lines).as("one output line per input line").hasSize(3);
    Map<String, JsonNode> out = r.byId();
    isResult(out.get("one"));
    isResult(out.get("two"));
    JsonNode cut = out.values().stream().filter(n -> n.has("error")).findFirst().orElse(null);
    isError(cut, "malformed_json");
    assertThat(cut.path("id").asText()).as("the error names where the cut line is").contains("corpus.jsonl");
    assertThat(r.exit()).isEqualTo(KazextractCli.EXIT_SOME_FAILED);
  }

  /** The file exists when the run starts and is deleted while standard input is being read. */
  @Test
  void fileDeletedDuringTheRunIsReported() throws IOException {
    Path doomed = write("doomed.txt", GOOD);
    InputStream stdin = new InputStream() {
      private final InputStream text = new ByteArrayInputStream(GOOD.getBytes(StandardCharsets.UTF_8));
      private boolean deleted;

      @Override
      public int read() throws IOException {
        deleteOnce();
        return text.read();
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        deleteOnce();
        return text.read(b, off, len);
      }

      private void deleteOnce() throws IOException {
        if (!deleted) {
          deleted = true;
          Files.delete(doomed);
        }
      }
    };
    Run r = run(stdin, null, extract("-", doomed));
    Map<String, JsonNode> out = r.byId();
    assertThat(Files.exists(doomed)).isFalse();
    isResult(out.get("stdin"));
    isError(out.get("doomed"), "read");
    assertThat(r.exit()).isEqualTo(KazextractCli.EXIT_SOME_FAILED);
  }

  /**
   * A directory entry that is listed but no longer resolves to a file (here a dangling symbolic
   * link, the same state as a file deleted between listing and reading) must not vanish silently.
   */
  @Test
  void listedFileThatIsGoneIsNotDroppedSilently() throws IOException {
    write("in/a.txt", GOOD);
    Files.createSymbolicLink(dir.resolve("in/gone.txt"), dir.resolve("nowhere.txt"));
    Run r = run(extract(dir.resolve("in")));
    Map<String, JsonNode> out = r.byId();
    isResult(out.get("a"));
    assertThat(out).as("an output line for gone.txt too").hasSize(2);
    isError(out.get("gone"), "read");
    assertThat(r.exit()).isEqualTo(KazextractCli.EXIT_SOME_FAILED);
  }

  @Test
  void fullDiskAsOutputFileIsReported() throws IOException {
    Path devFull = Path.of("/dev/full");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(devFull), "Linux /dev/full needed");
    Path good = write("good.txt", GOOD);
    Run r = run(extract("--output", devFull, good));
    assertThat(r.exit()).isNotEqualTo(KazextractCli.EXIT_OK);
    assertThat(r.err()).contains("/dev/full").containsIgnoringCase("no space left");
  }

  /** {@code kazextract extract x.txt > /dev/full}: standard output is a PrintStream that hides errors. */
  @Test
  void fullDiskOnStandardOutputIsReported() throws IOException {
    Path devFull = Path.of("/dev/full");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(devFull), "Linux /dev/full needed");
    Path good = write("good.txt", GOOD);
    try (OutputStream full = new FileOutputStream(devFull.toFile())) {
      Run r = run(new ByteArrayInputStream(new byte[0]), new PrintStream(full, true, StandardCharsets.UTF_8),
          extract(good));
      assertThat(r.exit()).as("exit status when nothing could be written; stderr: %s", r.err())
          .isNotEqualTo(KazextractCli.EXIT_OK);
      assertThat(r.err()).containsIgnoringCase("standard output");
    }
  }
}
