package io.github.kazextract.extract.stat;

import io.github.kazextract.morph.Analysis;
import io.github.kazextract.morph.KazakhMorphology;
import java.util.Map;

/**
 * The nominative of an inflected word as the morphology reads it, keeping every other feature:
 * plural and possessive stay ({@code бассейнінде → бассейні}, {@code мұхиттарында → мұхиттары},
 * {@code Африкада → Африка}). The analyzer does not generate forms, so the word's own prefixes are
 * tried, longest first, until one reads as the same lemma and features without the case. Immutable,
 * thread-safe.
 */
final class NominativeForm {

  private final KazakhMorphology morphology;

  NominativeForm(KazakhMorphology morphology) {
    this.morphology = morphology;
  }

  /** The word in the nominative, or null when its likeliest reading has no case ending to drop. */
  String of(String word) {
    Analysis top = morphology.analyze(word).get(0);
    String caseName = top.feature("Case");
    if (caseName == null || caseName.equals("Nom")) {
      return null;
    }
    Map<String, String> want = withoutCase(top);
    int shortest = Math.max(1, Math.min(top.lemma().length(), word.length()) - 1);
    // a stem-final consonant may change before a vowel (аймақ → аймағы): allow one letter less
    for (int k = word.length() - 1; k >= shortest; k--) {
      String prefix = word.substring(0, k);
      for (Analysis a : morphology.analyze(prefix)) {
        String c = a.feature("Case");
        if ((c == null || c.equals("Nom")) && a.lemma().equals(top.lemma()) && a.upos().equals(top.upos())
            && withoutCase(a).equals(want)) {
          return prefix;
        }
      }
    }
    return null;
  }

  /** Whether any reading of the word is in {@code caseName} (UD value: Dat, Acc ...). */
  boolean canBe(String word, String caseName) {
    for (Analysis a : morphology.analyze(word)) {
      if (caseName.equals(a.feature("Case"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the likeliest reading of the word is a postposition or a locative/ablative noun: an
   * adverbial (Қазіргі уақытта, деректері бойынша), never a word inside a name.
   */
  boolean adverbial(String word) {
    Analysis top = morphology.analyze(word).get(0);
    String c = top.feature("Case");
    return top.upos().equals("ADP") || "Loc".equals(c) || "Abl".equals(c);
  }

  /** Whether the likeliest reading of the word is plural (the head of a coordinated region). */
  boolean plural(String word) {
    return "Plur".equals(morphology.analyze(word).get(0).feature("Number"));
  }

  private static Map<String, String> withoutCase(Analysis a) {
    Map<String, String> m = a.featureMap();
    m.remove("Case");
    return m;
  }
}
