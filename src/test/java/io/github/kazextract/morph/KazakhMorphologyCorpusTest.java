package io.github.kazextract.morph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs the example corpora beside the rules ({@code models/morph/corpus/*.tsv}). */
class KazakhMorphologyCorpusTest {

  private static final KazakhMorphology MORPH = KazakhMorphology.getDefault();

  @TestFactory
  Stream<DynamicTest> corpus() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String file : List.of("names-and-nouns.tsv", "verbs.tsv", "derivations-and-closed-class.tsv")) {
      for (String[] r : ModelFiles.rows("morph/corpus/" + file, false)) {
        tests.add(DynamicTest.dynamicTest(file + ": " + r[0], () -> {
          Analysis a = MORPH.analyze(r[0]).get(0);
          assertThat(a.lemma()).as("lemma of %s (%s)", r[0], MORPH.analyze(r[0])).isEqualTo(r[1]);
          if (r.length > 2 && !r[2].isEmpty()) {
            for (String f : r[2].split("\\|")) {
              int eq = f.indexOf('=');
              assertThat(a.featureMap()).as("features of %s", r[0]).containsEntry(f.substring(0, eq), f.substring(eq + 1));
            }
          }
        }));
      }
    }
    assertThat(tests).hasSizeGreaterThan(40);
    return tests.stream();
  }
}
