package io.github.kazextract.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kazextract.extract.date.RuleFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs the example corpus of the span repair rules, models/gazetteer/ner/span-rules-corpus.txt. */
class SpanRulesTest {

  private static final Set<String> GIVEN =
      Set.copyOf(RuleFiles.lines("gazetteer/given-names.txt").stream().map(String::strip).toList());
  private static final SpanRules RULES = SpanRules.load(GIVEN, Endings.load());

  @TestFactory
  List<DynamicTest> corpus() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String[] row : RuleFiles.tsv("gazetteer/ner/span-rules-corpus.txt")) {
      tests.add(DynamicTest.dynamicTest(row[0], () -> {
        List<String> tokens = new ArrayList<>();
        List<NerSpan> input = parse(row[0], tokens);
        List<String> expectedTokens = new ArrayList<>();
        List<NerSpan> expected = parse(row[1], expectedTokens);
        assertThat(expectedTokens).isEqualTo(tokens);
        assertThat(RULES.apply(input, tokens)).isEqualTo(expected);
      }));
    }
    return tests;
  }

  /** Tokens into {@code tokens}; the marked spans ({@code {{LABEL:first ... last}}}) returned. */
  static List<NerSpan> parse(String marked, List<String> tokens) {
    List<NerSpan> spans = new ArrayList<>();
    int open = -1;
    String label = null;
    for (String t : marked.split(" ")) {
      if (t.startsWith("{{")) {
        int colon = t.indexOf(':');
        label = t.substring(2, colon);
        t = t.substring(colon + 1);
        open = tokens.size();
      }
      boolean close = t.endsWith("}}");
      if (close) {
        t = t.substring(0, t.length() - 2);
      }
      tokens.add(t);
      if (close) {
        spans.add(new NerSpan(open, tokens.size(), label));
      }
    }
    return spans;
  }
}
