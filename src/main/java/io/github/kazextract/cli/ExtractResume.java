package io.github.kazextract.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** Reads what an earlier, possibly interrupted, run already wrote, so {@code --resume} can skip it. */
final class ExtractResume {

  private static final JsonFactory JSON = new JsonFactory();

  private ExtractResume() {}

  /**
   * The ids of the complete lines of {@code output}. A last line cut off by an interruption is
   * removed from the file first, so appended lines start on a line of their own.
   */
  static Set<String> doneIds(Path output) throws IOException {
    truncatePartialLastLine(output);
    Set<String> ids = new HashSet<>();
    try (BufferedReader r = Files.newBufferedReader(output, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        String id = topLevelId(line);
        if (id != null) {
          ids.add(id);
        }
      }
    }
    return ids;
  }

  /** The top-level "id" of one JSON line, read without building the whole tree; null if none. */
  static String topLevelId(String line) {
    try (JsonParser p = JSON.createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        if (name.equals("id") && v.isScalarValue() && v != JsonToken.VALUE_NULL) {
          return p.getText();
        }
        p.skipChildren();
      }
      return null;
    } catch (IOException e) {
      return null; // a damaged line: its document will be done again
    }
  }

  private static void truncatePartialLastLine(Path file) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      long end = f.length();
      long pos = end;
      byte[] buf = new byte[8192];
      while (pos > 0) {
        int n = (int) Math.min(buf.length, pos);
        f.seek(pos - n);
        f.readFully(buf, 0, n);
        for (int i = n - 1; i >= 0; i--) {
          if (buf[i] == '\n') {
            long keep = pos - n + i + 1;
            if (keep < end) {
              f.setLength(keep);
            }
            return;
          }
        }
        pos -= n;
      }
      f.setLength(0); // no complete line at all
    }
  }
}
