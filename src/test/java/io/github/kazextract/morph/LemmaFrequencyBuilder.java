package io.github.kazextract.morph;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Regenerates {@code models/morph/lemma-frequency.tsv} from unannotated running text: every word
 * form's readings (ranked by the rules alone, without a frequency table) share its count, weighted
 * by how cheap each reading is and by the current estimate of its lemma's frequency
 * (expectation-maximisation). Run after a change to the rules or lexicon:
 *
 * <pre>java -cp CLASSPATH io.github.kazextract.morph.LemmaFrequencyBuilder IOB2_valid.txt OUT.tsv</pre>
 *
 * The input is one token per line (a KazNERD IOB2 file: token, space, tag).
 */
public final class LemmaFrequencyBuilder {

  private static final int ITERATIONS = 5;
  /** Temperature of the rule costs: lower trusts the rules' ranking more. */
  private static final double TEMPERATURE = 0.25;
  /** Lemmas rarer than this are left out: a single sighting says little. */
  private static final double MIN_COUNT = 1.5;

  private LemmaFrequencyBuilder() {}

  public static void main(String[] args) throws IOException {
    Map<String, Integer> forms = new LinkedHashMap<>();
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      int sp = line.indexOf(' ');
      String tok = sp < 0 ? line.strip() : line.substring(0, sp);
      if (!tok.isEmpty()) {
        forms.merge(tok, 1, Integer::sum);
      }
    }
    KazakhMorphology morph = new KazakhMorphology(LemmaFrequencies.NONE);
    List<Integer> counts = new ArrayList<>();
    List<String[]> keys = new ArrayList<>();
    List<double[]> priors = new ArrayList<>();
    for (Map.Entry<String, Integer> e : forms.entrySet()) {
      Map<String, Double> best = new LinkedHashMap<>();
      for (KazakhMorphology.Scored s : morph.scored(e.getKey())) {
        String key = KazakhMorphology.lowerSameLength(s.analysis().lemma()) + "\t"
            + ("VERB".equals(s.analysis().upos()) || "AUX".equals(s.analysis().upos()) ? "V" : "N");
        best.merge(key, s.cost(), Math::min);
      }
      if (best.isEmpty()) {
        continue;
      }
      double min = Double.POSITIVE_INFINITY;
      for (double c : best.values()) {
        min = Math.min(min, c);
      }
      double[] p = new double[best.size()];
      int i = 0;
      for (double c : best.values()) {
        p[i++] = Math.exp((min - c) / TEMPERATURE);
      }
      counts.add(e.getValue());
      keys.add(best.keySet().toArray(new String[0]));
      priors.add(p);
    }
    Map<String, Double> freq = new HashMap<>();
    for (int it = 0; it < ITERATIONS; it++) {
      Map<String, Double> next = new HashMap<>();
      for (int w = 0; w < keys.size(); w++) {
        String[] k = keys.get(w);
        double[] p = priors.get(w);
        double[] post = new double[k.length];
        double sum = 0;
        for (int i = 0; i < k.length; i++) {
          post[i] = p[i] * (it == 0 ? 1 : freq.getOrDefault(k[i], 0.0) + 0.1);
          sum += post[i];
        }
        for (int i = 0; i < k.length; i++) {
          next.merge(k[i], counts.get(w) * post[i] / sum, Double::sum);
        }
      }
      freq = next;
    }
    List<Map.Entry<String, Double>> rows = new ArrayList<>(freq.entrySet());
    rows.sort((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey()) : Double.compare(b.getValue(), a.getValue()));
    try (Writer out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      out.write("# Lemma frequencies in running Kazakh news text: lemma<TAB>V (verb) or N (nominal)<TAB>count.\n");
      out.write("# Estimated without annotation from the word forms of KazNERD (IOB2_valid.txt, CC BY 4.0)\n");
      out.write("# by src/test/java/io/github/kazextract/morph/LemmaFrequencyBuilder.java: each form's count is\n");
      out.write("# shared among its readings by rule cost and lemma frequency (EM). Regenerate after rule changes.\n");
      for (Map.Entry<String, Double> e : rows) {
        if (e.getValue() >= MIN_COUNT) {
          out.write(e.getKey() + "\t" + String.format(java.util.Locale.ROOT, "%.1f", e.getValue()) + "\n");
        }
      }
    }
  }
}
