package io.github.kazextract.model;

import java.util.List;

/** An organisation: canonical name as written, other names (acronym/expansion), every mention. */
public record Organization(String name, List<String> aliases, List<Mention> mentions) {
  public Organization {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
  }
}
