package io.github.kazextract.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A hyphen after a subject pronoun is a dash ({@code models/token/dash-subjects.txt}; its corpus runs in {@link TokenizerCorpusTest}). */
class DashSubjectTest {

  @Test
  void aChainOfSubjectPronounsStaysOneWord() {
    // the next word is a pronoun too, so the first hyphen joins; later hyphens are not checked
    List<String> actual = new KazakhTokenizer().tokens("осы-ол-бұл").stream().map(Token::text).collect(Collectors.toList());
    assertThat(actual).containsExactly("осы-ол-бұл");
  }
}
