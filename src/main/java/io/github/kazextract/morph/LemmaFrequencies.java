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
      (r[1].equals("V") ? v : n).put(r[0], count(r[2]));
    }
    return new LemmaFrequencies(v, n);
  }

  /**
   * A count written {@code 1400.1} or {@code 12}: read here, not by {@link Float#parseFloat}, whose
   * first calls cost a cold JVM tens of milliseconds. Anything else goes to {@code parseFloat}.
   */
  private static Float count(String s) {
    long whole = 0;
    int tenths = -1;
    int i = 0;
    int n = s.length();
    for (; i < n && i < 9; i++) {
      char c = s.charAt(i);
      if (c == '.') {
        break;
      }
      if (c < '0' || c > '9') {
        return Float.parseFloat(s);
      }
      whole = whole * 10 + (c - '0');
    }
    if (i == 0 || i == 9) {
      return Float.parseFloat(s);
    }
    if (i < n) {
      if (i != n - 2 || s.charAt(n - 1) < '0' || s.charAt(n - 1) > '9') {
        return Float.parseFloat(s);
      }
      tenths = s.charAt(n - 1) - '0';
    }
    return (float) (tenths < 0 ? whole : (whole * 10 + tenths) / 10.0);
  }

  /** The count of a lower-case lemma as a verb or as a nominal, 0 if unseen. */
  double count(String lowerLemma, boolean verb) {
    Float f = (verb ? verbs : nominals).get(lowerLemma);
    return f == null ? 0 : f;
  }
}
