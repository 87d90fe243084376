package io.github.kazextract.extract.stat;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kazextract.KazakhExtractor;
import io.github.kazextract.model.CountryGroupStat;
import io.github.kazextract.model.Extraction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A group named by a generic noun takes the name of the organisation named just before. */
class GroupStatAnaphorTest {

  private static final KazakhExtractor EXTRACTOR = KazakhExtractor.builder().build();

  @Test
  void genericOrganisationNounTakesTheNameGivenBefore() {
    String text = "Анықтама: Ислам ынтымақтастығы ұйымы 1969 жылы құрылған. "
        + "Ұйымға 57 мемлекет мүше, оның ішінде Африканың 27 елі, Азияның 27 елі, сондай-ақ Албания.";
    Extraction x = EXTRACTOR.extract(text);
    List<CountryGroupStat> stats = x.countryGroupStats();
    assertThat(stats).hasSize(1);
    assertThat(stats.get(0).group()).isEqualTo("Ислам ынтымақтастығы ұйымы");
    assertThat(stats.get(0).total()).isEqualTo(57);
  }

  @Test
  void anInflectedEarlierNameIsGivenInTheNominative() {
    String text = "Ислам ынтымақтастығы ұйымының Бас хатшысы Хусейн Ибрахим Таха Астанаға келді. "
        + "Ұйымға 57 мемлекет мүше.";
    assertThat(EXTRACTOR.extract(text).countryGroupStats()).extracting(CountryGroupStat::group)
        .containsExactly("Ислам ынтымақтастығы ұйымы");
  }

  @Test
  void withoutAnEarlierOrganisationTheGenericNounStays() {
    Extraction x = EXTRACTOR.extract("Ұйымға 12 мемлекет кіреді: олардың сегізі – Азияда, төртеуі – Еуропада.");
    assertThat(x.countryGroupStats()).extracting(CountryGroupStat::group).containsExactly("Ұйым");
  }
}
