package io.github.kazextract.bench;

import io.github.kazextract.token.KazakhTokenizer;
import java.util.concurrent.TimeUnit;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Documents per second of the Kazakh tokenizer, beside OpenNLP's SimpleTokenizer and a whitespace split. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TokenizerBenchmark {

  private KazakhTokenizer tokenizer;
  private BenchDocuments docs;

  @Setup
  public void setUp() {
    tokenizer = new KazakhTokenizer();
    docs = new BenchDocuments();
  }

  @Benchmark
  public Object kazakhTokenizer() {
    return tokenizer.tokens(docs.next());
  }

  @Benchmark
  public Object opennlpSimpleTokenizer() {
    return SimpleTokenizer.INSTANCE.tokenizePos(docs.next());
  }

  @Benchmark
  public Object whitespaceSplit() {
    return WhitespaceTokenizer.INSTANCE.tokenizePos(docs.next());
  }
}
