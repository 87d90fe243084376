package io.github.kazextract.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the linguist-editable data files under {@code models/} from the classpath. */
public final class DataFiles {

  /** Classpath folder that holds the contents of {@code models/}. */
  public static final String MODELS = "/io/github/kazextract/models/";

  private DataFiles() {}

  /**
   * The rows of a TAB-separated file under {@code models/} ({@code token/abbreviations.tsv}):
   * blank lines and lines starting with {@code #} are skipped, cells are not trimmed except for a
   * trailing carriage return.
   */
  public static List<String[]> rows(String relativePath) {
    List<String[]> out = new ArrayList<>();
    for (String line : lines(relativePath)) {
      out.add(line.split("\t", -1));
    }
    return List.copyOf(out);
  }

  /** The non-blank, non-comment lines of a file under {@code models/}. */
  public static List<String> lines(String relativePath) {
    String path = MODELS + relativePath;
    try (InputStream in = DataFiles.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing model file on the classpath: " + path);
      }
      List<String> out = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.endsWith("\r")) {
          line = line.substring(0, line.length() - 1);
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        out.add(line);
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read model file " + path, e);
    }
  }
}
