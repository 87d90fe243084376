package io.github.kazextract.extract.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the line-based data files under {@code models/}: UTF-8, {@code #} starts a comment line,
 * blank lines ignored. A missing file reads as empty, so the recognizer keeps working while the
 * data is being written.
 */
public final class ModelLines {

  /** Classpath root of the bundled models. */
  public static final String ROOT = "/io/github/kazextract/models/";

  private ModelLines() {}

  /** Lines of a bundled model file ({@code extract/roles/heads.txt}); empty when absent. */
  public static List<String> classpath(String relative) {
    try (InputStream in = ModelLines.class.getResourceAsStream(ROOT + relative)) {
      if (in == null) {
        return List.of();
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read model " + relative, e);
    }
  }

  /** Lines of a file on disk; empty when absent. */
  public static List<String> file(Path path) {
    if (!Files.isRegularFile(path)) {
      return List.of();
    }
    try (InputStream in = Files.newInputStream(path)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  private static List<String> read(InputStream in) throws IOException {
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
          line = line.substring(1);
        }
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        out.add(Normalizer.normalize(stripTrailing(line), Normalizer.Form.NFC));
      }
    }
    return List.copyOf(out);
  }

  private static String stripTrailing(String s) {
    int e = s.length();
    while (e > 0 && (s.charAt(e - 1) == '\r' || s.charAt(e - 1) == ' ')) {
      e--;
    }
    return s.substring(0, e);
  }

  /** TAB-separated columns of a line, with empty trailing columns kept. */
  public static String[] columns(String line) {
    String[] c = line.split("\t", -1);
    for (int i = 0; i < c.length; i++) {
      c[i] = c[i].strip();
    }
    return c;
  }

  /** The {@code |}-separated values of a column, blanks dropped. */
  public static List<String> bars(String column) {
    List<String> out = new ArrayList<>();
    if (column == null) {
      return out;
    }
    for (String s : column.split("\\|")) {
      String t = s.strip();
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }
}
