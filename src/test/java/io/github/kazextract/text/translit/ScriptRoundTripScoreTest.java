package io.github.kazextract.text.translit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.kazextract.KazakhExtractor;
import io.github.kazextract.eval.GoldCorpus;
import io.github.kazextract.eval.ScoreReport;
import io.github.kazextract.eval.Scorer;
import io.github.kazextract.extract.ExtractionOptions;
import io.github.kazextract.model.Extraction;
import io.github.kazextract.model.Mention;
import io.github.kazextract.text.KazakhScript;
import io.github.kazextract.text.KazakhTransliterator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * The measurable claim: each seed/dev release written in Latin-2021 and in Arabic script (by the
 * reverse rules) gives, through {@link KazakhExtractor#extract}, the same Cyrillic-canonical result
 * as its Cyrillic original, scored against the same gold; every mention points into the
 * converted text itself.
 */
class ScriptRoundTripScoreTest {

  private static KazakhExtractor extractor;
  private static List<GoldCorpus.Entry> gold;
  private static final ObjectMapperHolder JSON = new ObjectMapperHolder();

  @BeforeAll
  static void load() throws IOException {
    extractor = KazakhExtractor.builder().build();
    gold = new ArrayList<>(GoldCorpus.load(Path.of("testdata/releases/dev")));
    gold.addAll(GoldCorpus.load(Path.of("testdata/releases/seed")));
  }

  @Test
  void latin2021ReleasesScoreCloseToTheirCyrillicOriginals(TestReporter report) throws IOException {
    double f1 = score(KazakhScript.LATIN_2021, report);
    assertThat(f1).isGreaterThan(0.95);
  }

  @Test
  void arabicReleasesKeepMostOfTheirEntities(TestReporter report) throws IOException {
    double f1 = score(KazakhScript.ARABIC, report);
    assertThat(f1).isGreaterThan(0.68);
  }

  private static double score(KazakhScript script, TestReporter report) throws IOException {
    KazakhTransliterator t = KazakhTransliterator.getDefault();
    Map<String, JsonNode> preds = new LinkedHashMap<>();
    List<Scorer.GoldDocument> docs = new ArrayList<>();
    for (GoldCorpus.Entry e : gold) {
      String converted = t.fromCyrillic(Files.readString(e.text()), script);
      ExtractionOptions options = ExtractionOptions.withId(e.id());
      Extraction x = extractor.extract(converted, options);
      mentions(x).forEach(m -> assertThat(converted.substring(m.start(), m.end())).isEqualTo(m.text()));
      preds.put(e.id(), JSON.mapper.readTree(x.toJson()));
      docs.add(e.toGoldDocument());
    }
    ScoreReport r = Scorer.score(docs, preds);
    report.publishEntry("round-trip " + script, "macro F1 " + r.macroF1());
    System.out.println("round-trip " + script + ":\n" + r.toTable(false));
    return r.macroF1();
  }

  private static Stream<Mention> mentions(Extraction x) {
    return Stream.of(
            x.persons().stream().flatMap(p -> p.mentions().stream()),
            x.organizations().stream().flatMap(o -> o.mentions().stream()),
            x.places().stream().flatMap(p -> p.mentions().stream()),
            x.events().stream().map(e -> e.trigger()).filter(m -> m != null))
        .flatMap(s -> s);
  }

  private static final class ObjectMapperHolder {
    final com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
  }
}
