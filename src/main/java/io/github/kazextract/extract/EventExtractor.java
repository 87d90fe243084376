package io.github.kazextract.extract;

import io.github.kazextract.extract.event.EventFinder;
import io.github.kazextract.model.Event;
import io.github.kazextract.pipeline.AnalyzedText;
import java.util.List;

/**
 * Finds events (phone calls, meetings, visits, forums, signings, awards, appointments,
 * chairmanships) from the trigger rules in {@code models/extract/events/}; see {@link EventFinder}.
 * Immutable and thread-safe.
 */
public final class EventExtractor {

  private final EventFinder finder;

  public EventExtractor() {
    this.finder = new EventFinder();
  }

  public List<Event> extract(AnalyzedText doc, EntityResult entities, ExtractionOptions options) {
    return finder.extract(doc, entities == null ? EntityResult.EMPTY : entities,
        options == null ? null : options.publishedDate());
  }
}
