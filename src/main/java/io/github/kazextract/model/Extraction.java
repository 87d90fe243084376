package io.github.kazextract.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.util.List;

/** Everything extracted from one document, in the shape of the extraction schema. */
public record Extraction(
    String id,
    List<Person> persons,
    List<Organization> organizations,
    List<Place> places,
    List<Event> events,
    List<CountryGroupStat> countryGroupStats) {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .setSerializationInclusion(JsonInclude.Include.NON_NULL)
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  public Extraction {
    persons = persons == null ? List.of() : List.copyOf(persons);
    organizations = organizations == null ? List.of() : List.copyOf(organizations);
    places = places == null ? List.of() : List.copyOf(places);
    events = events == null ? List.of() : List.copyOf(events);
    countryGroupStats = countryGroupStats == null ? List.of() : List.copyOf(countryGroupStats);
  }

  /**
   * This extraction, found in a derived view of a text (such as the Cyrillic view of a Latin or
   * Arabic release), with every mention and event trigger moved back onto {@code view.original()}:
   * offsets into the original, text the original substring. Names, roles and every other field
   * stay as extracted (Kazakh Cyrillic canonical forms).
   */
  public Extraction withMentionsMapped(io.github.kazextract.text.NormalizedText view) {
    java.util.Objects.requireNonNull(view, "view");
    java.util.function.UnaryOperator<List<Mention>> map = ms -> ms.stream().map(m -> Mention.mapped(m, view)).toList();
    return new Extraction(
        id,
        persons.stream().map(p -> new Person(p.name(), p.roles(), map.apply(p.mentions()))).toList(),
        organizations.stream().map(o -> new Organization(o.name(), o.aliases(), map.apply(o.mentions()))).toList(),
        places.stream().map(p -> new Place(p.name(), p.kind(), map.apply(p.mentions()))).toList(),
        events.stream().map(e -> new Event(e.type(), e.participants(), e.initiator(), e.date(), e.format(), e.title(),
            e.location(), e.trigger() == null ? null : Mention.mapped(e.trigger(), view))).toList(),
        countryGroupStats);
  }

  /** Compact one-line JSON of the schema. */
  public String toJson() {
    try {
      return MAPPER.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Indented JSON of the schema. */
  public String toPrettyJson() {
    try {
      return MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads JSON produced by {@link #toJson()} (or a gold file) back into a record. */
  public static Extraction fromJson(String json) {
    try {
      return MAPPER.readValue(json, Extraction.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The shared mapper configured for this schema. */
  public static ObjectMapper mapper() {
    return MAPPER.copy();
  }
}
