package io.github.kazextract.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small bundle in a temporary class path folder, broken one way at a time: each failure is a
 * {@link ModelFileException} naming the file, the line and the problem. The real models are not
 * touched.
 */
class BrokenBundleTest {

  @TempDir Path classes;
  private Path models;

  private static final String MANIFEST = "# kazextract-models: " + ModelBundle.FORMAT_VERSION + "\n"
      + "# path<TAB>shape<TAB>description\n"
      + "extract/roles/heads.tsv\ttsv 1-2\thead words of titles\n"
      + "gazetteer/places.tsv\ttsv 2-3\tplaces: name, kind, aliases\n"
      + "gazetteer/given-names.txt\tlines\tgiven names\n"
      + "extract/*/*.txt\tlines\tword lists\n";

  @BeforeEach
  void writeAValidBundle() throws IOException {
    models = Files.createDirectories(classes.resolve(ModelBundle.CLASSPATH_ROOT));
    write("MANIFEST.tsv", MANIFEST);
    write("extract/roles/heads.tsv", "# head<TAB>extension\nПрезидент\t-\nбас хатшысы\n");
    write("gazetteer/places.tsv", "# name<TAB>kind<TAB>aliases\nАстана\tCITY\tНұр-Сұлтан|Ақмола\nАқтөбе\tCITY\t\n");
    write("gazetteer/given-names.txt", "# given names\nАйгерім\nҚасым-Жомарт\n");
    write("extract/roles/predicates.txt", "болып\n");
  }

  private void write(String path, String text) throws IOException {
    write(path, text.getBytes(StandardCharsets.UTF_8));
  }

  private void write(String path, byte[] bytes) throws IOException {
    Path p = models.resolve(path);
    Files.createDirectories(p.getParent());
    Files.write(p, bytes);
  }

