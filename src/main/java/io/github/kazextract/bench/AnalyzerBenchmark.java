package io.github.kazextract.bench;

import io.github.kazextract.morph.KazakhMorphology;
import io.github.kazextract.pipeline.TextAnalyzer;
import io.github.kazextract.token.KazakhSentenceDetector;
import io.github.kazextract.token.KazakhTokenizer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code analyze}: documents per second of tokens + sentences + morphological analysis.
 * {@code morphology}: words per second of the morphological analyzer alone on running news text
 * (the words of the KazNERD documents in order, frequent words served by its cache; issue 3 asks for
 * at least 1,000,000 on one core).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AnalyzerBenchmark {

  /** Words analysed per call of {@link #morphology()}. */
  static final int WORDS_PER_CALL = 1000;

  private TextAnalyzer analyzer;
  private BenchDocuments docs;
  private KazakhMorphology morphology;
  private String[] words;
  private int nextWord;

  @Setup
  public void setUp() {
    morphology = KazakhMorphology.getDefault();
    analyzer = new TextAnalyzer(new KazakhTokenizer(), new KazakhSentenceDetector(), morphology);
    docs = new BenchDocuments();
    // the words of the first documents, as the pipeline hands them to the analyzer
    KazakhTokenizer tokenizer = new KazakhTokenizer();
    java.util.List<String> w = new java.util.ArrayList<>();
    for (int d = 0; d < 500; d++) {
      for (io.github.kazextract.token.Token t : tokenizer.tokens(docs.next())) {
        w.add(t.norm());
      }
    }
    words = w.toArray(new String[0]);
  }

  @Benchmark
  public Object analyze() {
    return analyzer.analyze(docs.next());
  }

  @Benchmark
  @org.openjdk.jmh.annotations.OperationsPerInvocation(WORDS_PER_CALL)
  public int morphology() {
    int n = 0;
    int i = nextWord;
    for (int k = 0; k < WORDS_PER_CALL; k++) {
      n += morphology.analyze(words[i]).size();
      i = i + 1 == words.length ? 0 : i + 1;
    }
    nextWord = i;
    return n;
  }
}
