package io.github.kazextract.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kazextract.extract.date.RuleFiles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the example corpus of the context rules (following heads, name classifiers, quoted names,
 * name context), models/gazetteer/ner/context-rules-corpus.txt, through the whole `ner` tagger.
 */
class ContextRulesCorpusTest {

  private static ConllTagger tagger;

  @BeforeAll
  static void setUp() {
    tagger = ConllTagger.createDefault();
  }

  @TestFactory
  List<DynamicTest> corpus() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String[] row : RuleFiles.tsv("gazetteer/ner/context-rules-corpus.txt")) {
      tests.add(DynamicTest.dynamicTest(row[0] + ": " + row[1], () -> {
        List<String> tokens = new ArrayList<>();
        List<NerSpan> marked = SpanRulesTest.parse(row[1], tokens);
        List<NerSpan> found = tagger.spans(tokens);
        for (NerSpan m : marked) {
          if (m.label().equals("O")) {
            assertThat(found).as(String.join(" ", tokens))
                .noneMatch(f -> f.first() < m.end() && m.first() < f.end());
          } else {
            assertThat(found).as(String.join(" ", tokens)).contains(m);
          }
        }
      }));
    }
    return tests;
  }
}
