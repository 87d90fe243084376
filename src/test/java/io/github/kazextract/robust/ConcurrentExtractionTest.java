package io.github.kazextract.robust;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kazextract.KazakhExtractor;
import io.github.kazextract.morph.KazakhMorphology;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One extractor shared by 16 threads over the 29 releases gives, for every document, exactly the
 * single-threaded result. The shared extractor starts cold (its own morphology, empty caches) so
 * that lazy initialisation and cache filling race too.
 */
class ConcurrentExtractionTest {

  private static final int THREADS = 16;
  private static final int ROUNDS = 2; // every release extracted at least twice concurrently

  @Test
  void sixteenThreadsGiveTheSingleThreadedResult() throws Exception {
    Map<String, String> docs = releases();
    assertThat(docs).hasSize(29);

    KazakhExtractor single = RobustFixtures.extractor();
    Map<String, String> expected = new TreeMap<>();
    docs.forEach((id, text) -> expected.put(id, single.extract(text).toJson()));

    KazakhExtractor shared = KazakhExtractor.builder().morphology(new KazakhMorphology()).build();
    List<String> ids = new ArrayList<>(docs.keySet());
    Map<String, List<String>> got = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          start.await();
          // the 2 x 29 jobs are dealt round-robin: both copies of a release run on different threads
          for (int k = thread; k < ids.size() * ROUNDS; k += THREADS) {
            String id = ids.get(k % ids.size());
            got.computeIfAbsent(id, x -> java.util.Collections.synchronizedList(new ArrayList<>()))
                .add(shared.extract(docs.get(id)).toJson());
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : futures) {
        f.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(got.keySet()).as("every release was extracted concurrently").hasSize(docs.size());
    for (Map.Entry<String, List<String>> e : got.entrySet()) {
      for (String json : e.getValue()) {
        assertThat(json).as("concurrent result of %s", e.getKey()).isEqualTo(expected.get(e.getKey()));
      }
    }
  }

  static Map<String, String> releases() throws IOException {
    Map<String, String> docs = new TreeMap<>();
    for (String part : List.of("seed", "dev")) { // the 29 releases with gold; others may be added beside them
      try (Stream<Path> s = Files.list(RobustFixtures.RELEASES.resolve(part))) {
        for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          docs.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
        }
      }
    }
    return docs;
  }
}
