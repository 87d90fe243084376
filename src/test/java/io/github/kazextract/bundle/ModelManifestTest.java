package io.github.kazextract.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/** The real manifest against the real {@code models/} folder and the bundled classpath copy. */
class ModelManifestTest {

  private static final Path MODELS = Path.of("models");

  @Test
  void everyFileUnderModelsIsListedAndHasItsDeclaredShape(TestReporter report) {
    // fails when a file is added under models/ that no manifest line (path or family glob) covers
    ModelBundle.Validation v = ModelBundle.validateDirectory(MODELS, true);
    report.publishEntry("models/", v.toString());
    assertThat(v.files()).isGreaterThan(60);
  }

  @Test
  void everyExactPathInTheManifestExists() throws Exception {
    ModelManifest m = ModelManifest.parse("MANIFEST.tsv", Files.readString(MODELS.resolve(ModelManifest.FILE_NAME)));
    assertThat(m.version()).isEqualTo(ModelBundle.FORMAT_VERSION);
    List<String> missing = new ArrayList<>();
    for (ModelManifest.Entry e : m.entries()) {
      if (!e.isGlob() && !Files.isRegularFile(MODELS.resolve(e.pattern()))) {
        missing.add(e.pattern());
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void bundledModelsOnTheClasspathAreValidAndCheckedOnceInAFewMilliseconds(TestReporter report) {
    ModelBundle.Validation first = ModelBundle.checkDefault();
    assertThat(first.files()).isGreaterThan(60);
    assertThat(ModelBundle.checkDefault()).isSameAs(first);
    // uncached runs measure the warm cost of one validation of the whole bundle, in thread CPU
    // time because wall time on a shared build machine mostly measures the other jobs
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long bestCpu = Long.MAX_VALUE;
    long bestWall = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      long c0 = mx.getCurrentThreadCpuTime();
      ModelBundle.Validation v = ModelBundle.validateClasspath(ModelBundle.class.getClassLoader());
      bestCpu = Math.min(bestCpu, mx.getCurrentThreadCpuTime() - c0);
      bestWall = Math.min(bestWall, v.nanos());
    }
    String line = String.format("%s; warm, best of 5: %.1f ms CPU, %.1f ms wall", first, bestCpu / 1e6, bestWall / 1e6);
    report.publishEntry("bundle validation", line);
    System.out.println("bundle validation: " + line);
    assertThat(bestCpu).as("warm validation of the whole bundle, CPU ns").isLessThan(500_000_000L);
  }

  @Test
  void globsMatchWithinAFolderOrAcrossFolders() {
    assertThat(ModelManifest.matches("extract/*/*.txt", "extract/roles/predicates.txt")).isTrue();
    assertThat(ModelManifest.matches("extract/*/*.txt", "extract/roles/x/predicates.txt")).isFalse();
    assertThat(ModelManifest.matches("**/*.md", "README.md")).isTrue();
    assertThat(ModelManifest.matches("**/*.md", "gazetteer/README.md")).isTrue();
    assertThat(ModelManifest.matches("**/*corpus*.txt", "token/abbreviations.corpus.txt")).isTrue();
    assertThat(ModelManifest.matches("morph/hunspell-kk/*", "morph/hunspell-kk/convert.py")).isTrue();
    assertThat(ModelManifest.matches("gazetteer/places.tsv", "gazetteer/places.tsv")).isTrue();
    assertThat(ModelManifest.matches("gazetteer/places.tsv", "gazetteer/placesXtsv")).isFalse();
  }

  @Test
  void callerFilesTakeTheShapeOfTheBundledFileOfTheSameName() {
    ModelManifest m = ModelBundle.bundledManifest();
    assertThat(ModelBundle.shapeByName(m, Path.of("/srv/my-rules/roles/heads.tsv"))).hasToString("tsv 1-2");
    assertThat(ModelBundle.shapeByName(m, Path.of("/srv/my-gazetteer/places.tsv"))).hasToString("tsv 2-3 enum 2 COUNTRY|REGION|CITY|OTHER");
    assertThat(ModelBundle.shapeByName(m, Path.of("/srv/my-rules/places/classifiers.tsv"))).hasToString("tsv 2-3");
    assertThat(ModelBundle.shapeByName(m, Path.of("/srv/my-gazetteer/given-names.txt"))).hasToString("lines");
    assertThat(ModelBundle.shapeByName(m, Path.of("/srv/x/unknown.bin"))).isNull();
  }

  @Test
  void shapesReadAsWritten() {
    assertThat(FileShape.parse("tsv 7-8 blank 3").mayBeBlank(3)).isTrue();
    assertThat(FileShape.parse("tsv 7-8 blank 3").mayBeBlank(2)).isFalse();
    assertThat(FileShape.parse("tsv 2-3").mayBeBlank(3)).isTrue();
    assertThat(FileShape.parse("lines").kind()).isEqualTo(FileShape.Kind.LINES);
    assertThat(FileShape.parse("tsv 2-3 blank 2")).isEqualTo(FileShape.parse("tsv 2-3 blank 2"));
  }
}
