package io.github.kazextract.bundle;

import java.nio.charset.StandardCharsets;

/**
 * Checks one model file against its {@link FileShape} in a single pass over its bytes: strict
 * UTF-8 (no overlong forms, surrogates or code points above U+10FFFF), no stray control
 * characters, the declared column count and non-empty required columns on every content line.
 * TAB, newline and every control character are single bytes in UTF-8, so no decoding is needed;
 * the bundle (1.3 MB) is checked in a few milliseconds.
 */
final class FileChecker {

  private FileChecker() {}

  /** {@link #check} and then the decoded text (a leading byte order mark kept). */
  static String decode(String name, byte[] bytes, FileShape shape) {
    check(name, bytes, shape);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /**
   * Checks every line of {@code bytes}.
   *
   * @param name the file as messages name it
   * @param shape the declared shape, or null when only the encoding and characters are checked
   * @throws ModelFileException naming the file, line and problem
   */
  static void check(String name, byte[] bytes, FileShape shape) {
    new Scan(name, bytes, shape).run();
  }

  /** The state of one pass. */
  private static final class Scan {
    private static final int LEADING = 0;
    private static final int CONTENT = 1;
    private static final int COMMENT = 2;

    private final String name;
    private final byte[] b;
    private final FileShape shape;
    private final boolean lineRules;
    private final FileShape.ColumnRule[][] valueRules;

    private int line = 1;
    private int lineStart;
    private int state = LEADING;
    private int columns = 1;
    private int columnStart;
    private boolean columnHasText;
    private int firstBlankColumn;
    private String valueProblem;

    Scan(String name, byte[] bytes, FileShape shape) {
      this.name = name;
      this.b = bytes;
      this.shape = shape;
      this.lineRules = shape == null || shape.kind() != FileShape.Kind.TEXT;
      this.valueRules = shape == null ? new FileShape.ColumnRule[0][] : shape.rulesByColumn();
    }

    void run() {
      int n = b.length;
      int i = n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
      lineStart = i;
      columnStart = i;
      while (i < n) {
        int c = b[i] & 0xFF;
        if (c >= 0x80) {
          int len = sequenceLength(i);
          if (lineRules && state != COMMENT) {
            state = CONTENT;
            String bad = badNonAscii(i, len);
            if (bad != null) {
              throw error(bad + at(i));
            }
            columnHasText = true;
          }
          i += len;
          continue;
        }
        if (c == '\n') {
          endLine(i);
          line++;
          i++;
          lineStart = i;
          columnStart = i;
          continue;
        }
        if (lineRules && state != COMMENT) {
          if (c == '\t') {
            endColumn(i);
            columns++;
            columnStart = i + 1;
          } else if (c == '\r' && (i + 1 == n || b[i + 1] == '\n')) {
            // end of a CRLF line
          } else if (c < 0x20 || c == 0x7F) {
            throw error(String.format("control character U+%04X", c) + at(i));
          } else if (c != ' ') {
            if (state == LEADING && c == '#') {
              state = COMMENT;
            } else {
              state = CONTENT;
              columnHasText = true;
            }
          }
        }
        i++;
      }
      endLine(n);
    }

    /** Ends the column that runs from {@code columnStart} to byte {@code end} (exclusive). */
    private void endColumn(int end) {
      if (!columnHasText && firstBlankColumn == 0 && shape != null && !shape.mayBeBlank(columns)) {
        firstBlankColumn = columns;
      }
      if (columnHasText && valueProblem == null && columns < valueRules.length && valueRules[columns].length > 0) {
        // only constrained columns are decoded; loaders trim columns, so the check does too
        String value = new String(b, columnStart, end - columnStart, StandardCharsets.UTF_8).strip();
        for (FileShape.ColumnRule r : valueRules[columns]) {
          String p = r.problem(value);
          if (p != null) {
            valueProblem = p;
            break;
          }
        }
      }
      columnHasText = false;
    }

    private void endLine(int end) {
      if (state == CONTENT && shape != null && shape.kind() != FileShape.Kind.TEXT) {
        endColumn(end);
        if (shape.kind() == FileShape.Kind.LINES) {
          if (columns > 1) {
            throw error("a TAB in a file of one value a line");
          }
        } else if (columns < shape.minColumns() || columns > shape.maxColumns()) {
          throw error(columns + " column" + (columns == 1 ? "" : "s") + ", expected " + shape.columnsWanted() + " (TAB-separated)");
        } else if (firstBlankColumn > 0) {
          throw error("column " + firstBlankColumn + " is empty");
        } else if (valueProblem != null) {
          throw error(valueProblem);
        }
      }
      state = LEADING;
      columns = 1;
      columnHasText = false;
      firstBlankColumn = 0;
      valueProblem = null;
    }

    /** The length of the valid UTF-8 sequence starting at {@code i} (lead byte >= 0x80). */
    private int sequenceLength(int i) {
      int c = b[i] & 0xFF;
      int len;
      int lo = 0x80;
      int hi = 0xBF;
      if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
      } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0) {
          lo = 0xA0; // no overlong forms
        } else if (c == 0xED) {
          hi = 0x9F; // no surrogates
        }
      } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0) {
          lo = 0x90;
        } else if (c == 0xF4) {
          hi = 0x8F; // nothing above U+10FFFF
        }
      } else {
        throw invalid(i);
      }
      for (int k = 1; k < len; k++) {
        if (i + k >= b.length) {
          throw invalid(i);
        }
        int cont = b[i + k] & 0xFF;
        if (k == 1 ? cont < lo || cont > hi : cont < 0x80 || cont > 0xBF) {
          throw invalid(i + k);
        }
      }
      return len;
    }

    /** C1 controls, the replacement character and a byte order mark inside the text. */
    private String badNonAscii(int i, int len) {
      int c0 = b[i] & 0xFF;
      int c1 = b[i + 1] & 0xFF;
      if (len == 2 && c0 == 0xC2 && c1 <= 0x9F) {
        return String.format("control character U+%04X", c1);
      }
      if (len == 3 && c0 == 0xEF) {
        int c2 = b[i + 2] & 0xFF;
        if (c1 == 0xBF && c2 == 0xBD) {
          return "replacement character U+FFFD (the text was decoded with a wrong encoding before it was saved)";
        }
        if (c1 == 0xBB && c2 == 0xBF) {
          return "byte order mark U+FEFF inside the text";
        }
      }
      return null;
    }

    /** Where byte {@code i} is, for a message: the column and the character within it. */
    private String at(int i) {
      int ch = new String(b, columnStart, i - columnStart, StandardCharsets.UTF_8).length() + 1;
      return " at column " + columns + ", character " + ch;
    }

    private ModelFileException invalid(int i) {
      return error(String.format("not valid UTF-8: byte 0x%02X at byte %d of the line (save the file as UTF-8)",
          b[i] & 0xFF, i - lineStart + 1));
    }

    private ModelFileException error(String problem) {
      return new ModelFileException(name, line, problem);
    }
  }
}
