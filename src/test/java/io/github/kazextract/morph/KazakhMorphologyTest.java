package io.github.kazextract.morph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KazakhMorphologyTest {

  private static final KazakhMorphology MORPH = KazakhMorphology.getDefault();

  @Test
  void firstAnalysisCarriesLemmaPosAndUdFeatures() {
    Analysis a = MORPH.analyze("хатшысымен").get(0);
    assertThat(a.lemma()).isEqualTo("хатшы");
    assertThat(a.upos()).isEqualTo("NOUN");
    assertThat(a.feats()).isEqualTo("Case=Ins|Number[psor]=Plur,Sing|Person[psor]=3");
    assertThat(MORPH.analyze("Тоқаевқа").get(0)).isEqualTo(new Analysis("Тоқаев", "PROPN", "Case=Dat"));
  }

  @Test
  void sentenceInitialWordsAreAlsoReadInLowerCase() {
    // өл-ген "who died": a verb once the sentence's capital is set aside
    assertThat(MORPH.analyzeSentenceInitial("Өлген").get(0).lemma()).isEqualTo("өл");
    // known names keep their reading and their capital
    assertThat(MORPH.analyzeSentenceInitial("Төлеген").get(0).lemma()).isEqualTo("Төлеген");
    assertThat(MORPH.analyzeSentenceInitial("Тоқаевқа").get(0)).isEqualTo(new Analysis("Тоқаев", "PROPN", "Case=Dat"));
    assertThat(MORPH.analyzeSentenceInitial("Қазақстанның").get(0).lemma()).isEqualTo("Қазақстан");
    // acronyms and odd input are analysed as they are
    assertThat(MORPH.analyzeSentenceInitial("БҰҰ-ның").get(0).lemma()).isEqualTo("БҰҰ");
    assertThat(MORPH.analyzeSentenceInitial("")).isEqualTo(MORPH.analyze(""));
    assertThat(MORPH.analyzeSentenceInitial("Ә")).isEqualTo(MORPH.analyze("Ә"));
  }

  @Test
  void lemmaFrequenciesPreferTheCommonLemma() {
    LemmaFrequencies f = LemmaFrequencies.load();
    assertThat(f.count("ал", true)).isGreaterThan(100);
    assertThat(f.count("ал", true)).isGreaterThan(f.count("ала", false));
    assertThat(LemmaFrequencies.NONE.count("ал", true)).isZero();
    // ала is the converb of ал "take" before it is the adjective "motley"
    assertThat(MORPH.lemma("ала")).isEqualTo("ал");
    assertThat(new KazakhMorphology(LemmaFrequencies.NONE).lemma("ала")).isEqualTo("ала");
  }

  @Test
  void everyAnalysisIsListedMostLikelyFirst() {
    List<Analysis> all = MORPH.analyze("Қазақстанның");
    assertThat(all).hasSizeGreaterThan(1);
    assertThat(all.get(0).lemma()).isEqualTo("Қазақстан");
    assertThat(all).doesNotHaveDuplicates();
    assertThat(MORPH.lemma("Қазақстанның")).isEqualTo("Қазақстан");
  }

  @Test
  void guesserNeverLeavesAnImplausibleStem() {
    // unknown foreign names lose only their case ending
    assertThat(MORPH.lemma("Гутерришке")).isEqualTo("Гутерриш");
    assertThat(MORPH.lemma("Макронның")).isEqualTo("Макрон");
    assertThat(MORPH.lemma("Қасым-Жомартқа")).isEqualTo("Қасым-Жомарт");
    assertThat(MORPH.lemma("Мирзиёевке")).isEqualTo("Мирзиёев");
    assertThat(MORPH.lemma("Нью-Йоркте")).isEqualTo("Нью-Йорк");
    assertThat(MORPH.lemma("Бакуде")).isEqualTo("Баку");
    for (String w : List.of("Қазақстанның", "Қазақстанда", "Қазақстаннан", "Қазақстанмен")) {
      assertThat(MORPH.lemma(w)).as(w).isEqualTo("Қазақстан");
    }
  }

  @Test
  void verbsLemmatizeToTheBareStem() {
    assertThat(MORPH.lemma("қолдайды")).isEqualTo("қолда");
    assertThat(MORPH.analyze("енгізілген").get(0).feature("Voice")).isEqualTo("Pass");
    assertThat(MORPH.lemma("оқиды")).isEqualTo("оқы");
  }

  @Test
  void closedClassFormsComeFromTheTable() {
    assertThat(MORPH.analyze("оның").get(0)).isEqualTo(new Analysis("ол", "PRON", "Case=Gen|Number=Sing|Person=3|PronType=Prs"));
    assertThat(MORPH.lemma("маған")).isEqualTo("мен");
    assertThat(MORPH.lemma("емес")).isEqualTo("е");
  }

  @Test
  void badInputReturnsTheInputAsLemma() {
    for (String w : List.of("", "2024", "...", "«", "COVID-19", "Tokayevқа", "x")) {
      List<Analysis> a = MORPH.analyze(w);
      assertThat(a).as(w).hasSize(1);
      assertThat(a.get(0).lemma()).as(w).isEqualTo(w);
    }
    String huge = "а".repeat(10_000);
    long t0 = System.nanoTime();
    assertThat(MORPH.analyze(huge)).singleElement().extracting(Analysis::lemma).isEqualTo(huge);
    String hugeInflected = "Қазақстан".repeat(7) + "ның";
    assertThat(MORPH.analyze(hugeInflected)).isNotEmpty();
    assertThat(System.nanoTime() - t0).isLessThan(1_000_000_000L);
    assertThatThrownBy(() -> MORPH.analyze(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void threadSafeAndDeterministic() {
    List<String> words = List.of("Тоқаевпен", "агенттіктерінің", "тобына", "Астанада", "БҰҰ-ның", "болады", "министрлігі");
    KazakhMorphology fresh = new KazakhMorphology();
    ConcurrentHashMap<String, List<Analysis>> seen = new ConcurrentHashMap<>();
    IntStream.range(0, 2000).parallel().forEach(i -> {
      String w = words.get(i % words.size());
      List<Analysis> a = fresh.analyze(w);
      List<Analysis> prev = seen.putIfAbsent(w, a);
      if (prev != null) {
        assertThat(a).isEqualTo(prev);
      }
    });
    for (String w : words) {
      assertThat(seen.get(w)).isEqualTo(MORPH.analyze(w));
    }
  }

  @Test
  void resultsAreImmutable() {
    List<Analysis> a = MORPH.analyze("Астанада");
    assertThatThrownBy(() -> a.add(a.get(0))).isInstanceOf(UnsupportedOperationException.class);
  }
}
