package io.github.kazextract.text.translit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kazextract.KazakhExtractor;
import io.github.kazextract.extract.ExtractionOptions;
import io.github.kazextract.model.Extraction;
import io.github.kazextract.model.Mention;
import io.github.kazextract.model.Person;
import io.github.kazextract.text.KazakhTransliterator;
import io.github.kazextract.text.NormalizedText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A Latin-script release gives the persons and places of its Cyrillic twin, with mentions in the Latin text. */
class ScriptAwareExtractionTest {

  private static KazakhExtractor extractor;

  @BeforeAll
  static void load() {
    extractor = KazakhExtractor.builder().build();
  }

  @Test
  void latinReleaseGivesCyrillicNamesAndLatinMentions() {
    String latin = "Qasym-Jomart Toqaev Şavkat Mirziioevpen telefon arqyly söilestı\n\n"
        + "Memleket basşysy 15 nauryzda Özbekstan Prezidentı Şavkat Mirziioevpen telefon arqyly söilestı, "
        + "dep habarlaidy Aqordanyñ baspasöz qyzmetı.";
    Extraction x = extractor.extract(latin, ExtractionOptions.withId("latin"));
    assertThat(x.persons()).extracting(Person::name).contains("Қасым-Жомарт Тоқаев", "Шавкат Мирзиёев");
    assertThat(x.places()).extracting(p -> p.name()).contains("Өзбекстан");
    Person m = x.persons().stream().filter(p -> p.name().equals("Шавкат Мирзиёев")).findFirst().orElseThrow();
    for (Mention mention : m.mentions()) {
      assertThat(latin.substring(mention.start(), mention.end())).isEqualTo(mention.text()).startsWith("Şavkat");
    }
  }

  @Test
  void theExtractorItselfReadsLatinAndCanBeToldNotTo() {
    String latin = "Memleket basşysy Özbekstan Prezidentı Şavkat Mirziioevpen telefon arqyly söilestı.";
    ExtractionOptions o = ExtractionOptions.withId("latin");
    Extraction x = extractor.extract(latin, o);
    NormalizedText view = KazakhTransliterator.getDefault().toCyrillic(latin);
    assertThat(x).isEqualTo(extractor.extract(view.text(), o).withMentionsMapped(view));
    assertThat(x.persons()).extracting(Person::name).contains("Шавкат Мирзиёев");
    KazakhExtractor cyrillicOnly = KazakhExtractor.builder().transliterate(false).build();
    assertThat(cyrillicOnly.extract(latin, o).persons()).extracting(Person::name).doesNotContain("Шавкат Мирзиёев");
  }

  @Test
  void cyrillicTextGoesThroughUnchanged() {
    String cyr = "Мемлекет басшысы Өзбекстан Президенті Шавкат Мирзиёевпен телефон арқылы сөйлесті.";
    ExtractionOptions o = ExtractionOptions.withId("c");
    assertThat(extractor.extract(cyr, o))
        .isEqualTo(KazakhExtractor.builder().transliterate(false).build().extract(cyr, o));
  }
}
