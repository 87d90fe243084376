package io.github.kazextract.extract.gazetteer;

import io.github.kazextract.model.PlaceKind;
import java.util.List;

/** One gazetteer place: canonical nominative name, kind, other spellings. */
public record PlaceEntry(String name, PlaceKind kind, List<String> aliases) {
  public PlaceEntry {
    aliases = List.copyOf(aliases);
  }
}
