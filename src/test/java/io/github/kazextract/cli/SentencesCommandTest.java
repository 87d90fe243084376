package io.github.kazextract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentencesCommandTest {

  @Test
  void sentencesOfAReleaseFile(@TempDir Path dir) throws Exception {
    String text = "Мемлекет басшысы Шавкат Мирзиёевпен сөйлесті\n\n"
        + "Мемлекет басшысы 15 наурызда сөйлесті, деп хабарлайды Ақорда. Тараптар 2020 ж. келісімді талқылады.";
    Path f = Files.writeString(dir.resolve("r.txt"), text);
    BatchCliRun r = BatchCliRun.run("sentences", f.toString());
    assertThat(r.exit()).isZero();
    List<JsonNode> ss = TokenizeCommandTest.json(r);
    assertThat(ss).extracting(s -> s.get("text").asText()).containsExactly(
        "Мемлекет басшысы Шавкат Мирзиёевпен сөйлесті",
        "Мемлекет басшысы 15 наурызда сөйлесті, деп хабарлайды Ақорда.",
        "Тараптар 2020 ж. келісімді талқылады.");
    for (JsonNode s : ss) {
      assertThat(text.substring(s.get("start").asInt(), s.get("end").asInt())).isEqualTo(s.get("text").asText());
    }
  }

  @Test
  void standardInputHelpAndErrors() {
    BatchCliRun r = BatchCliRun.runWithInput("Бірінші. Екінші.".getBytes(StandardCharsets.UTF_8), "sentences", "-");
    assertThat(r.exit()).isZero();
    assertThat(r.lines()).containsExactly(
        "{\"start\":0,\"end\":8,\"text\":\"Бірінші.\"}", "{\"start\":9,\"end\":16,\"text\":\"Екінші.\"}");
    assertThat(BatchCliRun.run("sentences", "--help").out()).contains("Usage:");
    assertThat(BatchCliRun.run("sentences", "--bogus").exit()).isEqualTo(2);
    BatchCliRun missing = BatchCliRun.run("sentences", "/no/such/file.txt");
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.err()).contains("/no/such/file.txt: no such file");
  }
}
