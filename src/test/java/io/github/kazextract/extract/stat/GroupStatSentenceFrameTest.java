package io.github.kazextract.extract.stat;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kazextract.KazakhExtractor;
import io.github.kazextract.model.BreakdownItem;
import io.github.kazextract.model.CountryGroupStat;
import io.github.kazextract.model.Extraction;
import io.github.kazextract.model.Place;
import io.github.kazextract.model.PlaceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Through the whole pipeline: only a noun phrase the membership word governs (dative complement,
 * genitive before құрамына, subject of біріктіреді) names a group; a participle clause that
 * describes the counted countries does not.
 */
class GroupStatSentenceFrameTest {

  private static final KazakhExtractor EXTRACTOR = KazakhExtractor.builder().build();

  @Test
  void participleClauseBeforeTheTotalIsNoGroup() {
    String text = "Агенттік мәліметінше, биыл гуманитарлық көмек алған 19 мемлекеттің жетеуі БҰҰ-ның "
        + "аз дамыған елдер тізіміне енеді. Анықтама үшін: аз дамыған елдер тобына 44 мемлекет кіреді: "
        + "Африканың 32 елі, Азияның сегіз елі, Океанияның үш елі және Латын Американың бір елі – Гаити.";
    List<CountryGroupStat> stats = EXTRACTOR.extract(text).countryGroupStats();
    assertThat(stats).extracting(CountryGroupStat::group).containsExactly("аз дамыған елдер");
    CountryGroupStat st = stats.get(0);
    assertThat(st.total()).isEqualTo(44);
    assertThat(st.breakdown()).extracting(BreakdownItem::region)
        .containsExactly("Африка", "Азия", "Океания", "Латын Америка");
    assertThat(st.breakdown().get(3).breakdown()).extracting(BreakdownItem::region).containsExactly("Гаити");
    assertThat(st.consistent()).isTrue();
  }

  @Test
  void partitiveAfterADativeGroupIsStillTheGroupsTotal() {
    String text = "ТМҰ-ға мүше бес мемлекеттің үшеуі Орталық Азияда орналасқан – Қазақстан, Қырғызстан және Өзбекстан.";
    List<CountryGroupStat> stats = EXTRACTOR.extract(text).countryGroupStats();
    assertThat(stats).extracting(CountryGroupStat::group).containsExactly("ТМҰ");
    assertThat(stats.get(0).total()).isEqualTo(5);
  }

  @Test
  void groupAsSubjectWithTheCountedNounAsObject() {
    Extraction x = EXTRACTOR.extract("Бүгінде ЕҚЫҰ 57 мемлекетті біріктіреді.");
    assertThat(x.countryGroupStats()).extracting(CountryGroupStat::group, CountryGroupStat::total)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("ЕҚЫҰ", 57));
  }

  @Test
  void latinAmericaIsOneRegion() {
    Extraction x = EXTRACTOR.extract("Кариб бассейні мен Латын Американың бірнеше елі бағдарламаға қосылды.");
    assertThat(x.places()).extracting(Place::name, Place::kind)
        .contains(org.assertj.core.groups.Tuple.tuple("Латын Америка", PlaceKind.REGION))
        .noneMatch(t -> t.toList().get(0).equals("Америка"));
  }
}
