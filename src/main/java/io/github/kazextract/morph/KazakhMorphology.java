package io.github.kazextract.morph;

import java.util.List;
import java.util.Objects;

/**
 * Kazakh morphological analyzer. PLACEHOLDER implementation (returns the word itself) until the
 * analyzer lands; the public API is final. Thread-safe; construct once and share.
 */
public final class KazakhMorphology {

  private static volatile KazakhMorphology defaultInstance;

  /** Loads the bundled models from the classpath. */
  public KazakhMorphology() {}

  /** A shared instance with the bundled models, loaded on first use. */
  public static KazakhMorphology getDefault() {
    KazakhMorphology m = defaultInstance;
    if (m == null) {
      synchronized (KazakhMorphology.class) {
        m = defaultInstance;
        if (m == null) {
          m = new KazakhMorphology();
          defaultInstance = m;
        }
      }
    }
    return m;
  }

  /** Every analysis of {@code word}, most likely first; never empty. */
  public List<Analysis> analyze(String word) {
    Objects.requireNonNull(word, "word");
    return List.of(new Analysis(word, "X", ""));
  }

  /** The lemma of the most likely analysis. */
  public String lemma(String word) {
    return analyze(word).get(0).lemma();
  }
}
