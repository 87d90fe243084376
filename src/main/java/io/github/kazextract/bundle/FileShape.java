package io.github.kazextract.bundle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What every content line (not blank, not a {@code #} comment) of a model file must look like, as
 * written in the shape column of {@code models/MANIFEST.tsv}:
 *
 * <ul>
 *   <li>{@code text}: notes, licences, scripts; not read by the library, only checked to be UTF-8;
 *   <li>{@code lines}: one non-empty value a line, no TAB;
 *   <li>{@code tsv N} or {@code tsv N-M}: N to M TAB-separated columns, the first N non-empty;
 *   <li>then any of these clauses, each naming columns (1-based, {@code ,} between):
 *       {@code blank C,D}: columns C and D may be empty even among the first N;
 *       {@code int C}: a non-empty column C is a whole number ({@code 12}, {@code -3});
 *       {@code number C}: a non-empty column C is a decimal number ({@code -0.5});
 *       {@code enum C A|B}: a non-empty column C is exactly one of the values (case-sensitive).
 * </ul>
 *
 * <p>Every shape but {@code text} also rejects control characters other than TAB and the
 * replacement character U+FFFD (the trace of text decoded with the wrong encoding). The value
 * clauses exist so that a line a loader cannot read ({@code ZZZ} as a month number, an unknown place
 * kind) is reported by file and line before the loader trips over it.
 */
public record FileShape(Kind kind, int minColumns, int maxColumns, int[] blankAllowed, List<ColumnRule> columnRules) {

  /** The three kinds of file. */
  public enum Kind { TEXT, LINES, TSV }

  /** The value types a column can be constrained to. */
  public enum ValueType { INT, NUMBER, ENUM }

  /**
   * A constraint on the non-empty values of one column.
   *
   * @param column 1-based column
   * @param type the kind of value
   * @param values the allowed values of an {@link ValueType#ENUM} column, else empty
   */
  public record ColumnRule(int column, ValueType type, List<String> values) {
    public ColumnRule {
      values = List.copyOf(values);
    }

    /** What is wrong with {@code value}, or null when it is allowed. Empty values are left to the blank check. */
    public String problem(String value) {
      if (value.isEmpty()) {
        return null;
      }
      return switch (type) {
        case INT -> isInt(value) ? null : "column " + column + " must be a whole number, got '" + value + "'";
        case NUMBER -> isNumber(value) ? null : "column " + column + " must be a number, got '" + value + "'";
        case ENUM -> values.contains(value) ? null
            : "column " + column + " must be one of " + String.join("|", values) + ", got '" + value + "'";
      };
    }

    // hand-written so that no regular expression or exception runs per line; whole numbers fit a long
    private static boolean isInt(String s) {
      int i = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
      if (i == s.length() || s.length() - i > 18) {
        return false;
      }
      for (; i < s.length(); i++) {
        if (s.charAt(i) < '0' || s.charAt(i) > '9') {
          return false;
        }
      }
      return true;
    }

    private static boolean isNumber(String s) {
      int i = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
      int digits = 0;
      boolean dot = false;
      for (; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c >= '0' && c <= '9') {
          digits++;
        } else if (c == '.' && !dot) {
          dot = true;
        } else {
          return false;
        }
      }
      return digits > 0;
    }

    @Override
    public String toString() {
      return type.name().toLowerCase(Locale.ROOT) + " " + column + (type == ValueType.ENUM ? " " + String.join("|", values) : "");
    }
  }

  public FileShape {
    blankAllowed = blankAllowed.clone();
    columnRules = List.copyOf(columnRules);
  }

  /** A shape without value constraints. */
  public FileShape(Kind kind, int minColumns, int maxColumns, int[] blankAllowed) {
    this(kind, minColumns, maxColumns, blankAllowed, List.of());
  }

  /** The same shape without its value clauses (column count and blank columns only). */
  public FileShape withoutColumnRules() {
    return columnRules.isEmpty() ? this : new FileShape(kind, minColumns, maxColumns, blankAllowed);
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

  /** The value constraints by 1-based column (index 0 unused); empty arrays for most columns. */
  ColumnRule[][] rulesByColumn() {
    int n = 0;
    for (ColumnRule r : columnRules) {
      n = Math.max(n, r.column());
    }
    ColumnRule[][] out = new ColumnRule[n + 1][];
    for (int c = 0; c <= n; c++) {
      final int col = c;
      out[c] = columnRules.stream().filter(r -> r.column() == col).toArray(ColumnRule[]::new);
    }
    return out;
  }

  /**
   * Reads a shape as written in the manifest.
   *
   * @throws IllegalArgumentException naming what is wrong with the text
   */
  public static FileShape parse(String text) {
    String[] w = text.strip().split("\\s+");
    String head = w[0].toLowerCase(Locale.ROOT);
    switch (head) {
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
        if (w.length >= 2) {
          int dash = w[1].indexOf('-');
          int min = number(dash < 0 ? w[1] : w[1].substring(0, dash), text);
          int max = dash < 0 ? min : number(w[1].substring(dash + 1), text);
          if (min < 1 || max < min) {
            throw new IllegalArgumentException("column range must be N or N-M with 1 <= N <= M: '" + text + "'");
          }
          return clauses(w, text, min, max);
        }
        break;
      default:
        break;
    }
    throw new IllegalArgumentException("unknown shape '" + text
        + "' (text, lines, tsv N, tsv N-M, then clauses blank C,D / int C / number C / enum C A|B)");
  }

  private static FileShape clauses(String[] w, String text, int min, int max) {
    List<Integer> blank = new ArrayList<>();
    List<ColumnRule> rules = new ArrayList<>();
    int i = 2;
    while (i < w.length) {
      String clause = w[i].toLowerCase(Locale.ROOT);
      if (i + 1 >= w.length) {
        throw new IllegalArgumentException("'" + clause + "' without columns in '" + text + "'");
      }
      List<Integer> cols = new ArrayList<>();
      for (String s : w[i + 1].split(",")) {
        int c = number(s, text);
        if (c < 1 || c > max) {
          throw new IllegalArgumentException("column " + c + " outside 1-" + max + " in '" + text + "'");
        }
        cols.add(c);
      }
      switch (clause) {
        case "blank" -> blank.addAll(cols);
        case "int", "number" -> cols.forEach(c -> rules.add(
            new ColumnRule(c, clause.equals("int") ? ValueType.INT : ValueType.NUMBER, List.of())));
        case "enum" -> {
          if (i + 2 >= w.length || w[i + 2].isEmpty()) {
            throw new IllegalArgumentException("enum without values (A|B|C) in '" + text + "'");
          }
          List<String> values = List.of(w[i + 2].split("\\|"));
          if (values.contains("")) {
            throw new IllegalArgumentException("empty enum value in '" + text + "'");
          }
          cols.forEach(c -> rules.add(new ColumnRule(c, ValueType.ENUM, values)));
          i++;
        }
        default -> throw new IllegalArgumentException("unknown clause '" + w[i] + "' in '" + text
            + "' (blank C,D / int C / number C / enum C A|B)");
      }
      i += 2;
    }
    return new FileShape(Kind.TSV, min, max, blank.stream().mapToInt(Integer::intValue).toArray(), rules);
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
          + (blankAllowed.length == 0 ? "" : " blank " + String.join(",", Arrays.stream(blankAllowed).mapToObj(Integer::toString).toList()))
          + columnRules.stream().map(r -> " " + r).reduce("", String::concat);
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FileShape s && s.kind == kind && s.minColumns == minColumns && s.maxColumns == maxColumns
        && Arrays.equals(s.blankAllowed, blankAllowed) && s.columnRules.equals(columnRules);
  }

  @Override
  public int hashCode() {
    return ((kind.hashCode() * 31 + minColumns) * 31 + maxColumns * 7 + Arrays.hashCode(blankAllowed)) * 31 + columnRules.hashCode();
  }
}
