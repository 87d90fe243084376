package io.github.kazextract.extract;

import io.github.kazextract.model.Event;
import io.github.kazextract.pipeline.AnalyzedText;
import java.util.List;

/** Finds events from trigger rules. PLACEHOLDER until the rules land. */
public final class EventExtractor {

  public EventExtractor() {}

  public List<Event> extract(AnalyzedText doc, EntityResult entities, ExtractionOptions options) {
    return List.of();
  }
}
