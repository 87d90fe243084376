package io.github.kazextract.extract.gazetteer;

import io.github.kazextract.bundle.ModelBundle;
import io.github.kazextract.bundle.ModelFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the line-based data files under {@code models/}: UTF-8, {@code #} starts a comment line,
 * blank lines ignored. A missing file reads as empty (a caller's directory need not hold every
 * file). Bundled files are read only after the bundle passed {@link ModelBundle#checkDefault()};
 * a caller's file is checked as it is read ({@link ModelBundle#readCallerFile}): invalid UTF-8,
 * control characters or a line of the wrong shape throw {@link ModelFileException}.
 */
public final class ModelLines {

  /** Classpath root of the bundled models. */
  public static final String ROOT = "/io/github/kazextract/models/";

  private ModelLines() {}

  /** One content line of a model file, with where it came from, for error messages. */
  public record Line(String source, int number, String text) {
    /** An exception naming the file, the line and the problem. */
    public ModelFileException error(String problem) {
      return new ModelFileException(source, number, problem + ": \"" + text + "\"");
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
    ModelBundle.checkDefault();
    try (InputStream in = ModelLines.class.getResourceAsStream(ROOT + relative)) {
      if (in == null) {
        return List.of();
      }
      return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "models/" + relative);
    } catch (IOException e) {
      throw new ModelFileException("models/" + relative, 0, "cannot be read: " + e.getMessage(), e);
    }
  }

  /** Like {@link #file} but with line numbers. */
  public static List<Line> numberedFile(Path path) {
    if (!Files.isRegularFile(path)) {
      return List.of();
    }
    return read(ModelBundle.readCallerFile(path), path.toString());
  }

  private static List<String> texts(List<Line> lines) {
    List<String> out = new ArrayList<>(lines.size());
    for (Line l : lines) {
      out.add(l.text());
    }
    return List.copyOf(out);
  }

  private static List<Line> read(String text, String source) {
    List<Line> out = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (i == 0 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      out.add(new Line(source, i + 1, Normalizer.normalize(stripTrailing(line), Normalizer.Form.NFC)));
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
