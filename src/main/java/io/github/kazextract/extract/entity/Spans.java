package io.github.kazextract.extract.entity;

import io.github.kazextract.model.PlaceKind;
import java.util.List;

/** Working records of one recognition call. */
final class Spans {
  private Spans() {}

  /** An organisation occurrence: tokens, the name as written (nominative) and its other names. */
  record OrgSpan(int start, int end, String name, List<String> aliases, boolean acronym) {}

  /** A place occurrence. */
  record PlaceSpan(int start, int end, String name, PlaceKind kind) {}

  /**
   * A person-name occurrence: tokens, the words of the name (last one nominative), the initials
   * when the name starts with them.
   */
  record PersonSpan(int start, int end, List<String> words, String initials, boolean strong) {
    String surname() {
      return words.get(words.size() - 1);
    }
  }

  /** A title occurrence: tokens, canonical text, lower-cased comparison words. */
  record RoleSpan(int start, int end, String text) {}
}
