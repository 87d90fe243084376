package io.github.kazextract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #6 §2, the batch inputs {@code robust.CliRobustnessTest} leaves out: a directory that
 * really cannot be listed (also when the tests run as root, where chmod denies nothing), invalid
 * UTF-8 inside one JSON Lines record, a gzip file cut short, and an output folder that does not
 * exist. Each is reported, the other documents are processed, the exit status is as documented.
 */
class ExtractInputFailuresTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String GOOD = "Қасым-Жомарт Тоқаев Астанада Шавкат Мирзиёевпен кездесті.";

  @TempDir Path dir;

  private static List<JsonNode> jsonLines(BatchCliRun r) throws IOException {
    List<JsonNode> out = new java.util.ArrayList<>();
    for (String l : r.lines()) {
      out.add(JSON.readTree(l));
    }
    return out;
  }

  private static void isResult(JsonNode n) {
    assertThat(n.has("error")).as("a result, not an error: %s", n).isFalse();
    assertThat(n.path("persons").isArray()).as("has persons: %s", n).isTrue();
  }

  private static String errorKind(JsonNode n) {
    return n.path("error").path("kind").asText();
  }

  private static boolean listable(Path d) {
    try (DirectoryStream<Path> s = Files.newDirectoryStream(d)) {
      s.iterator().hasNext();
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * A directory this process cannot list: a chmod 000 folder for an ordinary user; as root, which
   * chmod does not stop, a /proc folder of another process that even root may not open.
   */
  private Path unlistableDirectory() throws IOException {
    Path locked = Files.createDirectories(dir.resolve("locked-own"));
    Files.writeString(locked.resolve("hidden.txt"), GOOD);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    if (!listable(locked)) {
      return locked;
    }
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    for (String c : List.of("/proc/1/fdinfo", "/proc/1/map_files", "/proc/1/fd", "/proc/1/task/1/fdinfo")) {
      Path p = Path.of(c);
      if (Files.isDirectory(p) && !listable(p)) {
        return p;
      }
    }
    return null;
  }

  @Test
  void directoryThatCannotBeListedGetsAnErrorLineAndTheOthersAreProcessed() throws IOException {
    Path locked = unlistableDirectory();
    Assumptions.assumeTrue(locked != null, "no directory this user cannot list");
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), GOOD);
    Files.createSymbolicLink(in.resolve("m-locked"), locked);
    Files.writeString(in.resolve("z.txt"), GOOD);
    try {
      BatchCliRun r = BatchCliRun.run("extract", "--format", "jsonl", "-q", in.toString());
      List<JsonNode> out = jsonLines(r);
      assertThat(out).as("a line for each of a.txt, the locked folder and z.txt: %s", r.out()).hasSize(3);
      isResult(out.get(0));
      assertThat(errorKind(out.get(1))).isEqualTo("read");
      assertThat(out.get(1).path("error").path("message").asText()).contains("m-locked").contains("cannot list directory");
      isResult(out.get(2));
      assertThat(r.exit()).isEqualTo(KazextractCli.EXIT_SOME_FAILED);
    } finally {
      if (locked.startsWith(dir)) {
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
      }
    }
  }

  @Test
  void invalidUtf8InsideOneJsonLinesRecordFailsThatRecordOnly() throws IOException {
    Path jsonl = dir.resolve("corpus.jsonl");
    try (OutputStream o = Files.newOutputStream(jsonl)) {
      o.write(("{\"id\":\"one\",\"text\":\"" + GOOD + "\"}\n").getBytes(StandardCharsets.UTF_8));
      o.write("{\"id\":\"two\",\"text\":\"Астана".getBytes(StandardCharsets.UTF_8));
      o.write(new byte[] {(byte) 0xD0, (byte) 0x28, (byte) 0xFF}); // a cut Cyrillic letter, then garbage
      o.write("\"}\n".getBytes(StandardCharsets.UTF_8));
      o.write(("{\"id\":\"three\",\"text\":\"" + GOOD + "\"}\n").getBytes(StandardCharsets.UTF_8));
    }
    BatchCliRun r = BatchCliRun.run("extract", "--input-format", "jsonl", "-q", jsonl.toString());
    List<JsonNode> out = jsonLines(r);
    assertThat(out).hasSize(3);
    isResult(out.get(0));
    assertThat(errorKind(out.get(1))).isEqualTo("encoding");
    assertThat(out.get(1).path("error").path("message").asText()).contains(":2");
    isResult(out.get(2));
    assertThat(r.exit()).isEqualTo(KazextractCli.EXIT_SOME_FAILED);
  }

  @Test
  void gzipCutShortKeepsTheCompleteRecordsAndReportsTheCut() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (OutputStream o = new GZIPOutputStream(gz)) {
      for (int i = 1; i <= 40; i++) {
        o.write(("{\"id\":\"d" + i + "\",\"text\":\"" + GOOD + " " + i + "\"}\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] all = gz.toByteArray();
    Path cut = dir.resolve("corpus.jsonl.gz");
    Files.write(cut, Arrays.copyOf(all, all.length - 40)); // a download or copy that stopped early
    BatchCliRun r = BatchCliRun.run("extract", "--input-format", "jsonl", "-q", cut.toString());
    List<JsonNode> out = jsonLines(r);
    assertThat(out).as("the records before the cut, then an error line").hasSizeGreaterThanOrEqualTo(2);
    JsonNode last = out.get(out.size() - 1);
    assertThat(last.has("error")).as("the cut is reported: %s", last).isTrue();
    assertThat(last.path("error").path("message").asText()).contains("corpus.jsonl.gz");
    out.subList(0, out.size() - 1).forEach(n -> {
      if (!n.has("error")) {
        isResult(n);
      }
    });
    assertThat(out.stream().filter(n -> !n.has("error")).count()).as("complete records processed").isGreaterThan(0);
    assertThat(r.exit()).isEqualTo(KazextractCli.EXIT_SOME_FAILED);
  }

  @Test
  void outputIntoAFolderThatDoesNotExistIsReportedBeforeAnyWork() throws IOException {
    Path in = Files.writeString(dir.resolve("a.txt"), GOOD);
    Path output = dir.resolve("no-such-folder/out.jsonl");
    BatchCliRun r = BatchCliRun.run("extract", "--format", "jsonl", "-q", "--output", output.toString(), in.toString());
    assertThat(r.exit()).isEqualTo(KazextractCli.EXIT_BAD_INPUT);
    assertThat(r.err()).contains("no-such-folder");
    assertThat(Files.exists(output)).isFalse();
  }
}
