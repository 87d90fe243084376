package io.github.kazextract.fuzz;

import io.github.kazextract.KazakhExtractor;
import io.github.kazextract.model.Event;
import io.github.kazextract.model.Extraction;
import io.github.kazextract.model.Mention;
import io.github.kazextract.model.Organization;
import io.github.kazextract.model.Person;
import io.github.kazextract.model.Place;
import io.github.kazextract.morph.Analysis;
import io.github.kazextract.token.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import opennlp.tools.util.Span;

/**
 * The robustness contract of the public stages, checked on one input: no exception, offsets that
 * are valid UTF-16 ranges of the caller's string whose substring is the reported text (tokens,
 * sentences, person/organisation/place mentions, event triggers), and the same output when the
 * same input is given twice. Shared by the fuzzing harness and the robustness tests.
 */
public final class Invariants {

  /** Words longer than this are analysed once only (the analyser treats them as opaque anyway). */
  private static final int MAX_ANALYZED_WORDS = 2_000;

  private final KazakhExtractor extractor;

  public Invariants(KazakhExtractor extractor) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
  }

  /** Every violated invariant on {@code text}, as readable lines; empty when all hold. */
  public List<String> violations(String text) {
    Objects.requireNonNull(text, "text");
    List<String> out = new ArrayList<>();
    List<Token> tokens = null;
    try {
      tokens = extractor.tokenizer().tokens(text);
      checkTokens(text, tokens, out);
      if (!tokens.equals(extractor.tokenizer().tokens(text))) {
        out.add("tokenizer: not deterministic");
      }
    } catch (RuntimeException | StackOverflowError e) {
      out.add("tokenizer threw " + describe(e));
    }
    try {
      Span[] s1 = extractor.sentenceDetector().sentPosDetect(text);
      checkSentences(text, s1, out);
      if (!java.util.Arrays.equals(s1, extractor.sentenceDetector().sentPosDetect(text))) {
        out.add("sentences: not deterministic");
      }
    } catch (RuntimeException | StackOverflowError e) {
      out.add("sentence detector threw " + describe(e));
    }
    if (tokens != null) {
      int analysed = 0;
      for (Token t : tokens) {
        if (!t.isWordLike() || analysed++ >= MAX_ANALYZED_WORDS) {
          continue;
        }
        try {
          List<Analysis> a = extractor.morphology().analyze(t.text());
          if (a == null || a.isEmpty()) {
            out.add("morphology: no analysis for " + quote(t.text()));
          }
        } catch (RuntimeException | StackOverflowError e) {
          out.add("morphology threw on " + quote(t.text()) + ": " + describe(e));
        }
      }
    }
    try {
      Extraction x1 = extractor.extract(text);
      checkExtraction(text, x1, out);
      String j1 = x1.toJson();
      String j2 = extractor.extract(text).toJson();
      if (!j1.equals(j2)) {
        out.add("extract: not deterministic");
      }
    } catch (RuntimeException | StackOverflowError e) {
      out.add("extract threw " + describe(e));
    }
    return out;
  }

  static void checkTokens(String text, List<Token> tokens, List<String> out) {
    int prevEnd = 0;
    for (Token t : tokens) {
      if (!validRange(text, t.start(), t.end()) || t.start() == t.end()) {
        out.add("token: bad range [" + t.start() + "," + t.end() + ") in text of length " + text.length());
        return;
      }
      if (t.start() < prevEnd) {
        out.add("token: overlaps previous token at " + t.start());
      }
      if (!text.substring(t.start(), t.end()).equals(t.text())) {
        out.add("token: text " + quote(t.text()) + " differs from substring at [" + t.start() + "," + t.end() + ")");
      }
      prevEnd = t.end();
    }
  }

  static void checkSentences(String text, Span[] spans, List<String> out) {
    int prevEnd = 0;
    for (Span s : spans) {
      if (!validRange(text, s.getStart(), s.getEnd()) || s.getStart() < prevEnd) {
        out.add("sentence: bad or overlapping span " + s + " in text of length " + text.length());
        return;
      }
      prevEnd = s.getEnd();
    }
  }

  static void checkExtraction(String text, Extraction x, List<String> out) {
    for (Person p : x.persons()) {
      checkMentions(text, "person " + p.name(), p.mentions(), out);
    }
    for (Organization o : x.organizations()) {
      checkMentions(text, "organization " + o.name(), o.mentions(), out);
    }
    for (Place p : x.places()) {
      checkMentions(text, "place " + p.name(), p.mentions(), out);
    }
    for (Event e : x.events()) {
      if (e.trigger() != null) {
        checkMention(text, "event trigger " + e.type(), e.trigger(), out);
      }
    }
  }

  private static void checkMentions(String text, String what, List<Mention> mentions, List<String> out) {
    if (mentions == null) {
      return;
    }
    for (Mention m : mentions) {
      checkMention(text, what, m, out);
    }
  }

  private static void checkMention(String text, String what, Mention m, List<String> out) {
    if (!validRange(text, m.start(), m.end())) {
      out.add(what + ": bad range [" + m.start() + "," + m.end() + ") in text of length " + text.length());
    } else if (!text.substring(m.start(), m.end()).equals(m.text())) {
      out.add(what + ": mention " + quote(m.text()) + " differs from substring "
          + quote(text.substring(m.start(), m.end())) + " at [" + m.start() + "," + m.end() + ")");
    }
  }

  private static boolean validRange(String text, int start, int end) {
    return 0 <= start && start <= end && end <= text.length();
  }

  private static String describe(Throwable e) {
    // the first frame in this library names the class responsible
    StackTraceElement where = null;
    for (StackTraceElement f : e.getStackTrace()) {
      if (f.getClassName().startsWith("io.github.kazextract.") && !f.getClassName().startsWith("io.github.kazextract.fuzz.")) {
        where = f;
        break;
      }
    }
    return e.getClass().getName() + ": " + e.getMessage() + (where != null ? " at " + where : "");
  }

  /** Short, escaped rendering of a possibly long or invisible string for a report line. */
  public static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    int limit = Math.min(s.length(), 80);
    for (int i = 0; i < limit; i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c) || (c >= 0x7F && c <= 0x9F)
          || Character.getType(c) == Character.FORMAT || Character.isSpaceChar(c) && c != ' ') {
        b.append(String.format("\\u%04X", (int) c));
      } else {
        b.append(c);
      }
    }
    if (s.length() > limit) {
      b.append("...(").append(s.length()).append(" chars)");
    }
    return b.append('"').toString();
  }
}
