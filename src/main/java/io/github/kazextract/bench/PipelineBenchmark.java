package io.github.kazextract.bench;

import io.github.kazextract.KazakhExtractor;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Documents per second of the full pipeline (text to Extraction). */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PipelineBenchmark {

  private KazakhExtractor extractor;
  private BenchDocuments docs;

  @Setup
  public void setUp() {
    extractor = KazakhExtractor.builder().build();
    docs = new BenchDocuments();
  }

  @Benchmark
  public Object extract() {
    return extractor.extract(docs.next());
  }
}
