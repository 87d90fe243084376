package io.github.kazextract.robust;

import io.github.kazextract.KazakhExtractor;
import io.github.kazextract.fuzz.FuzzInputs;
import io.github.kazextract.fuzz.Invariants;
import java.nio.file.Path;
import java.util.List;

/** Shared, loaded-once objects for the robustness tests. */
final class RobustFixtures {

  static final Path FRAGMENTS = Path.of("testdata/robust/fragments.txt");
  static final Path RELEASES = Path.of("testdata/releases");

  private static volatile KazakhExtractor extractor;
  private static volatile List<String> fragments;

  private RobustFixtures() {}

  static KazakhExtractor extractor() {
    KazakhExtractor x = extractor;
    if (x == null) {
      synchronized (RobustFixtures.class) {
        x = extractor;
        if (x == null) {
          x = KazakhExtractor.builder().build();
          extractor = x;
        }
      }
    }
    return x;
  }

  static Invariants invariants() {
    return new Invariants(extractor());
  }

  static List<String> fragments() {
    List<String> f = fragments;
    if (f == null) {
      f = FuzzInputs.readFragments(FRAGMENTS);
      fragments = f;
    }
    return f;
  }
}
