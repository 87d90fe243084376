package io.github.kazextract.token;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import opennlp.tools.sentdetect.SentenceDetector;
import opennlp.tools.util.Span;

/**
 * Kazakh sentence splitter. PLACEHOLDER implementation (splits on blank lines and on . ! ?
 * followed by white space) until the full splitter lands; the public API is final.
 */
public final class KazakhSentenceDetector implements SentenceDetector {

  public KazakhSentenceDetector() {}

  @Override
  public String[] sentDetect(CharSequence s) {
    return Span.spansToStrings(sentPosDetect(s), s);
  }

  @Override
  public Span[] sentPosDetect(CharSequence s) {
    Objects.requireNonNull(s, "s");
    List<Span> out = new ArrayList<>();
    int n = s.length();
    int start = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      boolean end = false;
      if (c == '\n') {
        end = true;
      } else if ((c == '.' || c == '!' || c == '?') && (i + 1 == n || Character.isWhitespace(s.charAt(i + 1)))) {
        end = true;
        i++;
      }
      if (end || i == n - 1) {
        int e = Math.min(i + (end ? 0 : 1), n);
        add(out, s, start, e);
        start = e;
      }
    }
    if (start < n) {
      add(out, s, start, n);
    }
    return out.toArray(new Span[0]);
  }

  private static void add(List<Span> out, CharSequence s, int from, int to) {
    Span span = new Span(from, to).trim(s);
    if (span.length() > 0) {
      out.add(span);
    }
  }
}
