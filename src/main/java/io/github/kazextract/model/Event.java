package io.github.kazextract.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An event.
 *
 * @param date ISO 8601 text: {@code 2020-05-28}, {@code --05-28}, {@code 2020}, {@code 2020/2021},
 *     {@code 2024-07-03/2024-07-04}; null when the text gives none
 */
public record Event(
    EventType type,
    List<String> participants,
    @JsonInclude(JsonInclude.Include.ALWAYS) String initiator,
    @JsonInclude(JsonInclude.Include.ALWAYS) String date,
    @JsonInclude(JsonInclude.Include.ALWAYS) EventFormat format,
    @JsonInclude(JsonInclude.Include.ALWAYS) String title,
    @JsonInclude(JsonInclude.Include.ALWAYS) String location,
    Mention trigger) {
  public Event {
    participants = participants == null ? List.of() : List.copyOf(participants);
  }
}
