package io.github.kazextract.token;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Token F1 of {@link KazakhTokenizer} against a CoNLL-U file: the gold surface tokens (multiword
 * token lines, else word lines) are located in each sentence's {@code # text} and compared with
 * the tokenizer's spans on that text. Test-scope tool; also runnable with {@code main(FILE)}.
 */
final class UdTokenizationScore {

  /**
   * @param gold gold tokens
   * @param predicted our tokens
   * @param correct our tokens with exactly a gold token's span
   * @param sameSpanGroups places where one side has a single token and the other several tokens
   *     covering exactly the same characters ({@code 15-жылдығының} vs {@code 15 | - |
   *     жылдығының}; {@code болған | емес} vs KTB's {@code болған емес})
   * @param sameSpanGold gold tokens inside those groups
   * @param sameSpanPredicted our tokens inside those groups
   */
  record Result(int gold, int predicted, int correct, int sameSpanGroups, int sameSpanGold, int sameSpanPredicted,
      List<String> errors) {

    /**
     * F1 when each same-span group counts as one matched token on both sides: the figure with
     * the tokenization conventions (ranges, number-suffix forms, hyphenated compounds, KTB's
     * multiword tokens) set aside, leaving only boundary errors.
     */
    double sameSpanF1() {
      double g = gold - sameSpanGold + sameSpanGroups;
      double p = predicted - sameSpanPredicted + sameSpanGroups;
      double c = correct + sameSpanGroups;
      double pr = p == 0 ? 0 : c / p;
      double re = g == 0 ? 0 : c / g;
      return pr + re == 0 ? 0 : 2 * pr * re / (pr + re);
    }

    double precision() {
      return predicted == 0 ? 0 : (double) correct / predicted;
    }

    double recall() {
      return gold == 0 ? 0 : (double) correct / gold;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  static Result score(Path conllu, KazakhTokenizer tokenizer, int maxErrors) throws IOException {
    int gold = 0;
    int predicted = 0;
    int correct = 0;
    int groups = 0;
    int groupGold = 0;
    int groupPredicted = 0;
    List<String> errors = new ArrayList<>();
    String text = null;
    List<String> forms = new ArrayList<>();
    int skipUntil = 0;
    List<String> lines = new ArrayList<>(Files.readAllLines(conllu, StandardCharsets.UTF_8));
    lines.add("");
    for (String line : lines) {
      if (line.startsWith("# text = ")) {
        text = line.substring("# text = ".length());
      } else if (line.isEmpty()) {
        if (text != null) {
          Set<Long> g = goldSpans(text, forms);
          Set<Long> p = new HashSet<>();
          for (Token t : tokenizer.tokens(text)) {
            p.add(key(t.start(), t.end()));
          }
          for (long k : p) {
            int inside = tiling(k, g, p);
            if (inside > 1) {
              groups++;
              groupPredicted++;
              groupGold += inside;
            }
          }
          for (long k : g) {
            int inside = tiling(k, p, g);
            if (inside > 1) {
              groups++;
              groupGold++;
              groupPredicted += inside;
            }
          }
          gold += forms.size();
          predicted += p.size();
          int ok = 0;
          for (long k : p) {
            if (g.contains(k)) {
              ok++;
            }
          }
          correct += ok;
          if ((ok != p.size() || ok != forms.size()) && errors.size() < maxErrors) {
            errors.add(text + "\n  gold: " + String.join(" | ", forms) + "\n  ours: " + String.join(" | ", tokenizer.tokenize(text)));
          }
        }
        text = null;
        forms.clear();
        skipUntil = 0;
      } else if (!line.startsWith("#")) {
        String[] c = line.split("\t", -1);
        String id = c[0];
        if (id.contains(".")) {
          continue;
        }
        int dash = id.indexOf('-');
        if (dash > 0) {
          skipUntil = Integer.parseInt(id.substring(dash + 1));
          forms.add(c[1]);
        } else if (Integer.parseInt(id) > skipUntil) {
          forms.add(c[1]);
        }
      }
    }
    return new Result(gold, predicted, correct, groups, groupGold, groupPredicted, errors);
  }

  /**
   * How many spans of {@code other} exactly tile the span {@code k} (the first starts at its
   * start, the last ends at its end, none crosses it), when {@code k} itself is not in {@code
   * other} and no span of {@code own} other than {@code k} overlaps it; else 0.
   */
  private static int tiling(long k, Set<Long> other, Set<Long> own) {
    if (other.contains(k)) {
      return 0;
    }
    int s = (int) (k >>> 32);
    int e = (int) k;
    int inside = 0;
    boolean startsHere = false;
    boolean endsHere = false;
    for (long o : other) {
      int os = (int) (o >>> 32);
      int oe = (int) o;
      if (oe <= s || os >= e) {
        continue;
      }
      if (os < s || oe > e) {
        return 0;
      }
      inside++;
      startsHere |= os == s;
      endsHere |= oe == e;
    }
    for (long o : own) {
      int os = (int) (o >>> 32);
      int oe = (int) o;
      if (o != k && oe > s && os < e) {
        return 0;
      }
    }
    return startsHere && endsHere ? inside : 0;
  }

  /**
   * The same score on a KazNERD IOB2 file: each sentence's tokens joined with single spaces are
   * the text, the IOB tokens the gold. Shows where the tokenizer merges or splits what KazNERD's
   * annotators treated as tokens.
   */
  static Result scoreKaznerd(Path iob, KazakhTokenizer tokenizer, int maxErrors) throws IOException {
    StringBuilder conllu = new StringBuilder();
    List<String> toks = new ArrayList<>();
    List<String> lines = new ArrayList<>(Files.readAllLines(iob, StandardCharsets.UTF_8));
    lines.add("");
    for (String line : lines) {
      if (line.isEmpty()) {
        if (!toks.isEmpty()) {
          conllu.append("# text = ").append(String.join(" ", toks)).append('\n');
          for (int i = 0; i < toks.size(); i++) {
            conllu.append(i + 1).append('\t').append(toks.get(i)).append("\t_\t_\t_\t_\t_\t_\t_\t_\n");
          }
          conllu.append('\n');
        }
        toks.clear();
      } else {
        toks.add(line.substring(0, line.lastIndexOf(' ')));
      }
    }
    Path tmp = Files.createTempFile("kaznerd", ".conllu");
    try {
      Files.writeString(tmp, conllu, StandardCharsets.UTF_8);
      return score(tmp, tokenizer, maxErrors);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Gold token spans found left to right in {@code text}; a form not found costs recall only. */
  private static Set<Long> goldSpans(String text, List<String> forms) {
    Set<Long> out = new HashSet<>();
    int cursor = 0;
    for (String f : forms) {
      int at = text.indexOf(f, cursor);
      if (at < 0) {
        continue;
      }
      out.add(key(at, at + f.length()));
      cursor = at + f.length();
    }
    return out;
  }

  private static long key(int start, int end) {
    return ((long) start << 32) | end;
  }

  public static void main(String[] args) throws IOException {
    Path p = Path.of(args[0]);
    int max = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    Result r = p.toString().endsWith(".conllu") ? score(p, new KazakhTokenizer(), max) : scoreKaznerd(p, new KazakhTokenizer(), max);
    r.errors().forEach(System.out::println);
    System.out.printf("gold=%d predicted=%d correct=%d P=%.4f R=%.4f F1=%.4f; same-span groups=%d F1 with them matched=%.4f%n",
        r.gold(), r.predicted(), r.correct(), r.precision(), r.recall(), r.f1(), r.sameSpanGroups(), r.sameSpanF1());
  }
}
