package io.github.kazextract.extract;

import io.github.kazextract.model.Organization;
import io.github.kazextract.model.Person;
import io.github.kazextract.model.Place;
import java.util.List;

/** Output of entity recognition: the merged entities and every mention in text order. */
public record EntityResult(
    List<Person> persons, List<Organization> organizations, List<Place> places, List<EntityMention> mentions) {

  public static final EntityResult EMPTY = new EntityResult(List.of(), List.of(), List.of(), List.of());

  public EntityResult {
    persons = List.copyOf(persons);
    organizations = List.copyOf(organizations);
    places = List.copyOf(places);
    mentions = List.copyOf(mentions);
  }
}
