package io.github.kazextract.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kazextract.KazakhExtractor;
import io.github.kazextract.model.PlaceKind;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConllTaggerTest {

  private static ConllTagger tagger;

  @BeforeAll
  static void setUp() {
    tagger = ConllTagger.create(KazakhExtractor.builder().build());
  }

  @Test
  void longerSpanWinsAndTagsAreIob2() {
    List<NerSpan> spans = ConllTagger.resolve(6, List.of(
        new NerSpan(1, 2, "PERSON"), new NerSpan(1, 3, "EVENT"), new NerSpan(4, 5, "DATE"), new NerSpan(4, 5, "GPE")));
    assertThat(spans).containsExactly(new NerSpan(1, 3, "EVENT"), new NerSpan(4, 5, "DATE"));
    assertThat(ConllTagger.toTags(6, spans)).containsExactly("O", "B-EVENT", "I-EVENT", "O", "B-DATE", "O");
  }

  @Test
  void tagsDatesAndEventsInARealSentence() {
    List<String> tokens = List.of(
        "Биыл", "Тәуелсіздік", "күніне", "орай", "2021", "жылғы", "16", "желтоқсанда", "Астанада", "жиын", "өтті", ".");
    List<String> tags = tagger.tag(tokens);
    assertThat(tags).hasSameSizeAs(tokens);
    assertThat(tags.subList(0, 8)).containsExactly(
        "B-DATE", "B-EVENT", "I-EVENT", "O", "B-DATE", "I-DATE", "I-DATE", "I-DATE");
    for (int i = 0; i < tags.size(); i++) {
      String t = tags.get(i);
      assertThat(t).matches("O|[BI]-(PERSON|ORGANISATION|GPE|LOCATION|DATE|EVENT)");
      if (t.startsWith("I-")) {
        assertThat(tags.get(i - 1)).endsWith(t.substring(2));
      }
    }
  }

  @Test
  void emptySentenceHasNoTags() {
    assertThat(tagger.tag(List.of())).isEmpty();
  }

  @Test
  void placeClassFollowsKindAndClassifier() {
    PlaceClasses pc = PlaceClasses.load();
    assertThat(pc.classOf(PlaceKind.COUNTRY, "Қазақстан")).isEqualTo("GPE");
    assertThat(pc.classOf(PlaceKind.CITY, "Алматы")).isEqualTo("GPE");
    assertThat(pc.classOf(PlaceKind.REGION, "Орталық Азия")).isEqualTo("LOCATION");
    assertThat(pc.classOf(PlaceKind.OTHER, "Ақмола облысы")).isEqualTo("GPE");
    assertThat(pc.classOf(PlaceKind.OTHER, "Алатау ауданы")).isEqualTo("GPE");
    assertThat(pc.classOf(PlaceKind.OTHER, "Жайық өзені")).isEqualTo("LOCATION");
    assertThat(pc.classOf(PlaceKind.OTHER, "Каспий теңізі")).isEqualTo("LOCATION");
    assertThat(pc.classOf(PlaceKind.OTHER, "Қарақалпақстан")).isEqualTo("GPE");
    assertThat(pc.classOf(PlaceKind.OTHER, "Медеу")).isEqualTo("LOCATION");
  }

  @Test
  void kazNerdBoundariesOfPlacesOrganisationsAndPersons() {
    // KazNERD leaves "қаласы", "ауданы", "өзені", "су қоймасы" outside, keeps "облысы"
    List<String> t = List.of("Нұр-Сұлтан", "қаласында", "Алматы", "облысында", "Киров", "су", "қоймасына");
    assertThat(tagger.trimClassifier(new NerSpan(0, 2, "GPE"), t)).isEqualTo(new NerSpan(0, 1, "GPE"));
    assertThat(tagger.trimClassifier(new NerSpan(2, 4, "GPE"), t)).isEqualTo(new NerSpan(2, 4, "GPE"));
    // a reservoir is a FACILITY in KazNERD, a class `ner` does not predict
    assertThat(tagger.trimClassifier(new NerSpan(4, 7, "LOCATION"), t)).isEqualTo(new NerSpan(4, 5, "FACILITY"));
    // "теңізі" is left outside only when the rest is a listed place
    List<String> sea = List.of("Каспий", "теңізінде", "Жерорта", "теңізінен");
    assertThat(tagger.trimClassifier(new NerSpan(0, 2, "LOCATION"), sea)).isEqualTo(new NerSpan(0, 1, "LOCATION"));
    assertThat(tagger.trimClassifier(new NerSpan(2, 4, "LOCATION"), sea)).isEqualTo(new NerSpan(2, 4, "LOCATION"));
    // an organisation a few words before a singular title is part of a POSITION
    List<String> pos = List.of("«", "Нұр", "Отан", "»", "партиясының", "төрағасы", "Royal", "Dutch", "Shell", "компанияларының", "басшылары");
    assertThat(tagger.beforePositionHead(new NerSpan(1, 3, "ORGANISATION"), pos)).isTrue();
    assertThat(tagger.beforePositionHead(new NerSpan(6, 9, "ORGANISATION"), pos)).isFalse();
    // the quoted name only: « Нұр Отан » партиясының
    List<String> q = List.of("«", "Нұр", "Отан", "»", "партиясының");
    assertThat(ConllTagger.insideQuotes(new NerSpan(0, 5, "ORGANISATION"), q)).isEqualTo(new NerSpan(1, 3, "ORGANISATION"));
    // a sentence-initial word before a given name is not part of the name
    List<String> p = List.of("Депутат", "Жәмила", "Нұрманбетова", "сөйледі");
    assertThat(tagger.dropLeadingWord(new NerSpan(0, 3, "PERSON"), p)).isEqualTo(new NerSpan(1, 3, "PERSON"));
    // "Үкімет басшысы", "АҚШ доллары" belong to other KazNERD classes
    assertThat(tagger.isPositionHead("басшысы")).isTrue();
    assertThat(tagger.isPositionHead("долларына")).isTrue();
    assertThat(tagger.isPositionHead("министрлігі")).isFalse();
  }

  @Test
  void listedGivenNamesAndSurnamesAreAFallback() {
    List<String> t = List.of("Бүгін", "Динараның", "туған", "күні", ",", "Ұлан", "Нарынбек", "келді", ".");
    assertThat(tagger.knownNames(t)).contains(new NerSpan(1, 2, "PERSON"));
    // common words that are also names are left out: "Бейбіт күннің" = "a peaceful day's"
    assertThat(tagger.knownNames(List.of("Бейбіт", "күннің", "белгісі"))).isEmpty();
  }
}
