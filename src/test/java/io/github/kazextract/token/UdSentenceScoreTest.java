package io.github.kazextract.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Sentence-split F1 on UD Kazakh KTB dev, sentences of one source joined into paragraphs. */
class UdSentenceScoreTest {

  @Test
  void f1OnKtbDev() throws IOException {
    UdSentenceScore.Result r = UdSentenceScore.score(Path.of("testdata/corpora/ud-kk-ktb/kk_ktb-ud-dev.conllu"), new KazakhSentenceDetector(), 0);
    System.out.printf("UD KTB dev sentence split: gold=%d predicted=%d correct=%d F1=%.4f%n", r.gold(), r.predicted(), r.correct(), r.f1());
    assertThat(r.f1()).isGreaterThanOrEqualTo(0.99);
  }

  @Test
  void f1OnKaznerdValidInParagraphsOfFive() throws IOException {
    UdSentenceScore.Result r = UdSentenceScore.scoreKaznerd(Path.of("testdata/corpora/kaznerd/IOB2_valid.txt"), new KazakhSentenceDetector(), 5, 0);
    System.out.printf("KazNERD valid sentence split: gold=%d predicted=%d correct=%d F1=%.4f%n", r.gold(), r.predicted(), r.correct(), r.f1());
    assertThat(r.f1()).isGreaterThanOrEqualTo(0.99);
  }
}
