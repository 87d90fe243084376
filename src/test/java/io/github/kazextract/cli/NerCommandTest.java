package io.github.kazextract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerCommandTest {

  @TempDir Path dir;

  @Test
  void writesTheSameTokensWithPredictedTags() throws Exception {
    Path in = dir.resolve("in.txt");
    Files.writeString(in, String.join("\n",
        "Биыл B-DATE", "жиын O", "өтті O", ". O", "",
        "Ардагерлер O", "Ұлы B-EVENT", "Отан I-EVENT", "соғысында I-EVENT", "соғысты O", ".", ""),
        StandardCharsets.UTF_8);
    Path out = dir.resolve("out.txt");
    int code = KazextractCli.commandLine().execute("ner", "--conll", in.toString(), "--output", out.toString());
    assertThat(code).isZero();
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines).containsExactly(
        "Биыл B-DATE", "жиын O", "өтті O", ". O", "",
        "Ардагерлер O", "Ұлы B-EVENT", "Отан I-EVENT", "соғысында I-EVENT", "соғысты O", ". O", "");
  }

  @Test
  void missingInputIsBadInput() {
    int code = KazextractCli.commandLine().execute("ner", "--conll", dir.resolve("nope.txt").toString());
    assertThat(code).isEqualTo(KazextractCli.EXIT_BAD_INPUT);
  }

  @Test
  void conllReaderSplitsSentencesOnBlankLines() throws Exception {
    var sentences = NerConll.read(new java.io.BufferedReader(new java.io.StringReader("a O\nb B-GPE\n\n\nc\n")));
    assertThat(sentences).containsExactly(List.of("a", "b"), List.of("c"));
  }
}
