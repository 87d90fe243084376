package io.github.kazextract.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The documents the JMH benchmarks cycle through: the shipped KazNERD corpus, or the JSON Lines
 * file named by the system property {@code kazextract.bench.corpus}.
 */
final class BenchDocuments {

  private final List<String> texts;
  private int next;

  BenchDocuments() {
    Path p = Path.of(System.getProperty("kazextract.bench.corpus", BenchCorpus.SHIPPED.toString()));
    if (!Files.exists(p)) {
      throw new IllegalStateException(p.toAbsolutePath() + " not found: run from the project root"
          + " or set -Dkazextract.bench.corpus=FILE.jsonl");
    }
    try {
      texts = List.copyOf(BenchCorpus.read(p));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The next document, cycling (one benchmark thread per state: JMH Scope.Thread). */
  String next() {
    String t = texts.get(next);
    next = next + 1 == texts.size() ? 0 : next + 1;
    return t;
  }
}
