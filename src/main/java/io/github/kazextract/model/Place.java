package io.github.kazextract.model;

import java.util.List;

/** A place: canonical name, kind, every mention. */
public record Place(String name, PlaceKind kind, List<Mention> mentions) {
  public Place {
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
  }
}
