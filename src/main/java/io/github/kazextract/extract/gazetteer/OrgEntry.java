package io.github.kazextract.extract.gazetteer;

import java.util.List;

/** One gazetteer organisation: canonical name and its other names (acronym or expansion). */
public record OrgEntry(String name, List<String> aliases) {
  public OrgEntry {
    aliases = List.copyOf(aliases);
  }
}
