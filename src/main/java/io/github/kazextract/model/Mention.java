package io.github.kazextract.model;

import io.github.kazextract.text.NormalizedText;
import opennlp.tools.util.Span;

/** A span of the caller's original text: UTF-16 offsets, {@code end} exclusive, {@code text} the exact substring. */
public record Mention(int start, int end, String text) {

  /** {@code m}, a span of {@code view.text()}, as the span of {@code view.original()} it came from. */
  public static Mention mapped(Mention m, NormalizedText view) {
    Span s = view.originalSpan(m.start(), m.end());
    return new Mention(s.getStart(), s.getEnd(), view.original().substring(s.getStart(), s.getEnd()));
  }
}
