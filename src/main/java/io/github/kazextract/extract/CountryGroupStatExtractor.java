package io.github.kazextract.extract;

import io.github.kazextract.model.CountryGroupStat;
import io.github.kazextract.pipeline.AnalyzedText;
import java.util.List;

/** Finds statistics about groups of countries. PLACEHOLDER until the rules land. */
public final class CountryGroupStatExtractor {

  public CountryGroupStatExtractor() {}

  public List<CountryGroupStat> extract(AnalyzedText doc, EntityResult entities, ExtractionOptions options) {
    return List.of();
  }
}
