package io.github.kazextract.extract.ner;

import io.github.kazextract.extract.date.RuleFiles;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The closed list of endings of {@code models/gazetteer/ner/endings.txt}: decides whether a word is a
 * stem followed by up to two complete endings ({@code жыл} + {@code дар} + {@code ға}). Exact, needs no
 * morphology, so it also works on words the lemmatizer does not know. Immutable.
 */
final class Endings {

  private final Set<String> endings;
  private final int maxLength;

  Endings(Set<String> endings) {
    this.endings = Set.copyOf(endings);
    this.maxLength = endings.stream().mapToInt(String::length).max().orElse(0);
  }

  static Endings load() {
    Set<String> e = new HashSet<>();
    for (String l : RuleFiles.lines("gazetteer/ner/endings.txt")) {
      e.add(l.strip().toLowerCase(Locale.ROOT));
    }
    return new Endings(e);
  }

  /** True when lower-case {@code word} is {@code stem} alone or with one or two endings. */
  boolean isForm(String word, String stem) {
    if (!word.startsWith(stem)) {
      return false;
    }
    return isEndingChain(word.substring(stem.length()));
  }

  /** True for the empty string, one ending, or two endings in a row. */
  boolean isEndingChain(String rest) {
    if (rest.isEmpty() || endings.contains(rest)) {
      return true;
    }
    if (rest.length() > 2 * maxLength) {
      return false;
    }
    for (int k = 1; k < rest.length(); k++) {
      if (endings.contains(rest.substring(0, k)) && endings.contains(rest.substring(k))) {
        return true;
      }
    }
    return false;
  }

  /** True for the empty string or exactly one ending. */
  boolean isSingleEnding(String rest) {
    return rest.isEmpty() || endings.contains(rest);
  }

  List<String> sorted() {
    return endings.stream().sorted().toList();
  }
}
