package io.github.kazextract.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProperNounEndingsTest {

  private final ProperNounEndings endings = ProperNounEndings.load();

  @Test
  void caseEndingsOfNamesGiveTheirNominative() {
    assertThat(endings.stems("Тоқаевқа", 3)).contains("Тоқаев");
    assertThat(endings.stems("Мирзиёевпен", 3)).contains("Мирзиёев");
    assertThat(endings.stems("Астанада", 3)).contains("Астана");
    assertThat(endings.stems("Малайзиядағы", 3)).contains("Малайзия");
    assertThat(endings.stems("Қазақстанның", 3)).contains("Қазақстан");
    assertThat(endings.stems("ұйымына", 3)).contains("ұйымы");
    assertThat(endings.stems("Мәскеуді", 3)).contains("Мәскеу");
  }

  @Test
  void conditionsOnTheStemRejectImpossibleSplits() {
    // -на is the dative after the possessive only: Астана is not Аста + на
    assertThat(endings.stems("Астана", 3)).isEmpty();
    // -ты after a consonant only
    assertThat(endings.stems("Астаты", 3)).isEmpty();
    assertThat(endings.stems("Фидан", 3)).isEmpty();
    assertThat(endings.analyse("Тоқаевтың", 3)).anySatisfy(s -> assertThat(s.grammaticalCase()).isEqualTo("GEN"));
  }
}
