package io.github.kazextract.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first {@code build()} in a JVM checks the bundle on a second thread while the stages load.
 * Here the library runs in its own class loader over a copy of the models broken one way, so that
 * the real, already checked bundle of this JVM does not hide the check: build() must report the
 * broken file, whether the loading finished or a loader tripped over the same file first.
 */
class FirstBuildCheckTest {

  @TempDir Path root;

  /** A copy of the bundled models, to break. */
  private Path copyModels() throws IOException {
    Path from = Path.of("models");
    Path to = root.resolve(ModelBundle.CLASSPATH_ROOT);
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        Files.createDirectories(target.getParent());
        Files.copy(p, target);
      }
    }
    return to;
  }

  private static URL codeOf(String className) throws ClassNotFoundException {
    return Class.forName(className).getProtectionDomain().getCodeSource().getLocation();
  }

  /** The library's classes and runtime dependencies behind {@code root}, which shadows the models. */
  private URLClassLoader isolatedLibrary() throws Exception {
    List<URL> urls = new ArrayList<>();
    urls.add(root.toUri().toURL());
    urls.add(codeOf("io.github.kazextract.KazakhExtractor"));
    for (String dep : List.of("opennlp.tools.tokenize.Tokenizer", "com.ibm.icu.text.Normalizer2",
        "com.fasterxml.jackson.databind.ObjectMapper", "com.fasterxml.jackson.core.JsonFactory",
        "com.fasterxml.jackson.annotation.JsonProperty", "org.slf4j.LoggerFactory")) {
      try {
        urls.add(codeOf(dep));
      } catch (ClassNotFoundException e) {
        // not a dependency of this version
      }
    }
    return new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
  }

  /** What {@code KazakhExtractor.builder().build()} throws in the isolated library. */
  private Throwable firstBuild() throws Exception {
    try (URLClassLoader loader = isolatedLibrary()) {
      Class<?> extractor = loader.loadClass("io.github.kazextract.KazakhExtractor");
      Object builder = extractor.getMethod("builder").invoke(null);
      Throwable t = catchThrowable(() -> builder.getClass().getMethod("build").invoke(builder));
      return t instanceof java.lang.reflect.InvocationTargetException ite ? ite.getCause() : t;
    }
  }

  @Test
  void aWrongModelVersionStopsTheFirstBuildThoughEveryStageLoaded() throws Exception {
    Path models = copyModels();
    Path manifest = models.resolve(ModelManifest.FILE_NAME);
    Files.writeString(manifest, Files.readString(manifest).replaceFirst("kazextract-models: \\d+", "kazextract-models: 99"));
    Throwable t = firstBuild();
    assertThat(t).isNotNull();
    assertThat(t.getClass().getName()).isEqualTo(ModelFileException.class.getName());
    assertThat(t.getMessage()).startsWith("models/MANIFEST.tsv: line 1: model format version 99");
  }

  @Test
  void aBrokenLineIsReportedByFileAndLineEvenWhenItsLoaderFailsFirst() throws Exception {
    // the suffix loader itself rejects a line of 2 columns
    int line = replaceFirstDataLine(copyModels(), "morph/suffixes.tsv", l -> "broken\tline");
    assertFirstBuildFails("models/morph/suffixes.tsv: line " + line + ": 2 columns, expected 7 to 8 columns (TAB-separated)");
  }
  // The audit's cases: a bad line in a bundled file made the first build fail with the loader's raw
  // exception (or pass silently). Each must now be a ModelFileException naming the file and line.

  /** Appends {@code line} to a copied model file and returns its line number. */
  private int append(Path models, String file, String line) throws IOException {
    Path p = models.resolve(file);
    List<String> lines = new ArrayList<>(Files.readAllLines(p));
    lines.add(line);
    Files.write(p, lines);
    return lines.size();
  }

  /** Rewrites the first line of a copied model file that is neither blank nor a comment; its line number. */
  private int replaceFirstDataLine(Path models, String file, java.util.function.UnaryOperator<String> edit)
      throws IOException {
    Path p = models.resolve(file);
    List<String> lines = new ArrayList<>(Files.readAllLines(p));
    int at = 0;
    while (lines.get(at).isBlank() || lines.get(at).startsWith("#")) {
      at++;
    }
    lines.set(at, edit.apply(lines.get(at)));
    Files.write(p, lines);
    return at + 1;
  }

  private void assertFirstBuildFails(String expectedMessage) throws Exception {
    Throwable t = firstBuild();
    assertThat(t).isNotNull();
    assertThat(t.getClass().getName()).isEqualTo(ModelFileException.class.getName());
    assertThat(t.getMessage()).isEqualTo(expectedMessage);
  }

  @Test
  void aTriggerLineWithoutItsPatternIsReportedNotAnIndexError() throws Exception {
    int line = append(copyModels(), "extract/events/triggers.tsv", "MEETING\t-");
    assertFirstBuildFails("models/extract/events/triggers.tsv: line " + line + ": 2 columns, expected 3 columns (TAB-separated)");
  }

  @Test
  void aTriggerOfAnUnknownEventTypeIsReported() throws Exception {
    int line = append(copyModels(), "extract/events/triggers.tsv", "ZZZ\t-\tкездесті");
    assertFirstBuildFails("models/extract/events/triggers.tsv: line " + line
        + ": column 1 must be one of PHONE_CALL|MEETING|VISIT|FORUM|SIGNING|AWARD|APPOINTMENT|CHAIRMANSHIP|OTHER, got 'ZZZ'");
  }

  @Test
  void aMonthNumberThatIsNotANumberIsReportedNotANumberFormatError() throws Exception {
    int line = append(copyModels(), "extract/dates/months.tsv", "қаңтар\tZZZ");
    assertFirstBuildFails("models/extract/dates/months.tsv: line " + line + ": column 2 must be a whole number, got 'ZZZ'");
  }

  @Test
  void aSuffixCostThatIsNotANumberIsReported() throws Exception {
    int line = replaceFirstDataLine(copyModels(), "morph/suffixes.tsv", l -> {
      String[] c = l.split("\t", -1);
      c[6] = "ZZZ";
      return String.join("\t", c);
    });
    assertFirstBuildFails("models/morph/suffixes.tsv: line " + line + ": column 7 must be a number, got 'ZZZ'");
  }

  @Test
  void aPlaceOfAnUnknownKindNoLongerBuildsSilently() throws Exception {
    int line = append(copyModels(), "gazetteer/places.tsv", "Жерұйық\tZZZ\t");
    assertFirstBuildFails("models/gazetteer/places.tsv: line " + line
        + ": column 2 must be one of COUNTRY|REGION|CITY|OTHER, got 'ZZZ'");
  }
}
