package io.github.kazextract.extract;

import io.github.kazextract.extract.stat.GroupStatParser;
import io.github.kazextract.model.CountryGroupStat;
import io.github.kazextract.pipeline.AnalyzedText;
import java.util.List;

/**
 * Finds statistics about groups of countries (a named group, its total, a breakdown by region or
 * named countries). The grammar words are data in {@code models/extract/stats/}; see
 * {@link GroupStatParser}. Immutable and thread-safe.
 */
public final class CountryGroupStatExtractor {

  private final GroupStatParser parser;

  public CountryGroupStatExtractor() {
    this.parser = new GroupStatParser();
  }

  public List<CountryGroupStat> extract(AnalyzedText doc, EntityResult entities, ExtractionOptions options) {
    return parser.extract(doc, entities == null ? EntityResult.EMPTY : entities);
  }
}
