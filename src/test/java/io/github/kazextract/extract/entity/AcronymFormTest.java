package io.github.kazextract.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which written forms count as acronyms: the name the text uses for an organisation. */
class AcronymFormTest {

  @Test
  void allCapitalsAndLatinMixedCaseEndingInCapitalsAreAcronyms() {
    assertThat(DocTokens.isAcronymForm("БҰҰ")).isTrue();
    assertThat(DocTokens.isAcronymForm("UNICEF")).isTrue();
    assertThat(DocTokens.isAcronymForm("KazAID")).isTrue();
    assertThat(DocTokens.isAcronymForm("USAID")).isTrue();
  }

  @Test
  void ordinaryNamesAreNot() {
    assertThat(DocTokens.isAcronymForm("TotalEnergies")).isFalse(); // ends in lower case
    assertThat(DocTokens.isAcronymForm("KazMunayGas")).isFalse();
    assertThat(DocTokens.isAcronymForm("Астана")).isFalse();
    assertThat(DocTokens.isAcronymForm("ҚазАҚ")).isFalse(); // mixed case only in Latin script
    assertThat(DocTokens.isAcronymForm("eID")).isFalse(); // opens with a capital
  }
}
