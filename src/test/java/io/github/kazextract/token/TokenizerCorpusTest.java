package io.github.kazextract.token;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kazextract.text.DataFiles;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs every example of the tokenizer's rule corpora: a sentence, then its tokens ({@code |} between). */
class TokenizerCorpusTest {

  @ParameterizedTest
  @ValueSource(strings = {"token/abbreviations.corpus.txt", "token/dash-subjects.corpus.txt"})
  void everyCorpusLineTokenizesAsListed(String corpus) {
    KazakhTokenizer tokenizer = new KazakhTokenizer();
    List<String> lines = DataFiles.lines(corpus);
    assertThat(lines).hasSizeGreaterThan(5);
    for (String line : lines) {
      String[] cols = line.split("\t");
      List<String> expected = Arrays.asList(cols[1].split(" \\| "));
      List<String> actual = tokenizer.tokens(cols[0]).stream().map(Token::text).collect(Collectors.toList());
      assertThat(actual).as(cols[0]).isEqualTo(expected);
    }
  }
}
