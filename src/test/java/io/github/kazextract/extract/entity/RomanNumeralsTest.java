package io.github.kazextract.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RomanNumeralsTest {

  @Test
  void cyrillicAndLatinNumeralsAsKazakhTextsWriteThem() {
    // ІІ дәрежелі орден, ХХІ ғасыр, III съезд, IV тоқсан
    for (String w : new String[] {"І", "ІІ", "ІІІ", "ІV", "ХХІ", "ХІХ", "XX", "III", "IV", "IX", "XXXIX"}) {
      assertThat(RomanNumerals.isNumeral(w)).as(w).isTrue();
    }
  }

  @Test
  void acronymsAndMalformedSequencesAreNot() {
    for (String w : new String[] {"", "ІІІІ", "VV", "IIX", "XXXX", "ҰҚК", "АҚШ", "ЕО", "CD", "DC", "MIX", "ХҚ"}) {
      assertThat(RomanNumerals.isNumeral(w)).as(w).isFalse();
    }
  }
}
