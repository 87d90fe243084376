package io.github.kazextract.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Writes maps, lists, strings, numbers, booleans and null exactly as Python's {@code json.dumps(...,
 * ensure_ascii=False)} does, so the eval output can be compared byte for byte with score.py.
 */
public final class PyJson {

  private PyJson() {}

  /** {@code json.dumps(value, ensure_ascii=False, indent=indent)}; indent &lt; 0 means compact. */
  public static String dumps(Object value, int indent) {
    StringBuilder b = new StringBuilder();
    write(b, value, indent, 0);
    return b.toString();
  }

  private static void write(StringBuilder b, Object v, int indent, int level) {
    if (v == null) {
      b.append("null");
    } else if (v instanceof String s) {
      string(b, s);
    } else if (v instanceof Boolean x) {
      b.append(x ? "true" : "false");
    } else if (v instanceof Double d) {
      b.append(floatRepr(d));
    } else if (v instanceof Number n) {
      b.append(n.longValue());
    } else if (v instanceof Map<?, ?> m) {
      if (m.isEmpty()) {
        b.append("{}");
        return;
      }
      b.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        separator(b, first, indent, level + 1);
        first = false;
        string(b, String.valueOf(e.getKey()));
        b.append(": ");
        write(b, e.getValue(), indent, level + 1);
      }
      close(b, indent, level);
      b.append('}');
    } else if (v instanceof List<?> l) {
      if (l.isEmpty()) {
        b.append("[]");
        return;
      }
      b.append('[');
      boolean first = true;
      for (Object o : l) {
        separator(b, first, indent, level + 1);
        first = false;
        write(b, o, indent, level + 1);
      }
      close(b, indent, level);
      b.append(']');
    } else {
      string(b, v.toString());
    }
  }

  private static void separator(StringBuilder b, boolean first, int indent, int level) {
    if (indent < 0) {
      if (!first) {
        b.append(", ");
      }
      return;
    }
    if (!first) {
      b.append(',');
    }
    b.append('\n').append(" ".repeat(indent * level));
  }

  private static void close(StringBuilder b, int indent, int level) {
    if (indent >= 0) {
      b.append('\n').append(" ".repeat(indent * level));
    }
  }

  private static void string(StringBuilder b, String s) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        case '\b' -> b.append("\\b");
        case '\f' -> b.append("\\f");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    b.append('"');
  }

  /** Python {@code repr(float)}: the shortest decimal that reads back as the same double. */
  public static String floatRepr(double d) {
    if (Double.isNaN(d)) {
      return "NaN";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "Infinity" : "-Infinity";
    }
    if (d == 0) {
      return (1 / d < 0) ? "-0.0" : "0.0";
    }
    BigDecimal exact = new BigDecimal(d);
    BigDecimal shortest = null;
    for (int digits = 1; digits <= 17; digits++) {
      BigDecimal c = exact.round(new java.math.MathContext(digits, RoundingMode.HALF_EVEN));
      if (c.doubleValue() == d) {
        shortest = c;
        break;
      }
    }
    if (shortest == null) {
      shortest = exact;
    }
    shortest = shortest.stripTrailingZeros();
    double abs = Math.abs(d);
    if (abs >= 1e-4 && abs < 1e16) {
      String s = shortest.toPlainString();
      return s.indexOf('.') >= 0 ? s : s + ".0";
    }
    // scientific as Python writes it: 1e-05, 1.5e+16
    String unscaled = shortest.unscaledValue().abs().toString();
    int exp = unscaled.length() - 1 - shortest.scale();
    String mant = unscaled.length() == 1 ? unscaled : unscaled.charAt(0) + "." + unscaled.substring(1);
    return (d < 0 ? "-" : "") + mant + "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
  }

  /** Python {@code format(d, ".Nf")}: the exact binary value rounded half-even. */
  public static String fixed(double d, int decimals) {
    return new BigDecimal(d).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** Python {@code round(d, n)}. */
  public static double round(double d, int n) {
    return new BigDecimal(d).setScale(n, RoundingMode.HALF_EVEN).doubleValue();
  }
}
