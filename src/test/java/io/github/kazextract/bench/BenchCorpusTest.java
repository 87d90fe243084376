package io.github.kazextract.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchCorpusTest {

  private static final Path KAZNERD = Path.of("testdata/corpora/kaznerd/IOB2_valid.txt");

  @Test
  void sentencesAreDetokenized() throws IOException {
    String iob = "Олардың O\nарасында O\n« O\nӘміре B-ART\n» O\n, O\n( O\nсурет O\n) O\nбар O\n. O\n\nАл O\nол O\n. O\n";
    List<String> s = BenchCorpus.sentences(new BufferedReader(new StringReader(iob)));
    assertThat(s).containsExactly("Олардың арасында «Әміре», (сурет) бар.", "Ал ол.");
  }

  @Test
  void documentsAreReleaseSized() {
    List<String> sentences = List.of("Астанада форум өтті.", "Мемлекет басшысы сөз сөйледі.", "Келісімге қол қойылды.");
    List<String> docs = BenchCorpus.documents(sentences, 50);
    assertThat(docs).hasSize(50);
    assertThat(docs).allSatisfy(d -> assertThat(d.length()).isBetween(750, 2700));
    assertThat(docs.get(0)).startsWith("Астанада форум өтті\n\n");
    assertThat(BenchCorpus.documents(sentences, 50)).isEqualTo(docs);
  }

  @Test
  void shippedCorpusIsWhatTheGeneratorMakesFromKazNerd() throws IOException {
    List<String> shipped = BenchCorpus.read(BenchCorpus.SHIPPED);
    assertThat(shipped).hasSize(BenchCorpus.DEFAULT_DOCUMENTS);
    assumeTrue(Files.exists(KAZNERD), "KazNERD valid split not in testdata");
    List<String> sentences;
    try (BufferedReader r = Files.newBufferedReader(KAZNERD, StandardCharsets.UTF_8)) {
      sentences = BenchCorpus.sentences(r);
    }
    assertThat(sentences).hasSizeGreaterThan(10_000);
    List<String> docs = BenchCorpus.documents(sentences, BenchCorpus.DEFAULT_DOCUMENTS);
    assertThat(shipped).isEqualTo(docs);
    StringWriter w = new StringWriter();
    BenchCorpus.write(docs.subList(0, 2), w);
    assertThat(w.toString()).startsWith("{\"id\":\"kaznerd-0001\",\"text\":\"");
  }
}
