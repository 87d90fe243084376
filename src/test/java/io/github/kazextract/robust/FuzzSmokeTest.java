package io.github.kazextract.robust;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kazextract.fuzz.ExtractorFuzzer;
import io.github.kazextract.fuzz.FuzzInputs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;

/** A few seconds of the fuzzing harness inside the build; the long run is the documented command. */
class FuzzSmokeTest {

  @TempDir Path failures;

  @Test
  void shortFuzzRunFindsNoFailure(TestReporter report) {
    List<String> docs = ConcurrentExtractionTestDocs.docs();
    ExtractorFuzzer.Config config = new ExtractorFuzzer.Config(20261128L, 4_000, 2_000, RobustFixtures.fragments(), docs,
        30_000, failures);
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    ExtractorFuzzer.Result r = ExtractorFuzzer.run(RobustFixtures.extractor(), config,
        new PrintStream(log, true, StandardCharsets.UTF_8));
    String counts = r.inputs() + " inputs, " + r.chars() + " chars, " + r.failures().size() + " failures";
    report.publishEntry("fuzz", counts);
    System.out.println("FuzzSmokeTest: " + counts); // kept in the surefire report
    assertThat(r.inputs()).isPositive();
    assertThat(r.failures()).as("fuzz log:%n%s", log.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void generatorIsDeterministicPerSeed() {
    List<String> frags = RobustFixtures.fragments();
    FuzzInputs a = new FuzzInputs(7, frags, List.of("Мемлекет басшысы Астанада."), 500);
    FuzzInputs b = new FuzzInputs(7, frags, List.of("Мемлекет басшысы Астанада."), 500);
    for (int i = 0; i < 200; i++) {
      assertThat(a.next()).isEqualTo(b.next());
    }
  }

  @Test
  void badArgumentsAreAUsageError() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit = ExtractorFuzzer.mainExit(new String[] {"--seconds"}, new PrintStream(out, true, StandardCharsets.UTF_8));
    assertThat(exit).isEqualTo(2);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("usage");
  }

  /** Seed documents: the release texts. */
  static final class ConcurrentExtractionTestDocs {
    static List<String> docs() {
      try {
        return List.copyOf(ConcurrentExtractionTest.releases().values());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
