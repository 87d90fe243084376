package io.github.kazextract.token;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * Sentence-split F1 on a CoNLL-U file: consecutive {@code # text} sentences of the same source
 * file (the part of {@code sent_id} before the first colon) are joined with one space into a
 * paragraph, and the detector's sentence spans are compared with the gold ones. Test-scope tool;
 * also runnable with {@code main(FILE)}.
 */
final class UdSentenceScore {

  record Result(int gold, int predicted, int correct, List<String> errors) {
    double f1() {
      double p = predicted == 0 ? 0 : (double) correct / predicted;
      double r = gold == 0 ? 0 : (double) correct / gold;
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  static Result score(Path conllu, KazakhSentenceDetector detector, int maxErrors) throws IOException {
    List<String[]> sentences = new ArrayList<>(); // {source, text}
    String source = null;
    for (String line : Files.readAllLines(conllu, StandardCharsets.UTF_8)) {
      if (line.startsWith("# sent_id = ")) {
        String id = line.substring(12);
        int colon = id.indexOf(':');
        source = colon > 0 ? id.substring(0, colon) : id;
      } else if (line.startsWith("# text = ")) {
        sentences.add(new String[] {source, line.substring(9)});
      }
    }
    int gold = 0;
    int predicted = 0;
    int correct = 0;
    List<String> errors = new ArrayList<>();
    int i = 0;
    while (i < sentences.size()) {
      String src = sentences.get(i)[0];
      StringBuilder para = new StringBuilder();
      Set<Long> g = new HashSet<>();
      while (i < sentences.size() && java.util.Objects.equals(sentences.get(i)[0], src)) {
        if (para.length() > 0) {
          para.append(' ');
        }
        String s = sentences.get(i)[1].strip();
        g.add(((long) para.length() << 32) | (para.length() + s.length()));
        para.append(s);
        i++;
      }
      String text = para.toString();
      Span[] spans = detector.sentPosDetect(text);
      gold += g.size();
      predicted += spans.length;
      for (Span s : spans) {
        if (g.contains(((long) s.getStart() << 32) | s.getEnd())) {
          correct++;
        } else if (errors.size() < maxErrors) {
          errors.add(text.substring(s.getStart(), s.getEnd()));
        }
      }
    }
    return new Result(gold, predicted, correct, errors);
  }

  /**
   * The same score on KazNERD IOB2: each sentence's tokens joined with spaces, every {@code group}
   * consecutive sentences joined with a space into one paragraph.
   */
  static Result scoreKaznerd(Path iob, KazakhSentenceDetector detector, int group, int maxErrors) throws IOException {
    List<String> sents = new ArrayList<>();
    List<String> toks = new ArrayList<>();
    List<String> lines = new ArrayList<>(Files.readAllLines(iob, StandardCharsets.UTF_8));
    lines.add("");
    for (String l : lines) {
      if (l.isEmpty()) {
        if (!toks.isEmpty()) {
          sents.add(String.join(" ", toks));
        }
        toks.clear();
      } else {
        toks.add(l.substring(0, l.lastIndexOf(' ')));
      }
    }
    int gold = 0;
    int predicted = 0;
    int correct = 0;
    List<String> errors = new ArrayList<>();
    for (int i = 0; i < sents.size(); i += group) {
      StringBuilder b = new StringBuilder();
      Set<Long> g = new HashSet<>();
      for (int k = i; k < Math.min(i + group, sents.size()); k++) {
        if (b.length() > 0) {
          b.append(' ');
        }
        g.add(((long) b.length() << 32) | (b.length() + sents.get(k).length()));
        b.append(sents.get(k));
      }
      String text = b.toString();
      Span[] spans = detector.sentPosDetect(text);
      gold += g.size();
      predicted += spans.length;
      for (Span s : spans) {
        if (g.contains(((long) s.getStart() << 32) | s.getEnd())) {
          correct++;
        } else if (errors.size() < maxErrors) {
          errors.add(text.substring(s.getStart(), s.getEnd()));
        }
      }
    }
    return new Result(gold, predicted, correct, errors);
  }

  public static void main(String[] args) throws IOException {
    Path p = Path.of(args[0]);
    int max = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    Result r = p.toString().endsWith(".conllu") ? score(p, new KazakhSentenceDetector(), max)
        : scoreKaznerd(p, new KazakhSentenceDetector(), 5, max);
    r.errors().forEach(e -> System.out.println("[" + e + "]"));
    System.out.printf("gold=%d predicted=%d correct=%d F1=%.4f%n", r.gold(), r.predicted(), r.correct(), r.f1());
  }
}
