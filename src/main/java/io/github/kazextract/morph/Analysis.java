package io.github.kazextract.morph;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One morphological analysis of a word form.
 *
 * @param lemma the dictionary form (UD Kazakh KTB convention)
 * @param upos Universal POS tag ({@code NOUN}, {@code PROPN}, {@code VERB}, ...)
 * @param feats UD features, {@code |}-separated and sorted ({@code Case=Dat|Number=Sing}), or {@code ""}
 */
public record Analysis(String lemma, String upos, String feats) {
  public Analysis {
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(upos, "upos");
    Objects.requireNonNull(feats, "feats");
  }

  /** The features as an ordered map ({@code Case -> Dat}). */
  public Map<String, String> featureMap() {
    Map<String, String> m = new LinkedHashMap<>();
    if (!feats.isEmpty()) {
      for (String f : feats.split("\\|")) {
        int eq = f.indexOf('=');
        if (eq > 0) {
          m.put(f.substring(0, eq), f.substring(eq + 1));
        }
      }
    }
    return m;
  }

  /** The value of one feature, or null. */
  public String feature(String name) {
    return featureMap().get(name);
  }
}
