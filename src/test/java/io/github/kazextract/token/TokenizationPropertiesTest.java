package io.github.kazextract.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invariants over every text the project has: releases and corpora. */
class TokenizationPropertiesTest {

  @Test
  void everyReleaseText() throws IOException {
    List<Path> files = TokenizationInvariants.releaseFiles();
    assertThat(files).hasSizeGreaterThanOrEqualTo(29);
    for (Path p : files) {
      TokenizationInvariants.check(p.toString(), Files.readString(p, StandardCharsets.UTF_8));
    }
  }

  @Test
  void kaznerdValidSentences() throws IOException {
    Path p = Path.of("testdata/corpora/kaznerd/IOB2_valid.txt");
    String text = TokenizationInvariants.kaznerdText(p);
    assertThat(text.length()).isGreaterThan(500_000);
    TokenizationInvariants.check(p.toString(), text);
  }

  @Test
  void udKazakhSentences() throws IOException {
    for (String f : List.of("kk_ktb-ud-dev.conllu", "kk_ktb-ud-train.conllu")) {
      Path p = Path.of("testdata/corpora/ud-kk-ktb", f);
      TokenizationInvariants.check(p.toString(), TokenizationInvariants.conlluText(p));
    }
  }

  @Test
  void sharedCorporaWhenPresent() throws IOException {
    Path shared = Path.of("../shared/corpora/kaznerd/IOB2_valid.txt");
    if (Files.exists(shared)) {
      String copy = Files.readString(Path.of("testdata/corpora/kaznerd/IOB2_valid.txt"));
      assertThat(Files.readString(shared)).as("testdata copy of KazNERD valid is current").isEqualTo(copy);
    }
  }
}
