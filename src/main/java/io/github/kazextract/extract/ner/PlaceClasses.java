package io.github.kazextract.extract.ner;

import io.github.kazextract.extract.date.RuleFiles;
import io.github.kazextract.model.PlaceKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * KazNERD class (GPE or LOCATION) of a place, from {@code models/gazetteer/ner/place-classes.tsv}:
 * countries and cities are GPE, world regions LOCATION, and a place of kind OTHER takes the class of
 * its classifier word (облысы → GPE, өзені → LOCATION). Immutable.
 */
public final class PlaceClasses {

  private final Map<String, String> byName;
  private final List<String[]> byStem;
  /** Lower-case place name or alias → {kind, canonical name}, from places.tsv. */
  private final Map<String, String[]> places;

  PlaceClasses(List<String[]> rows, List<String[]> placeRows) {
    Map<String, String[]> p = new HashMap<>();
    for (String[] r : placeRows) {
      if (r.length < 2) {
        continue;
      }
      String[] v = {r[1], r[0]};
      p.putIfAbsent(r[0].toLowerCase(Locale.ROOT), v);
      if (r.length > 2 && !r[2].isEmpty()) {
        for (String a : r[2].split("\\|")) {
          p.putIfAbsent(a.strip().toLowerCase(Locale.ROOT), v);
        }
      }
    }
    this.places = Map.copyOf(p);
    Map<String, String> names = new HashMap<>();
    List<String[]> stems = new ArrayList<>();
    for (String[] r : rows) {
      String key = r[0].toLowerCase(Locale.ROOT);
      if (Character.isUpperCase(r[0].codePointAt(0))) {
        names.put(key, r[1]);
      } else {
        stems.add(new String[] {key, r[1]});
      }
    }
    // longest stem first: "аралдар" before "арал"
    stems.sort((a, b) -> b[0].length() - a[0].length());
    this.byName = Map.copyOf(names);
    this.byStem = List.copyOf(stems);
  }

  public static PlaceClasses load() {
    return new PlaceClasses(RuleFiles.tsv("gazetteer/ner/place-classes.tsv"), RuleFiles.tsv("gazetteer/places.tsv"));
  }

  /** GPE or LOCATION of a nominative name or alias listed in places.tsv, or null when not listed. */
  public String classOfListed(String name) {
    String[] v = places.get(name.toLowerCase(Locale.ROOT).strip());
    return v == null ? null : classOf(PlaceKind.valueOf(v[0]), v[1]);
  }

  /** GPE or LOCATION for a place of this kind and canonical name. */
  public String classOf(PlaceKind kind, String name) {
    // a whole name listed in place-classes.tsv overrides its kind ("Америка" REGION → GPE)
    String lower = name == null ? "" : name.toLowerCase(Locale.ROOT).strip();
    String exact = byName.get(lower);
    if (exact != null) {
      return exact;
    }
    if (kind == PlaceKind.COUNTRY || kind == PlaceKind.CITY) {
      return "GPE";
    }
    if (kind == PlaceKind.REGION) {
      return "LOCATION";
    }
    String lastWord = lower.substring(lower.lastIndexOf(' ') + 1);
    for (String[] s : byStem) {
      if (lastWord.startsWith(s[0])) {
        return s[1];
      }
    }
    return "LOCATION";
  }
}
