package io.github.kazextract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeLemmatizeCommandTest {

  @TempDir Path dir;

  private String run(String... args) {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
      int rc = KazextractCli.commandLine().execute(args);
      assertThat(rc).as("exit status of %s", List.of(args)).isZero();
    } finally {
      System.setOut(old);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  @Test
  void analyzeWritesOneJsonLinePerTokenWithAllAnalyses() throws Exception {
    Path f = dir.resolve("in.txt");
    String text = "Тоқаев БҰҰ-ның Бас хатшысымен кездесті.";
    Files.writeString(f, text);
    List<String> lines = run("analyze", f.toString()).lines().toList();
    assertThat(lines).hasSizeGreaterThanOrEqualTo(5);
    ObjectMapper json = new ObjectMapper();
    JsonNode acr = null;
    for (String l : lines) {
      JsonNode n = json.readTree(l);
      assertThat(text.substring(n.get("start").asInt(), n.get("end").asInt())).isEqualTo(n.get("text").asText());
      assertThat(n.get("analyses").size()).isPositive();
      if (n.get("text").asText().equals("БҰҰ-ның")) {
        acr = n;
      }
    }
    assertThat(acr).isNotNull();
    assertThat(acr.get("analyses").get(0).get("lemma").asText()).isEqualTo("БҰҰ");
    assertThat(acr.get("analyses").get(0).get("feats").asText()).isEqualTo("Case=Gen");
  }

  @Test
  void lemmatizeKeepsEveryOtherColumnAndComment() throws Exception {
    Path in = dir.resolve("in.conllu");
    Path out = dir.resolve("out.conllu");
    String conllu = "# text = Тоқаевқа хат жолдады\n"
        + "1\tТоқаевқа\t_\tPROPN\tnp\t_\t3\tobl\t_\t_\n"
        + "2\tхат\t_\tNOUN\tn\t_\t3\tobj\t_\t_\n"
        + "3\tжолдады\t_\tVERB\tv\t_\t0\troot\t_\tSpaceAfter=No\n\n";
    Files.writeString(in, conllu);
    run("lemmatize", "--conllu", in.toString(), "--output", out.toString());
    List<String> got = Files.readAllLines(out);
    List<String> want = conllu.lines().toList();
    assertThat(got).hasSameSizeAs(want);
    assertThat(got.get(0)).isEqualTo(want.get(0));
    assertThat(got.get(1)).isEqualTo("1\tТоқаевқа\tТоқаев\tPROPN\tnp\tCase=Dat\t3\tobl\t_\t_");
    assertThat(got.get(3)).startsWith("3\tжолдады\tжолда\tVERB\tv\t").endsWith("\t0\troot\t_\tSpaceAfter=No");
  }

  @Test
  void lemmatizeReportsAMissingFile() {
    int rc = KazextractCli.commandLine().execute("lemmatize", "--conllu", dir.resolve("none.conllu").toString());
    assertThat(rc).isEqualTo(KazextractCli.EXIT_BAD_INPUT);
  }
}
