package io.github.kazextract.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kazextract.morph.KazakhMorphology;
import io.github.kazextract.pipeline.AnalyzedText;
import io.github.kazextract.pipeline.TextAnalyzer;
import io.github.kazextract.token.KazakhSentenceDetector;
import io.github.kazextract.token.KazakhTokenizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Word views shared between documents give each document the forms it would compute alone. */
class WordViewsTest {

  private static final ProperNounEndings ENDINGS = ProperNounEndings.load();
  private static final TextAnalyzer ANALYZER =
      new TextAnalyzer(new KazakhTokenizer(), new KazakhSentenceDetector(), KazakhMorphology.getDefault());

  @Test
  void sharedViewsGiveTheFormsOfAFreshDocument() throws IOException {
    WordViews shared = new WordViews(java.util.Set.of(), java.util.Map.of());
    try (var files = Files.list(Path.of("testdata/releases/seed"))) {
      List<Path> texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      assertThat(texts).isNotEmpty();
      for (int round = 0; round < 2; round++) {
        for (Path p : texts) {
          AnalyzedText doc = ANALYZER.analyze(Files.readString(p, StandardCharsets.UTF_8));
          DocTokens alone = new DocTokens(doc, ENDINGS, new WordViews(java.util.Set.of(), java.util.Map.of()));
          DocTokens sharing = new DocTokens(doc, ENDINGS, shared);
          for (int i = 0; i < alone.size(); i++) {
            assertThat(sharing.forms(i)).isEqualTo(alone.forms(i));
            assertThat(sharing.lowerForms(i)).isEqualTo(alone.lowerForms(i));
            assertThat(sharing.stems(i)).isEqualTo(alone.stems(i));
            assertThat(sharing.lower(i)).isEqualTo(alone.lower(i));
            assertThat(sharing.isCap(i)).isEqualTo(alone.isCap(i));
          }
        }
      }
    }
  }

  @Test
  void aWordWithOtherAnalysesGetsItsOwnView() {
    WordViews views = new WordViews(java.util.Set.of(), java.util.Map.of());
    AnalyzedText doc = ANALYZER.analyze("Астанада ұйымына келді.");
    DocTokens first = new DocTokens(doc, ENDINGS, views);
    // ұйымына: stems and the morphology's lemma
    assertThat(first.forms(1)).contains("ұйымына", "ұйымы");
    WordViews.View cached = views.get("ұйымына", doc.analyses().get(1), () -> null);
    assertThat(cached.forms()).isEqualTo(first.forms(1));
    // no analyses: the cached view (built with lemmas) is not reused
    WordViews.View bare = views.get("ұйымына", List.of(), () -> new WordViews.View(List.of(), "x", List.of(), List.of(), List.of(), null, null));
    assertThat(bare.lower()).isEqualTo("x");
  }

  @Test
  void viewsAnswerTheModelsQuestionsThroughAnyForm() {
    WordViews views = new WordViews(java.util.Set.of("ұйымы"), java.util.Map.of("облыстар", "облыс"));
    AnalyzedText doc = ANALYZER.analyze("Түркістан және Қызылорда облыстарында халықаралық ұйымына хат жолдады.");
    DocTokens d = new DocTokens(doc, ENDINGS, views);
    assertThat(d.wordView(3).pluralSingular()).isEqualTo("облыс");
    assertThat(d.wordView(5).orgHead()).isEqualTo("ұйымы");
    assertThat(d.wordView(0).orgHead()).isNull();
    assertThat(d.wordView(8)).isNull(); // the full stop is no word
  }
}
