package io.github.kazextract.extract.stat;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kazextract.extract.EntityResult;
import io.github.kazextract.extract.date.RuleFiles;
import io.github.kazextract.extract.date.TestDocs;
import io.github.kazextract.model.BreakdownItem;
import io.github.kazextract.model.CountryGroupStat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the example corpus of the group-statistic grammar ({@code models/extract/stats/corpus.tsv}). */
class GroupStatCorpusTest {

  static final GroupStatParser PARSER = new GroupStatParser();

  static Stream<Arguments> corpus() {
    return RuleFiles.tsv("extract/stats/corpus.tsv").stream().map(r -> Arguments.of((Object) r));
  }

  static String render(List<BreakdownItem> items) {
    return items.stream()
        .map(i -> i.region() + " " + i.count() + (i.breakdown().isEmpty() ? "" : " {" + render(i.breakdown()) + "}"))
        .collect(Collectors.joining("; "));
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void corpus(String[] row) {
    List<CountryGroupStat> found = PARSER.extract(TestDocs.analyze(row[0]), EntityResult.EMPTY);
    if (row.length < 2 || row[1].isEmpty()) {
      assertThat(found).as(row[0]).isEmpty();
      return;
    }
    String[] exp = row[1].split("\\|", -1);
    assertThat(found).as(row[0]).hasSize(1);
    CountryGroupStat st = found.get(0);
    assertThat(st.group()).isEqualTo(exp[0]);
    assertThat(st.total()).isEqualTo(Integer.parseInt(exp[1]));
    assertThat(st.unit()).isEqualTo(exp[2]);
    assertThat(render(st.breakdown())).isEqualTo(exp[3]);
  }

  @Test
  void consistencyIsComputed() {
    String ok = "Еуразиялық экономикалық одаққа 5 мемлекет – Армения, Беларусь, Қазақстан, Қырғызстан және Ресей мүше.";
    String partial = "ҰҚШҰ құрамына алты мемлекет кіреді, оның ішінде Орталық Азияның үш елі – Қазақстан, Қырғызстан және Тәжікстан.";
    assertThat(PARSER.extract(TestDocs.analyze(ok), EntityResult.EMPTY).get(0).consistent()).isTrue();
    assertThat(PARSER.extract(TestDocs.analyze(partial), EntityResult.EMPTY).get(0).consistent()).isFalse();
  }

  @Test
  void badInputGivesNothing() {
    for (String s : List.of("", "мүше", "32 мемлекет", "— , ( ) мүше 5 мемлекет – – –", "1 2 3 4 5 6 7 8 9")) {
      assertThat(PARSER.extract(TestDocs.analyze(s), EntityResult.EMPTY)).as(s).isNotNull();
    }
  }
}
