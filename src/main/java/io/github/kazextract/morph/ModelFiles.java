package io.github.kazextract.morph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated model files bundled under {@code io/github/kazextract/models/}. */
final class ModelFiles {
  static final String ROOT = "/io/github/kazextract/models/";

  private ModelFiles() {}

  /** Non-comment, non-blank lines split on tabs; an empty list if the resource is absent and optional. */
  static List<String[]> rows(String path, boolean optional) {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = ModelFiles.class.getResourceAsStream(ROOT + path)) {
      if (in == null) {
        if (optional) {
          return out;
        }
        throw new IllegalStateException("missing model file " + ROOT + path);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
          line = line.substring(1);
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        out.add(line.split("\t", -1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
