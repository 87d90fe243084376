package io.github.kazextract.morph;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import opennlp.tools.lemmatizer.Lemmatizer;

/**
 * OpenNLP {@link Lemmatizer} backed by {@link KazakhMorphology}; the tags argument is ignored (it
 * may be null). Immutable and thread-safe.
 *
 * <p>Error model: throws only {@link NullPointerException} naming the parameter: {@code toks} for
 * a null array or list, {@code word} for a null element of it. Every token gets a lemma, one per
 * token and in order: an empty array or list gives an empty result; the empty string lemmatizes to
 * itself; white space, punctuation and words the rules cannot read (Latin, Chinese, digits) come
 * back unchanged as their own lemma.
 */
public final class KazakhLemmatizer implements Lemmatizer {

  private final KazakhMorphology morphology;

  public KazakhLemmatizer() {
    this(KazakhMorphology.getDefault());
  }

  public KazakhLemmatizer(KazakhMorphology morphology) {
    this.morphology = Objects.requireNonNull(morphology, "morphology");
  }

  @Override
  public String[] lemmatize(String[] toks, String[] tags) {
    Objects.requireNonNull(toks, "toks");
    String[] out = new String[toks.length];
    for (int i = 0; i < toks.length; i++) {
      out[i] = morphology.lemma(toks[i]);
    }
    return out;
  }

  @Override
  public List<List<String>> lemmatize(List<String> toks, List<String> tags) {
    Objects.requireNonNull(toks, "toks");
    List<List<String>> out = new ArrayList<>(toks.size());
    for (String t : toks) {
      List<String> lemmas = new ArrayList<>();
      for (Analysis a : morphology.analyze(t)) {
        if (!lemmas.contains(a.lemma())) {
          lemmas.add(a.lemma());
        }
      }
      out.add(lemmas);
    }
    return out;
  }
}
