package io.github.kazextract.morph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tab-separated model files bundled under {@code io/github/kazextract/models/}. Written
 * for a cold JVM (first analysis in well under 300 ms): one bulk read and decode, plain index
 * scanning, no regular expressions or lambdas.
 */
final class ModelFiles {
  static final String ROOT = "/io/github/kazextract/models/";

  private ModelFiles() {}

  /** The whole resource as text, or null if it is absent and optional. */
  static String text(String path, boolean optional) {
    byte[] b = bytes(path, optional);
    return b == null ? null : new String(b, StandardCharsets.UTF_8);
  }

  /** The whole resource's bytes, or null if it is absent and optional. */
  static byte[] bytes(String path, boolean optional) {
    try (InputStream in = ModelFiles.class.getResourceAsStream(ROOT.concat(path))) {
      if (in == null) {
        if (optional) {
          return null;
        }
        throw new IllegalStateException("missing model file ".concat(ROOT).concat(path));
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Non-comment, non-blank lines split on tabs; an empty list if the resource is absent and optional. */
  static List<String[]> rows(String path, boolean optional) {
    List<String[]> out = new ArrayList<>();
    String text = text(path, optional);
    if (text == null) {
      return out;
    }
    int n = text.length();
    int pos = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
    while (pos < n) {
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? n : nl;
      int e = end > pos && text.charAt(end - 1) == '\r' ? end - 1 : end;
      if (e > pos && text.charAt(pos) != '#' && !isBlank(text, pos, e)) {
        out.add(split(text, pos, e));
      }
      pos = end + 1;
    }
    return out;
  }

  private static boolean isBlank(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static String[] split(String s, int from, int to) {
    int cols = 1;
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == '\t') {
        cols++;
      }
    }
    String[] r = new String[cols];
    int c = 0;
    int start = from;
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == '\t') {
        r[c++] = s.substring(start, i);
        start = i + 1;
      }
    }
    r[c] = s.substring(start, to);
    return r;
  }
}
