package io.github.kazextract.extract.stat;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kazextract.extract.EntityResult;
import io.github.kazextract.extract.date.TestDocs;
import io.github.kazextract.model.CountryGroupStat;
import io.github.kazextract.morph.KazakhMorphology;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue #4: breakdown regions the gazetteer does not know come out in their canonical nominative,
 * and names coordinated before one plural head form one region, so the parts add up.
 */
class GroupStatRegionNamesTest {

  private static final NominativeForm NOMINATIVE = new NominativeForm(KazakhMorphology.getDefault());

  @Test
  void lastWordLosesItsCaseAndKeepsPossessiveAndPlural() {
    assertThat(NOMINATIVE.of("бассейнінде")).isEqualTo("бассейні");
    assertThat(NOMINATIVE.of("аймағында")).isEqualTo("аймағы");
    assertThat(NOMINATIVE.of("мұхиттарында")).isEqualTo("мұхиттары");
    assertThat(NOMINATIVE.of("өңірінің")).isEqualTo("өңірі");
    assertThat(NOMINATIVE.of("Африкада")).isEqualTo("Африка");
    assertThat(NOMINATIVE.of("Азияның")).isEqualTo("Азия");
    assertThat(NOMINATIVE.of("Атлант")).as("already nominative").isNull();
    assertThat(NOMINATIVE.of("Канада")).as("a name ending like a case").isNull();
  }

  @Test
  void coordinatedRegionMakesTheBreakdownConsistent() {
    String text = "Шағын аралдық дамушы мемлекеттер тобына отыз тоғыз ел кіреді, оның ішінде Кариб бассейнінде он алты, "
        + "Тынық мұхиты аймағында он үш, Атлант және Үнді мұхиттарында он ел бар.";
    List<CountryGroupStat> found = new GroupStatParser().extract(TestDocs.analyze(text), EntityResult.EMPTY);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).breakdown()).extracting(b -> b.region())
        .containsExactly("Кариб бассейні", "Тынық мұхиты аймағы", "Атлант және Үнді мұхиттары");
    assertThat(found.get(0).consistent()).isTrue();
  }

  @Test
  void namesWithTheirOwnCountsStaySeparate() {
    String text = "ТМД-ға тоғыз мемлекет мүше: Орталық Азияның бес елі, Шығыс Еуропаның үш елі және Оңтүстік Кавказдың бір елі – Армения.";
    CountryGroupStat st = new GroupStatParser().extract(TestDocs.analyze(text), EntityResult.EMPTY).get(0);
    assertThat(st.breakdown()).extracting(b -> b.region()).containsExactly("Орталық Азия", "Шығыс Еуропа", "Оңтүстік Кавказ");
  }
}
