package io.github.kazextract.extract.date;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the rule and lexicon files under {@code models/} from the classpath: UTF-8 text, {@code #}
 * starts a comment line, blank lines are skipped, columns are tab-separated.
 */
public final class RuleFiles {

  /** Classpath folder the {@code models/} directory is packaged into. */
  public static final String ROOT = "/io/github/kazextract/models/";

  private RuleFiles() {}

  /** The non-comment, non-blank lines of {@code models/<path>}, NFC-normalised and trimmed at the end. */
  public static List<String> lines(String path) {
    String resource = ROOT + path;
    try (InputStream in = RuleFiles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing model file " + resource);
      }
      List<String> out = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String l = Normalizer.normalize(line.stripTrailing(), Normalizer.Form.NFC);
        if (!l.isBlank() && !l.stripLeading().startsWith("#")) {
          out.add(l);
        }
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** The lines of {@code models/<path>} split on tabs (columns trimmed; empty trailing columns kept). */
  public static List<String[]> tsv(String path) {
    List<String[]> out = new ArrayList<>();
    for (String l : lines(path)) {
      String[] cols = l.split("\t", -1);
      for (int i = 0; i < cols.length; i++) {
        cols[i] = cols[i].strip();
      }
      out.add(cols);
    }
    return List.copyOf(out);
  }
}
