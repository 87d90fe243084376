package io.github.kazextract.extract.date;

/**
 * A date expression found in text, with its normalised ISO 8601 value.
 *
 * @param tokenStart first token of the expression
 * @param tokenEnd token index after the last
 * @param start UTF-16 start offset in the original text
 * @param end UTF-16 end offset (exclusive)
 * @param value ISO 8601 text: {@code 2020-05-28}, {@code --05-28} (year unknown), {@code 2020},
 *     {@code --05} (month only), or an interval of two of these joined by {@code /}
 *     ({@code 2024-07-03/2024-07-04}, {@code 2020/2021})
 * @param precision the finest unit the expression states
 */
public record DateExpression(int tokenStart, int tokenEnd, int start, int end, String value, Precision precision) {

  /** The finest unit a date expression states. */
  public enum Precision {
    DAY, MONTH, YEAR
  }

  public boolean isRange() {
    return value.indexOf('/') >= 0;
  }
}
