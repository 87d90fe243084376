package io.github.kazextract.model;

import java.util.List;

/** A person: canonical full name, canonical roles, every mention. */
public record Person(String name, List<String> roles, List<Mention> mentions) {
  public Person {
    roles = roles == null ? List.of() : List.copyOf(roles);
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
  }
}
