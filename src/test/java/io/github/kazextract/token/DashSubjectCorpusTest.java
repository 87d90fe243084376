package io.github.kazextract.token;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kazextract.text.DataFiles;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Runs every example of {@code models/token/dash-subjects.corpus.txt}. */
class DashSubjectCorpusTest {

  @Test
  void everyCorpusLineTokenizesAsListed() {
    KazakhTokenizer tokenizer = new KazakhTokenizer();
    List<String> lines = DataFiles.lines("token/dash-subjects.corpus.txt");
    assertThat(lines).hasSizeGreaterThan(5);
    for (String line : lines) {
      String[] cols = line.split("\t");
      List<String> expected = Arrays.asList(cols[1].split(" \\| "));
      List<String> actual = tokenizer.tokens(cols[0]).stream().map(Token::text).collect(Collectors.toList());
      assertThat(actual).as(cols[0]).isEqualTo(expected);
    }
  }

  @Test
  void aChainOfSubjectPronounsStaysOneWord() {
    // the next word is a pronoun too, so the first hyphen joins; later hyphens are not checked
    List<String> actual = new KazakhTokenizer().tokens("осы-ол-бұл").stream().map(Token::text).collect(Collectors.toList());
    assertThat(actual).containsExactly("осы-ол-бұл");
  }
}
