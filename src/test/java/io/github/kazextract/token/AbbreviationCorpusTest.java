package io.github.kazextract.token;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kazextract.text.DataFiles;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Runs every example of {@code models/token/abbreviations.corpus.txt}. */
class AbbreviationCorpusTest {

  @Test
  void everyCorpusLineTokenizesAsListed() {
    KazakhTokenizer tokenizer = new KazakhTokenizer();
    List<String> lines = DataFiles.lines("token/abbreviations.corpus.txt");
    assertThat(lines).hasSizeGreaterThan(5);
    for (String line : lines) {
      String[] cols = line.split("\t");
      List<String> expected = Arrays.asList(cols[1].split(" \\| "));
      List<String> actual = tokenizer.tokens(cols[0]).stream().map(Token::text).collect(Collectors.toList());
      assertThat(actual).as(cols[0]).isEqualTo(expected);
    }
  }
}
