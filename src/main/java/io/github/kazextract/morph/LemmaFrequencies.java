package io.github.kazextract.morph;

import java.util.HashMap;
import java.util.Map;

/**
 * How often a lemma occurs in running Kazakh text ({@code models/morph/lemma-frequency.tsv}),
 * separately for verb and nominal readings. A frequent lemma is the likelier reading of an ambiguous
 * form: {@code ала} is the converb of {@code ал} "take" far more often than the adjective "motley".
 */
final class LemmaFrequencies {

  static final LemmaFrequencies NONE = new LemmaFrequencies(new HashMap<>(), new HashMap<>());

  private final Map<String, Float> verbs;
  private final Map<String, Float> nominals;

  private LemmaFrequencies(Map<String, Float> verbs, Map<String, Float> nominals) {
    this.verbs = verbs;
    this.nominals = nominals;
  }

  /** The bundled table; empty if the file is absent. */
  static LemmaFrequencies load() {
    Map<String, Float> v = new HashMap<>(1 << 12);
    Map<String, Float> n = new HashMap<>(1 << 14);
    for (String[] r : ModelFiles.rows("morph/lemma-frequency.tsv", true)) {
      if (r.length < 3) {
        throw new IllegalStateException("lemma-frequency.tsv: expected 3 columns: ".concat(String.join("\t", r)));
      }
      (r[1].equals("V") ? v : n).put(r[0], Float.parseFloat(r[2]));
    }
    return new LemmaFrequencies(v, n);
  }

  /** The count of a lower-case lemma as a verb or as a nominal, 0 if unseen. */
  double count(String lowerLemma, boolean verb) {
    Float f = (verb ? verbs : nominals).get(lowerLemma);
    return f == null ? 0 : f;
  }
}
