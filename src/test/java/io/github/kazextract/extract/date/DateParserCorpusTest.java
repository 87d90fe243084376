package io.github.kazextract.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kazextract.pipeline.AnalyzedText;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the example corpora of the date and number rules ({@code models/extract/dates|numbers/corpus.tsv}). */
class DateParserCorpusTest {


  static Stream<Arguments> dateCorpus() {
    return RuleFiles.tsv("extract/dates/corpus.tsv").stream().map(r -> Arguments.of((Object) r));
  }

  static Stream<Arguments> numberCorpus() {
    return RuleFiles.tsv("extract/numbers/corpus.tsv").stream().map(r -> Arguments.of((Object) r));
  }

  @ParameterizedTest
  @MethodSource("dateCorpus")
  void dateCorpus(String[] row) {
    String text = row[0];
    LocalDate published = row[1].equals("-") ? null : LocalDate.parse(row[1]);
    List<String> expected = row.length > 2 && !row[2].isEmpty() ? List.of(row[2].split("\\|")) : List.of();
    AnalyzedText doc = TestDocs.analyze(text);
    List<DateExpression> found = DateParser.getDefault().find(doc, published);
    assertThat(found).extracting(DateExpression::value).as(text).containsExactlyElementsOf(expected);
    for (DateExpression d : found) {
      assertThat(text.substring(d.start(), d.end())).isNotBlank();
      assertThat(d.start()).isEqualTo(doc.token(d.tokenStart()).start());
    }
  }

  @ParameterizedTest
  @MethodSource("numberCorpus")
  void numberCorpus(String[] row) {
    String text = row[0];
    List<Long> expected = row.length > 1 && !row[1].isEmpty()
        ? Stream.of(row[1].split("\\|")).map(Long::parseLong).toList() : List.of();
    AnalyzedText doc = TestDocs.analyze(text);
    List<NumberExpression> found = NumberParser.getDefault().find(doc, 0, doc.size());
    assertThat(found).extracting(NumberExpression::value).as(text).containsExactlyElementsOf(expected);
  }

  @Test
  void dateSpanCoversTheWholeExpression() {
    String text = "Қасым-Жомарт Тоқаев 2024 жылғы 3 маусымда қабылдады.";
    DateExpression d = DateParser.getDefault().find(TestDocs.analyze(text), null).get(0);
    assertThat(text.substring(d.start(), d.end())).isEqualTo("2024 жылғы 3 маусымда");
    assertThat(d.precision()).isEqualTo(DateExpression.Precision.DAY);
  }

  @Test
  void nearestYearAroundNewYear() {
    assertThat(DateParser.nearest(java.time.MonthDay.of(12, 30), LocalDate.of(2021, 1, 3))).isEqualTo("2020-12-30");
    assertThat(DateParser.nearest(java.time.MonthDay.of(2, 29), LocalDate.of(2021, 3, 1))).isEqualTo("2020-02-29");
  }

  @Test
  void badInputGivesNothing() {
    for (String s : List.of("", "99 қаңтар", "2020-2021", "))) 31.02.2020 ..", "0 мамыр 12345678901234567890 жыл")) {
      assertThat(DateParser.getDefault().find(TestDocs.analyze(s), LocalDate.of(2020, 1, 1))).as(s).isEmpty();
    }
  }
}
