package io.github.kazextract.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import opennlp.tools.util.Span;

/** The invariants every tokenization and sentence split must satisfy, and the texts they are checked on. */
final class TokenizationInvariants {

  static final KazakhTokenizer TOKENIZER = new KazakhTokenizer();
  static final KazakhSentenceDetector DETECTOR = new KazakhSentenceDetector(TOKENIZER);

  private TokenizationInvariants() {}

  /** Asserts the token and sentence invariants on {@code text}; {@code what} names it in failures. */
  static void check(String what, String text) {
    List<Token> tokens = TOKENIZER.tokens(text);
    boolean[] covered = new boolean[text.length()];
    int prevEnd = 0;
    for (Token t : tokens) {
      assertThat(t.start()).as("%s: token %s starts after the previous end", what, t).isGreaterThanOrEqualTo(prevEnd);
      assertThat(t.end()).as("%s: token %s", what, t).isGreaterThan(t.start()).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(t.start(), t.end())).as("%s: text of %s", what, t).isEqualTo(t.text());
      if (!t.suffix().isEmpty()) {
        assertThat(t.base() + "-" + t.suffix()).as("%s: base and suffix of %s", what, t).isEqualTo(t.norm());
      }
      for (int i = t.start(); i < t.end(); i++) {
        covered[i] = true;
      }
      prevEnd = t.end();
    }
    for (int i = 0; i < covered.length; i++) {
      if (!covered[i]) {
        char c = text.charAt(i);
        assertThat(KazakhTokenizer.isBlank(c)).as("%s: character U+%04X at %d is in no token", what, (int) c, i).isTrue();
      }
    }
    // sentences: ordered, built of whole tokens, every token not on a separator line in one sentence
    int[] idx = DETECTOR.sentenceIndexes(text, tokens);
    Span[] spans = DETECTOR.sentPosDetect(text, tokens);
    int last = -1;
    for (int i = 0; i < idx.length; i++) {
      if (idx[i] >= 0) {
        assertThat(idx[i]).as("%s: sentence index of token %d", what, i).isBetween(Math.max(last, 0), last + 1);
        last = idx[i];
        Span s = spans[idx[i]];
        assertThat(s.getStart()).isLessThanOrEqualTo(tokens.get(i).start());
        assertThat(s.getEnd()).isGreaterThanOrEqualTo(tokens.get(i).end());
      }
    }
    assertThat(spans.length).as("%s: sentence count", what).isEqualTo(last + 1);
    for (int k = 1; k < spans.length; k++) {
      assertThat(spans[k].getStart()).as("%s: sentence %d starts after the previous", what, k).isGreaterThanOrEqualTo(spans[k - 1].getEnd());
    }
  }

  /** Every release text and corpus sentence under {@code testdata/} (and {@code ../shared} when present). */
  static List<Path> releaseFiles() {
    List<Path> out = new ArrayList<>();
    for (Path root : List.of(Path.of("testdata/releases"), Path.of("../shared/releases"))) {
      if (Files.isDirectory(root)) {
        try (Stream<Path> s = Files.walk(root)) {
          out.addAll(s.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList()));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return out;
  }

  /** The sentences of a KazNERD IOB2 file joined with spaces, one sentence per line. */
  static String kaznerdText(Path iob) throws IOException {
    StringBuilder b = new StringBuilder();
    boolean lineStart = true;
    for (String line : Files.readAllLines(iob, StandardCharsets.UTF_8)) {
      if (line.isEmpty()) {
        b.append('\n');
        lineStart = true;
        continue;
      }
      int sp = line.lastIndexOf(' ');
      if (!lineStart) {
        b.append(' ');
      }
      b.append(sp > 0 ? line.substring(0, sp) : line);
      lineStart = false;
    }
    return b.toString();
  }

  /** The {@code # text} lines of a CoNLL-U file, one per line. */
  static String conlluText(Path conllu) throws IOException {
    return Files.readAllLines(conllu, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("# text = "))
        .map(l -> l.substring(9)).collect(Collectors.joining("\n"));
  }
}
