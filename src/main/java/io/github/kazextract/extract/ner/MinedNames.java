package io.github.kazextract.extract.ner;

import io.github.kazextract.extract.date.RuleFiles;
import io.github.kazextract.extract.gazetteer.Gazetteer;
import io.github.kazextract.extract.gazetteer.PlaceEntry;
import io.github.kazextract.model.PlaceKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The name lists mined from KazNERD by {@code models/gazetteer/ner/mine_kaznerd.py}: given names
 * (some also ordinary words, used only in name contexts), surnames and places with their KazNERD
 * class. Kept apart from the hand-made gazetteer so that only the {@code ner} command uses them.
 * Immutable.
 */
public final class MinedNames {

  private final Set<String> givenNames;
  private final Set<String> commonWordNames;
  private final Set<String> surnames;
  private final List<PlaceEntry> places;

  private MinedNames(Set<String> givenNames, Set<String> commonWordNames, Set<String> surnames, List<PlaceEntry> places) {
    this.givenNames = Set.copyOf(givenNames);
    this.commonWordNames = Set.copyOf(commonWordNames);
    this.surnames = Set.copyOf(surnames);
    this.places = List.copyOf(places);
  }

  /** The bundled lists. */
  public static MinedNames load() {
    Set<String> given = new HashSet<>();
    Set<String> common = new HashSet<>();
    for (String[] r : RuleFiles.tsv("gazetteer/ner/kaznerd-given-names.txt")) {
      (r.length > 1 && r[1].equals("COMMON_WORD") ? common : given).add(r[0]);
    }
    Set<String> surnames = new HashSet<>();
    for (String[] r : RuleFiles.tsv("gazetteer/ner/kaznerd-surnames.txt")) {
      surnames.add(r[0]);
    }
    List<PlaceEntry> places = new ArrayList<>();
    for (String[] r : RuleFiles.tsv("gazetteer/ner/kaznerd-places.tsv")) {
      // the KazNERD class maps onto the kind whose class it is (PlaceClasses): GPE → CITY, LOCATION → REGION
      PlaceKind kind = r.length > 1 && r[1].equals("LOCATION") ? PlaceKind.REGION : PlaceKind.CITY;
      places.add(new PlaceEntry(r[0], kind, List.of()));
    }
    return new MinedNames(given, common, surnames, places);
  }

  /** Given names that are not also ordinary words. */
  public Set<String> givenNames() {
    return givenNames;
  }

  /** Given names that are also ordinary words ("Бірлік", "Сағыныш"): names only in a name context. */
  public Set<String> commonWordNames() {
    return commonWordNames;
  }

  public Set<String> surnames() {
    return surnames;
  }

  /** The lists as a gazetteer to add to the extractor's own (common-word names left out). */
  public Gazetteer gazetteer() {
    return Gazetteer.of(places, List.of(), givenNames, surnames, List.of());
  }
}
