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

/** Documents per second of tokens + sentences + morphological analysis. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AnalyzerBenchmark {

  private TextAnalyzer analyzer;
  private BenchDocuments docs;

  @Setup
  public void setUp() {
    analyzer = new TextAnalyzer(new KazakhTokenizer(), new KazakhSentenceDetector(), KazakhMorphology.getDefault());
    docs = new BenchDocuments();
  }

  @Benchmark
  public Object analyze() {
    return analyzer.analyze(docs.next());
  }
}
