package io.github.kazextract.extract.gazetteer;

import io.github.kazextract.model.PlaceKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The name lists entity recognition matches against: places, organisations, given names,
 * surnames, well-known persons and ambiguous forms. Immutable and thread-safe. Files follow
 * {@code models/gazetteer/README.md}; a missing file is an empty list.
 */
public final class Gazetteer {

  private static volatile Gazetteer defaultInstance;

  private final List<PlaceEntry> places;
  private final List<OrgEntry> organizations;
  private final Set<String> givenNames;
  private final Set<String> surnames;
  private final List<String> persons;
  private final Map<String, String> ambiguous;

  private Gazetteer(
      List<PlaceEntry> places,
      List<OrgEntry> organizations,
      Set<String> givenNames,
      Set<String> surnames,
      List<String> persons,
      Map<String, String> ambiguous) {
    this.places = List.copyOf(places);
    this.organizations = List.copyOf(organizations);
    this.givenNames = Set.copyOf(givenNames);
    this.surnames = Set.copyOf(surnames);
    this.persons = List.copyOf(persons);
    this.ambiguous = Map.copyOf(ambiguous);
  }

  /** The bundled gazetteer ({@code models/gazetteer/}), loaded once. */
  public static Gazetteer getDefault() {
    Gazetteer g = defaultInstance;
    if (g == null) {
      synchronized (Gazetteer.class) {
        g = defaultInstance;
        if (g == null) {
          g = load(f -> ModelLines.classpath("gazetteer/" + f));
          defaultInstance = g;
        }
      }
    }
    return g;
  }

  /** A gazetteer read from a directory holding files named as in {@code models/gazetteer/}. */
  public static Gazetteer fromDirectory(Path dir) {
    if (!java.nio.file.Files.isDirectory(dir)) {
      throw new IllegalArgumentException("gazetteer directory " + dir + " does not exist or is not a directory");
    }
    return load(f -> ModelLines.file(dir.resolve(f)));
  }

  /** An empty gazetteer, for callers that bring every list themselves. */
  public static Gazetteer empty() {
    return new Gazetteer(List.of(), List.of(), Set.of(), Set.of(), List.of(), Map.of());
  }

  private static Gazetteer load(Function<String, List<String>> files) {
    List<PlaceEntry> places = new ArrayList<>();
    for (String line : files.apply("places.tsv")) {
      String[] c = ModelLines.columns(line);
      if (c.length < 2 || c[0].isEmpty()) {
        continue;
      }
      PlaceKind kind;
      try {
        kind = PlaceKind.valueOf(c[1].toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        continue; // a row being written; skip rather than fail the whole load
      }
      places.add(new PlaceEntry(c[0], kind, ModelLines.bars(c.length > 2 ? c[2] : "")));
    }
    List<OrgEntry> orgs = new ArrayList<>();
    for (String line : files.apply("organizations.tsv")) {
      String[] c = ModelLines.columns(line);
      if (c[0].isEmpty()) {
        continue;
      }
      orgs.add(new OrgEntry(c[0], ModelLines.bars(c.length > 1 ? c[1] : "")));
    }
    Map<String, String> ambiguous = new LinkedHashMap<>();
    for (String line : files.apply("ambiguous.txt")) {
      String[] c = ModelLines.columns(line);
      if (c.length >= 2 && !c[0].isEmpty()) {
        ambiguous.putIfAbsent(c[0], c[1].toUpperCase(Locale.ROOT));
      }
    }
    return new Gazetteer(
        places,
        orgs,
        firstColumn(files.apply("given-names.txt")),
        firstColumn(files.apply("surnames.txt")),
        new ArrayList<>(firstColumn(files.apply("persons.txt"))),
        ambiguous);
  }

  private static Set<String> firstColumn(List<String> lines) {
    Set<String> out = new LinkedHashSet<>();
    for (String line : lines) {
      String c = ModelLines.columns(line)[0];
      if (!c.isEmpty()) {
        out.add(c);
      }
    }
    return out;
  }

  /** A copy with more entries added (a caller's own lists on top of these). */
  public Gazetteer plus(Gazetteer other) {
    List<PlaceEntry> p = new ArrayList<>(places);
    p.addAll(other.places);
    List<OrgEntry> o = new ArrayList<>(organizations);
    o.addAll(other.organizations);
    Set<String> g = new LinkedHashSet<>(givenNames);
    g.addAll(other.givenNames);
    Set<String> s = new LinkedHashSet<>(surnames);
    s.addAll(other.surnames);
    List<String> pe = new ArrayList<>(persons);
    pe.addAll(other.persons);
    Map<String, String> a = new LinkedHashMap<>(ambiguous);
    a.putAll(other.ambiguous);
    return new Gazetteer(p, o, g, s, pe, a);
  }

  /** Builder-style constructor for tests and callers with their own lists. */
  public static Gazetteer of(
      List<PlaceEntry> places, List<OrgEntry> organizations, Set<String> givenNames, Set<String> surnames, List<String> persons) {
    return new Gazetteer(places, organizations, givenNames, surnames, persons, Map.of());
  }

  public List<PlaceEntry> places() {
    return places;
  }

  public List<OrgEntry> organizations() {
    return organizations;
  }

  public Set<String> givenNames() {
    return givenNames;
  }

  public Set<String> surnames() {
    return surnames;
  }

  /** Full names of well-known persons, given name first. */
  public List<String> persons() {
    return persons;
  }

  /** Ambiguous form → its type ({@code COMMON_WORD}, {@code NAME_PLACE}, {@code PLACE_PLACE}, {@code ORG_WORD}). */
  public Map<String, String> ambiguous() {
    return ambiguous;
  }
}
