package io.github.kazextract.bundle;

import java.util.Arrays;
import java.util.Locale;

/**
 * What every content line (not blank, not a {@code #} comment) of a model file must look like, as
 * written in the shape column of {@code models/MANIFEST.tsv}:
 *
 * <ul>
 *   <li>{@code text}: notes, licences, scripts; not read by the library, only checked to be UTF-8;
 *   <li>{@code lines}: one non-empty value a line, no TAB;
 *   <li>{@code tsv N} or {@code tsv N-M}: N to M TAB-separated columns, the first N non-empty;
 *   <li>a trailing {@code blank C,D}: columns C and D may be empty even among the first N.
 * </ul>
 *
 * <p>Every shape but {@code text} also rejects control characters other than TAB and the
 * replacement character U+FFFD (the trace of text decoded with the wrong encoding).
 */
public record FileShape(Kind kind, int minColumns, int maxColumns, int[] blankAllowed) {

  /** The three kinds of file. */
  public enum Kind { TEXT, LINES, TSV }

  public FileShape {
    blankAllowed = blankAllowed.clone();
  }

  @Override
  public int[] blankAllowed() {
    return blankAllowed.clone();
  }

  /** Whether column {@code c} (1-based) may be empty on a line that has it. */
  public boolean mayBeBlank(int c) {
    if (c > minColumns) {
      return true;
    }
    for (int b : blankAllowed) {
      if (b == c) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads a shape as written in the manifest.
   *
   * @throws IllegalArgumentException naming what is wrong with the text
   */
  public static FileShape parse(String text) {
    String[] w = text.strip().toLowerCase(Locale.ROOT).split("\\s+");
    switch (w[0]) {
      case "text":
        if (w.length == 1) {
          return new FileShape(Kind.TEXT, 0, Integer.MAX_VALUE, new int[0]);
        }
        break;
      case "lines":
        if (w.length == 1) {
          return new FileShape(Kind.LINES, 1, 1, new int[0]);
        }
        break;
      case "tsv":
        if (w.length == 2 || (w.length == 4 && w[2].equals("blank"))) {
          int dash = w[1].indexOf('-');
          int min = number(dash < 0 ? w[1] : w[1].substring(0, dash), text);
          int max = dash < 0 ? min : number(w[1].substring(dash + 1), text);
          if (min < 1 || max < min) {
            throw new IllegalArgumentException("column range must be N or N-M with 1 <= N <= M: '" + text + "'");
          }
          int[] blank = new int[0];
          if (w.length == 4) {
            blank = Arrays.stream(w[3].split(",")).mapToInt(s -> number(s, text)).toArray();
          }
          return new FileShape(Kind.TSV, min, max, blank);
        }
        break;
      default:
        break;
    }
    throw new IllegalArgumentException("unknown shape '" + text + "' (text, lines, tsv N, tsv N-M, tsv N-M blank C,D)");
  }

  private static int number(String s, String text) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a column number: '" + s + "' in '" + text + "'");
    }
  }

  /** The expected column count in words, for messages. */
  String columnsWanted() {
    if (kind == Kind.LINES) {
      return "one value and no TAB";
    }
    return minColumns == maxColumns ? minColumns + " column" + (minColumns == 1 ? "" : "s")
        : minColumns + " to " + maxColumns + " columns";
  }

  @Override
  public String toString() {
    return switch (kind) {
      case TEXT -> "text";
      case LINES -> "lines";
      case TSV -> "tsv " + (minColumns == maxColumns ? "" + minColumns : minColumns + "-" + maxColumns)
          + (blankAllowed.length == 0 ? "" : " blank " + String.join(",", Arrays.stream(blankAllowed).mapToObj(Integer::toString).toList()));
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FileShape s && s.kind == kind && s.minColumns == minColumns && s.maxColumns == maxColumns
        && Arrays.equals(s.blankAllowed, blankAllowed);
  }

  @Override
  public int hashCode() {
    return (kind.hashCode() * 31 + minColumns) * 31 + maxColumns * 7 + Arrays.hashCode(blankAllowed);
  }
}
