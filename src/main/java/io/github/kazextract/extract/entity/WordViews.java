package io.github.kazextract.extract.entity;

import io.github.kazextract.morph.Analysis;
import io.github.kazextract.text.TwoGenerationCache;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The forms {@link DocTokens} derives from one word (its ending-stripped stems, the morphology's
 * lemmas, their lower-cased forms) depend only on the word and its analyses, and press releases
 * repeat the same few thousand words: they are computed once and shared by every document.
 * Thread-safe; memory stays bounded by a two-generation cache like the morphology's.
 */
final class WordViews {

  /** Words per cache generation. */
  private static final int CACHE_LIMIT = 30_000;

  /**
   * One word's view.
   *
   * @param analyses the analyses the view was built from (compared on lookup, by identity first)
   * @param lower the word lower-cased ({@link PhraseIndex#lower})
   * @param forms candidate forms, the word itself first; unmodifiable
   * @param lowerForms {@code forms} lower-cased, same order; unmodifiable
   * @param stems the ending analyses (stems of at least two letters); unmodifiable
   * @param orgHead the first form that is an organisation head, or null
   * @param pluralSingular the singular of the first lower-cased form that is a plural place classifier, or null
   */
  record View(List<Analysis> analyses, String lower, List<String> forms, List<String> lowerForms, List<ProperNounEndings.Stem> stems,
      String orgHead, String pluralSingular) {}

  private final Set<String> orgHeads;
  private final Map<String, String> pluralClassifiers;

  /** Views answering, besides the forms, which form is in {@code orgHeads} and in {@code pluralClassifiers}. */
  WordViews(Set<String> orgHeads, Map<String, String> pluralClassifiers) {
    this.orgHeads = orgHeads;
    this.pluralClassifiers = pluralClassifiers;
  }

  /** The view of a word's forms, with the model's questions about them answered. */
  View view(List<Analysis> analyses, String lower, List<String> forms, List<String> lowerForms, List<ProperNounEndings.Stem> stems) {
    String orgHead = null;
    for (int k = 0; k < lowerForms.size(); k++) {
      if (orgHeads.contains(lowerForms.get(k))) {
        orgHead = forms.get(k);
        break;
      }
    }
    String singular = null;
    for (String f : lowerForms) {
      singular = pluralClassifiers.get(f);
      if (singular != null) {
        break;
      }
    }
    return new View(analyses, lower, forms, lowerForms, stems, orgHead, singular);
  }

  private final TwoGenerationCache<String, View> cache = new TwoGenerationCache<>(CACHE_LIMIT);

  /** The cached view of {@code word} built from {@code analyses}, else {@code build}'s, cached. */
  View get(String word, List<Analysis> analyses, Supplier<View> build) {
    View v = cache.get(word);
    if (v != null && sameAnalyses(v, analyses)) {
      return v;
    }
    v = build.get();
    cache.put(word, v);
    return v;
  }

  private static boolean sameAnalyses(View v, List<Analysis> analyses) {
    return v.analyses() == analyses || v.analyses().equals(analyses);
  }
}
