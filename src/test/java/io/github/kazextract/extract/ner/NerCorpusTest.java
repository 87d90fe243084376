package io.github.kazextract.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kazextract.extract.date.RuleFiles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs the example corpus of the date and event rules, models/gazetteer/ner/corpus.txt. */
class NerCorpusTest {

  private static final Endings ENDINGS = Endings.load();
  private static final DateSpanMatcher DATES = DateSpanMatcher.load(ENDINGS);
  private static final EventNameMatcher EVENTS = EventNameMatcher.load(ENDINGS);

  @TestFactory
  List<DynamicTest> corpus() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String[] row : RuleFiles.tsv("gazetteer/ner/corpus.txt")) {
      String label = row[0];
      String sentence = row[1];
      tests.add(DynamicTest.dynamicTest(label + ": " + sentence, () -> {
        List<String> tokens = new ArrayList<>();
        List<NerSpan> expected = new ArrayList<>();
        int open = -1;
        for (String t : sentence.split(" ")) {
          if (t.equals("{{")) {
            continue;
          }
          if (t.startsWith("{{")) {
            open = tokens.size();
            t = t.substring(2);
          }
          boolean close = t.endsWith("}}");
          if (close) {
            t = t.substring(0, t.length() - 2);
          }
          tokens.add(t);
          if (close) {
            expected.add(new NerSpan(open, tokens.size(), label));
          }
        }
        List<NerSpan> found = label.equals("DATE") ? DATES.find(tokens) : EVENTS.find(tokens);
        assertThat(found).as(String.join(" ", tokens)).isEqualTo(expected);
      }));
    }
    return tests;
  }
}
