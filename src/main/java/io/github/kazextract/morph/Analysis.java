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

  // equals, hashCode and toString written out: a record's generated ones bootstrap through
  // java.lang.runtime.ObjectMethods on first use, about 50 ms of a cold JVM's first analysis

  @Override
  public boolean equals(Object o) {
    return o instanceof Analysis a && lemma.equals(a.lemma) && upos.equals(a.upos) && feats.equals(a.feats);
  }

  @Override
  public int hashCode() {
    return (lemma.hashCode() * 31 + upos.hashCode()) * 31 + feats.hashCode();
  }

  @Override
  public String toString() {
    return new StringBuilder(lemma.length() + feats.length() + 32).append("Analysis[lemma=").append(lemma)
        .append(", upos=").append(upos).append(", feats=").append(feats).append(']').toString();
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
