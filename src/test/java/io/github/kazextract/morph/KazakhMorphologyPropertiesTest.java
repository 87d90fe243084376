package io.github.kazextract.morph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any string, above all odd mixes of letters, digits, hyphens and symbols, gets analyses. */
class KazakhMorphologyPropertiesTest {

  private static final KazakhMorphology MORPH = KazakhMorphology.getDefault();

  @Provide
  Arbitrary<String> wordLike() {
    return Arbitraries.strings().withChars("аәбгғдеиклмнңоөпрстуұүхшыіэюяАБҚҰЯ-%0123456789.'’ьJICAx").ofMaxLength(24);
  }

  @Property(tries = 2000)
  void neverThrowsAndNeverReturnsNothing(@ForAll("wordLike") String w) {
    List<Analysis> a = MORPH.analyze(w);
    assertThat(a).isNotEmpty();
    for (Analysis x : a) {
      assertThat(x.lemma()).isNotNull();
    }
  }

  @Property(tries = 500)
  void anyUnicodeStringIsSafe(@ForAll String w) {
    assertThat(MORPH.analyze(w)).isNotEmpty();
    assertThat(MORPH.analyzeSentenceInitial(w)).isNotEmpty();
  }

  @Property(tries = 1000)
  void sentenceInitialReadingNeverFailsAndKeepsTheLength(@ForAll("wordLike") String w) {
    List<Analysis> a = MORPH.analyzeSentenceInitial(w);
    assertThat(a).isNotEmpty();
    // a word only lower-cased for its sentence start is still a reading of the same letters
    assertThat(a.get(0).lemma().length()).isLessThanOrEqualTo(Math.max(w.length() + 1, 1));
  }
}
