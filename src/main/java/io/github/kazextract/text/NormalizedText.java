package io.github.kazextract.text;

import java.util.Objects;
import opennlp.tools.util.Span;

/**
 * A derived view of a caller's text (normalized for matching, later also transliterated) that
 * remembers where each of its characters came from, so that matches found in {@link #text()} are
 * reported as spans on {@link #original()}.
 *
 * @param original the caller's string
 * @param text the derived string that rules match against
 * @param map positions in {@code text} to UTF-16 offsets in {@code original}
 */
public record NormalizedText(String original, String text, OffsetMap map) {

  public NormalizedText {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(map, "map");
    if (map.length() != text.length() || map.originalLength() != original.length()) {
      throw new IllegalArgumentException("offset map does not fit the strings");
    }
  }

  /** Original offset of derived offset {@code start} (inclusive). */
  public int originalStart(int start) {
    return map.originalStart(start);
  }

  /** Original offset of derived offset {@code end} (exclusive). */
  public int originalEnd(int end) {
    return map.originalEnd(end);
  }

  /** The original span of the derived span {@code [start, end)}. */
  public Span originalSpan(int start, int end) {
    if (start > end) {
      throw new IllegalArgumentException("start > end: " + start + " > " + end);
    }
    if (start == end) {
      int o = map.originalStart(start);
      return new Span(o, o);
    }
    return new Span(map.originalStart(start), map.originalEnd(end));
  }

  /** The original substring behind the derived span {@code [start, end)}. */
  public String originalText(int start, int end) {
    Span s = originalSpan(start, end);
    return original.substring(s.getStart(), s.getEnd());
  }
}
