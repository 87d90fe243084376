package io.github.kazextract.token;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import opennlp.tools.sentdetect.SentenceDetector;
import opennlp.tools.util.Span;

/**
 * Lets a caller's OpenNLP {@link SentenceDetector} split the pipeline's text into sentences. The
 * pipeline groups tokens by the sentence span holding their start; spans outside the text, empty
 * or out of order are dropped so that a sloppy detector cannot break the offsets. Immutable and
 * thread-safe when the wrapped detector is.
 */
public final class SentenceDetectorAdapter {

  private final SentenceDetector detector;

  public SentenceDetectorAdapter(SentenceDetector detector) {
    this.detector = Objects.requireNonNull(detector, "detector");
  }

  /** The wrapped detector. */
  public SentenceDetector detector() {
    return detector;
  }

  /**
   * Sentence spans on {@code text}, in order and not overlapping.
   *
   * @param tokens the text's tokens (unused: an OpenNLP detector works on the text alone)
   */
  public Span[] sentPosDetect(String text, List<Token> tokens) {
    Objects.requireNonNull(text, "text");
    Span[] spans = detector.sentPosDetect(text);
    List<Span> out = new ArrayList<>(spans.length);
    int last = 0;
    for (Span s : spans) {
      if (s.getStart() >= last && s.getEnd() > s.getStart() && s.getEnd() <= text.length()) {
        out.add(s);
        last = s.getEnd();
      }
    }
    return out.toArray(new Span[0]);
  }
}
