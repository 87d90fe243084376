package io.github.kazextract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenizeCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static List<JsonNode> json(BatchCliRun r) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String l : r.lines()) {
      out.add(JSON.readTree(l));
    }
    return out;
  }

  @Test
  void tokensOfStandardInputWithOffsetsTypesAndSentences() throws Exception {
    String text = "Қ.Тоқаев БҰҰ-ның «Орталық Азия» жобасын қолдады. Келісім 2020 ж. жасалды.";
    BatchCliRun r = BatchCliRun.runWithInput(text.getBytes(StandardCharsets.UTF_8), "tokenize");
    assertThat(r.exit()).isZero();
    List<JsonNode> ts = json(r);
    assertThat(ts).hasSize(15);
    for (JsonNode t : ts) {
      assertThat(text.substring(t.get("start").asInt(), t.get("end").asInt())).isEqualTo(t.get("text").asText());
    }
    assertThat(ts.get(0).get("text").asText()).isEqualTo("Қ.");
    assertThat(ts.get(0).get("type").asText()).isEqualTo("INITIALS");
    assertThat(ts.get(2).get("type").asText()).isEqualTo("ACRONYM");
    assertThat(ts.get(9).get("sentence").asInt()).isZero();
    assertThat(ts.get(10).get("text").asText()).isEqualTo("Келісім");
    assertThat(ts.get(10).get("sentence").asInt()).isEqualTo(1);
    assertThat(ts.get(12).get("type").asText()).isEqualTo("ABBREVIATION");
    assertThat(ts.get(14).get("sentence").asInt()).isEqualTo(1);
  }

  @Test
  void filesAreNamedWhenSeveral(@TempDir Path dir) throws Exception {
    Path a = Files.writeString(dir.resolve("a.txt"), "Астана қаласы.");
    Path b = Files.writeString(dir.resolve("b.txt"), "***\nАлматы");
    BatchCliRun r = BatchCliRun.run("tokenize", a.toString(), b.toString());
    assertThat(r.exit()).isZero();
    List<JsonNode> ts = json(r);
    assertThat(ts).extracting(t -> t.get("file").asText()).containsExactly(a.toString(), a.toString(), a.toString(), b.toString(), b.toString());
    assertThat(ts.get(3).get("text").asText()).isEqualTo("***");
    assertThat(ts.get(3).get("sentence").isNull()).isTrue();
    assertThat(ts.get(4).get("sentence").asInt()).isZero();
  }

  @Test
  void badInputNamesTheFile(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.txt");
    Files.write(bad, new byte[] {(byte) 0xD2, (byte) 0x9A, (byte) 0xFF, 'a'});
    BatchCliRun r = BatchCliRun.run("tokenize", bad.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("bad.txt").contains("not valid UTF-8 at byte 2");
    BatchCliRun missing = BatchCliRun.run("tokenize", dir.resolve("nope.txt").toString());
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.err()).contains("nope.txt: no such file");
    BatchCliRun directory = BatchCliRun.run("tokenize", dir.toString());
    assertThat(directory.exit()).isEqualTo(1);
    assertThat(directory.err()).contains("is a directory");
  }

  @Test
  void unpairedSurrogatesAreEscapedNotReplaced() throws Exception {
    String text = "a\uD800 😀";
    BatchCliRun r = BatchCliRun.runWithInput(text.getBytes(StandardCharsets.UTF_8), "tokenize");
    // the UTF-8 encoder already replaced the lone surrogate of the input with '?': test the writer directly
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    com.fasterxml.jackson.core.JsonGenerator g = TokenizeJson.create(out);
    g.writeStartObject();
    g.writeStringField("text", "\uD800😀");
    g.writeEndObject();
    g.flush();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("{\"text\":\"\\uD800\\uD83D\\uDE00\"}");
    assertThat(JSON.readTree(out.toByteArray()).get("text").asText()).isEqualTo("\uD800😀");
    assertThat(r.exit()).isZero();
  }

  @Test
  void fullDiskOnStandardOutputIsReported() throws Exception {
    Path devFull = Path.of("/dev/full");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(devFull), "Linux /dev/full needed");
    java.io.PrintStream old = System.out;
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    java.io.PrintStream oldErr = System.err;
    java.io.InputStream oldIn = System.in;
    try (java.io.OutputStream full = new java.io.FileOutputStream(devFull.toFile())) {
      System.setOut(new java.io.PrintStream(full, true, StandardCharsets.UTF_8));
      System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
      System.setIn(new java.io.ByteArrayInputStream("Астана қаласы.".getBytes(StandardCharsets.UTF_8)));
      for (String cmd : List.of("tokenize", "sentences")) {
        int exit = KazextractCli.commandLine().execute(cmd);
        assertThat(exit).as(cmd).isEqualTo(1);
      }
    } finally {
      System.setOut(old);
      System.setErr(oldErr);
      System.setIn(oldIn);
    }
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("kazextract tokenize: cannot write to standard output")
        .contains("kazextract sentences: cannot write to standard output");
  }

  @Test
  void emptyInputGivesNothing() {
    BatchCliRun r = BatchCliRun.runWithInput(new byte[0], "tokenize");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEmpty();
  }

  @Test
  void helpAndUsageErrors() {
    BatchCliRun help = BatchCliRun.run("tokenize", "--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("Usage:").contains("sentence");
    BatchCliRun bad = BatchCliRun.run("tokenize", "--no-such-option");
    assertThat(bad.exit()).isEqualTo(2);
  }
}
