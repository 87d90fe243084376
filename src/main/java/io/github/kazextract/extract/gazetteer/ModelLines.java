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

  /** One content line of a model file, with where it came from, for error messages. */
  public record Line(String source, int number, String text) {
    /** An exception naming the file, the line and the problem. */
    public IllegalArgumentException error(String problem) {
      return new IllegalArgumentException(source + ": line " + number + ": " + problem + ": \"" + text + "\"");
    }
  }

  /** Lines of a bundled model file ({@code extract/roles/heads.txt}); empty when absent. */
  public static List<String> classpath(String relative) {
    return texts(numberedClasspath(relative));
  }

  /** Lines of a file on disk; empty when absent. */
  public static List<String> file(Path path) {
    return texts(numberedFile(path));
  }

  /** Like {@link #classpath} but with line numbers. */
  public static List<Line> numberedClasspath(String relative) {
    try (InputStream in = ModelLines.class.getResourceAsStream(ROOT + relative)) {
      if (in == null) {
        return List.of();
      }
      return read(in, relative);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read model " + relative, e);
    }
  }

  /** Like {@link #file} but with line numbers. */
  public static List<Line> numberedFile(Path path) {
    if (!Files.isRegularFile(path)) {
      return List.of();
    }
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, path.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  private static List<String> texts(List<Line> lines) {
    List<String> out = new ArrayList<>(lines.size());
    for (Line l : lines) {
      out.add(l.text());
    }
    return List.copyOf(out);
  }

  private static List<Line> read(InputStream in, String source) throws IOException {
    List<Line> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
          line = line.substring(1);
        }
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        out.add(new Line(source, number, Normalizer.normalize(stripTrailing(line), Normalizer.Form.NFC)));
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