  private ModelBundle.Validation validate() throws IOException {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
      return ModelBundle.validateClasspath(loader);
    }
  }

  private ModelFileException failure() {
    ModelFileException e = catchThrowableOfType(this::validate, ModelFileException.class);
    assertThat(e).as("validation of the broken bundle").isNotNull();
    return e;
  }

  @Test
  void aValidBundlePassesWithEveryFileCounted() throws IOException {
    ModelBundle.Validation v = validate();
    assertThat(v.files()).isEqualTo(4);
    assertThat(ModelBundle.validateDirectory(models, true).files()).isEqualTo(4);
  }

  @Test
  void aMissingListedFileIsNamed() throws IOException {
    Files.delete(models.resolve("gazetteer/places.tsv"));
    ModelFileException e = failure();
    assertThat(e.file()).isEqualTo("models/gazetteer/places.tsv");
    assertThat(e.line()).isZero();
    assertThat(e.getMessage()).contains("models/gazetteer/places.tsv").contains("missing").contains("MANIFEST.tsv line 4");
  }

  @Test
  void aLineWithTheWrongColumnCountIsNamedByFileAndLine() throws IOException {
    write("gazetteer/places.tsv", "# name<TAB>kind<TAB>aliases\nАстана\tCITY\t\nШымкент CITY\n");
    ModelFileException e = failure();
    assertThat(e.file()).isEqualTo("models/gazetteer/places.tsv");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.getMessage()).isEqualTo("models/gazetteer/places.tsv: line 3: 1 column, expected 2 to 3 columns (TAB-separated)");
  }

  @Test
  void tooManyColumnsAndAnEmptyRequiredColumnAreErrors() throws IOException {
    write("extract/roles/heads.tsv", "Президент\t-\textra\n");
    assertThat(failure().getMessage()).isEqualTo("models/extract/roles/heads.tsv: line 1: 3 columns, expected 1 to 2 columns (TAB-separated)");
    write("extract/roles/heads.tsv", "Президент\t-\n\t-\n");
    assertThat(failure().getMessage()).isEqualTo("models/extract/roles/heads.tsv: line 2: column 1 is empty");
    write("extract/roles/heads.tsv", "Президент\t-\n");
    write("gazetteer/given-names.txt", "Айгерім\tF\n");
    assertThat(failure().getMessage()).isEqualTo("models/gazetteer/given-names.txt: line 1: a TAB in a file of one value a line");
  }

  @Test
  void invalidUtf8IsNamedByFileAndLine() throws IOException {
    byte[] good = "Айгерім\nҚасым-Жомарт\n".getBytes(StandardCharsets.UTF_8);
    byte[] cp1251 = {(byte) 0xC0, (byte) 0xF1, (byte) 0xF2, (byte) 0xE0, (byte) 0xED, (byte) 0xE0, '\n'}; // "Астана" in windows-1251
    byte[] all = new byte[good.length + cp1251.length];
    System.arraycopy(good, 0, all, 0, good.length);
    System.arraycopy(cp1251, 0, all, good.length, cp1251.length);
    write("gazetteer/given-names.txt", all);
    ModelFileException e = failure();
    assertThat(e.file()).isEqualTo("models/gazetteer/given-names.txt");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.problem()).startsWith("not valid UTF-8: byte 0xC0 at byte 1 of the line");
  }

  @Test
  void controlCharactersAndReplacementCharactersAreErrors() throws IOException {
    write("gazetteer/given-names.txt", "Айгерім\nҚасым\u0007Жомарт\n");
    ModelFileException e = failure();
    assertThat(e.getMessage()).isEqualTo("models/gazetteer/given-names.txt: line 2: control character U+0007 at column 1, character 6");
    write("gazetteer/given-names.txt", "Айгер\uFFFDм\n");
    assertThat(failure().problem()).startsWith("replacement character U+FFFD");
  }

  @Test
  void aFileOfAFamilyIsCheckedByItsGlob() throws IOException {
    write("extract/places/stop-words.txt", "және\nмен\tпен\n");
    ModelFileException e = failure();
    assertThat(e.file()).isEqualTo("models/extract/places/stop-words.txt");
    assertThat(e.line()).isEqualTo(2);
  }

  @Test
  void commentsBlankLinesAndAByteOrderMarkAreAllowed() throws IOException {
    write("gazetteer/places.tsv", "\uFEFF# name\tkind\taliases — any comment\n\n   \n\t\nАстана\tCITY\r\n# \u0007 in a comment is fine\n");
    assertThat(validate().files()).isEqualTo(4);
  }

  @Test
  void aWrongModelFormatVersionIsNamed() throws IOException {
    write("MANIFEST.tsv", MANIFEST.replace("kazextract-models: " + ModelBundle.FORMAT_VERSION, "kazextract-models: 99"));
    ModelFileException e = failure();
    assertThat(e.file()).isEqualTo("models/MANIFEST.tsv");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.problem()).contains("model format version 99").contains("reads version " + ModelBundle.FORMAT_VERSION);
  }

  @Test
  void aManifestWithoutVersionOrWithAnUnknownShapeIsNamed() throws IOException {
    write("MANIFEST.tsv", MANIFEST.substring(MANIFEST.indexOf('\n') + 1));
    assertThat(failure().getMessage()).startsWith("models/MANIFEST.tsv: line 1: the first line must name the model format version");
    write("MANIFEST.tsv", MANIFEST + "token/tlds.txt\tcsv\ttop-level domains\n");
    assertThat(failure().getMessage()).isEqualTo("models/MANIFEST.tsv: line 7: unknown shape 'csv' (text, lines, tsv N, tsv N-M, then clauses blank C,D / int C / number C / enum C A|B)");
  }

  @Test
  void aMissingManifestIsNamed() throws IOException {
    Files.delete(models.resolve("MANIFEST.tsv"));
    assertThat(failure().getMessage()).startsWith("models/MANIFEST.tsv: missing from the classpath");
  }

  @Test
  void anUnlistedFileIsAnErrorForTheFolderCheckOnly() throws IOException {
    write("morph/extra.tsv", "а\tб\n");
    assertThat(validate().files()).isEqualTo(4); // at run time an unlisted file is not read by anything
    ModelFileException e = catchThrowableOfType(() -> ModelBundle.validateDirectory(models, true), ModelFileException.class);
    assertThat(e.file()).endsWith("extra.tsv");
    assertThat(e.problem()).startsWith("not listed in");
    assertThat(ModelBundle.mainExit(new String[] {models.toString()}, new java.io.PrintStream(java.io.OutputStream.nullOutputStream())))
        .isEqualTo(1);
  }

  @Test
  void aBundleInsideAJarIsListedAndChecked() throws IOException {
    Path jar = classes.resolveSibling(classes.getFileName() + "-models.jar");
    try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
        var files = Files.walk(classes)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        out.putNextEntry(new java.util.jar.JarEntry(classes.relativize(p).toString().replace('\\', '/')));
        out.write(Files.readAllBytes(p));
        out.closeEntry();
      }
    }
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      assertThat(ModelBundle.validateClasspath(loader).files()).isEqualTo(4);
    } finally {
      Files.deleteIfExists(jar);
    }
  }
}
