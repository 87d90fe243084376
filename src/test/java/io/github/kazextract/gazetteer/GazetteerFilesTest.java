package io.github.kazextract.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Format and sanity checks for the gazetteer data files in models/gazetteer/. */
class GazetteerFilesTest {

  private static final String BASE = "/io/github/kazextract/models/gazetteer/";
  private static final Set<String> KINDS = Set.of("COUNTRY", "REGION", "CITY", "OTHER");
  private static final Set<String> AMBIGUITY_TYPES =
      Set.of("COMMON_WORD", "NAME_PLACE", "PLACE_PLACE", "ORG_WORD");
  /** Kazakh case endings; an entry equal to another entry plus one of these is an inflected form. */
  private static final List<String> CASE_ENDINGS = List.of(
      "ның", "нің", "дың", "дің", "тың", "тің", "ға", "ге", "қа", "ке", "на", "не", "да", "де", "та",
      "те", "нда", "нде", "дан", "ден", "тан", "тен", "нан", "нен", "ды", "ді", "ты", "ті", "ны", "ні",
      "мен", "бен", "пен", "дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі");

  /** Data lines of a file, each split on TAB (trailing empty fields kept). */
  private static List<String[]> rows(String file) throws IOException {
    InputStream in = GazetteerFilesTest.class.getResourceAsStream(BASE + file);
    assertThat(in).as(file + " on the classpath").isNotNull();
    List<String[]> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        out.add(line.split("\t", -1));
      }
    }
    return out;
  }

  private static List<String> names(String[] row, int aliasColumn) {
    List<String> n = new ArrayList<>();
    n.add(row[0]);
    if (row.length > aliasColumn && !row[aliasColumn].isEmpty()) {
      n.addAll(List.of(row[aliasColumn].split("\\|", -1)));
    }
    return n;
  }

  private static void assertClean(String file, String name) {
    assertThat(name).as(file + ": empty or padded name").isNotBlank().isEqualTo(name.strip());
    assertThat(name).as(file + ": double space").doesNotContain("  ");
  }

  /** Fails on entries that are another entry of the same list with a case ending attached. */
  private static void assertNoInflectedDuplicates(String file, Set<String> lowerNames) {
    List<String> inflected = new ArrayList<>();
    for (String n : lowerNames) {
      for (String end : CASE_ENDINGS) {
        if (n.endsWith(end) && lowerNames.contains(n.substring(0, n.length() - end.length()))) {
          inflected.add(n);
        }
      }
    }
    assertThat(inflected).as(file + ": inflected forms of other entries").isEmpty();
  }

  private static Set<String> uniqueLower(String file, List<String> all) {
    Map<String, Integer> seen = new HashMap<>();
    List<String> dups = new ArrayList<>();
    for (String n : all) {
      if (seen.merge(n.toLowerCase(Locale.ROOT), 1, Integer::sum) == 2) {
        dups.add(n);
      }
    }
    assertThat(dups).as(file + ": duplicate names/aliases").isEmpty();
    return seen.keySet();
  }

  @Test
  void placesHaveValidKindsAndNoDuplicates() throws IOException {
    List<String[]> rows = rows("places.tsv");
    List<String> all = new ArrayList<>();
    Map<String, String> kindOf = new HashMap<>();
    Map<String, Integer> perKind = new HashMap<>();
    for (String[] row : rows) {
      assertThat(row).as("places.tsv: name<TAB>kind<TAB>aliases: " + String.join("|", row)).hasSize(3);
      assertThat(KINDS).as("kind of " + row[0]).contains(row[1]);
      for (String n : names(row, 2)) {
        assertClean("places.tsv", n);
        all.add(n);
        kindOf.put(n, row[1]);
      }
      if (row[1].equals("CITY")) {
        // cities are canonical without the classifier
        assertThat(row[0]).as("CITY with қаласы").doesNotEndWith("қаласы");
      }
      perKind.merge(row[1], 1, Integer::sum);
    }
    assertNoInflectedDuplicates("places.tsv", uniqueLower("places.tsv", all));

    // coverage: every sovereign country, the world regions, all 17 oblasts
    assertThat(perKind.get("COUNTRY")).isGreaterThanOrEqualTo(195);
    assertThat(perKind.get("CITY")).isGreaterThanOrEqualTo(400);
    assertThat(kindOf).containsEntry("Қазақстан", "COUNTRY").containsEntry("АҚШ", "COUNTRY")
        .containsEntry("Америка Құрама Штаттары", "COUNTRY").containsEntry("Орталық Азия", "REGION")
        .containsEntry("Таяу Шығыс", "REGION").containsEntry("Оңтүстік Кавказ", "REGION")
        .containsEntry("Арал өңірі", "REGION").containsEntry("Астана", "CITY")
        .containsEntry("Нұр-Сұлтан", "CITY").containsEntry("Қонаев", "CITY")
        .containsEntry("Каспий теңізі", "OTHER").containsEntry("Жайық өзені", "OTHER")
        .containsEntry("Балқаш көлі", "OTHER").containsEntry("Алатау ауданы", "OTHER");
    long oblasts = rows.stream()
        .filter(r -> r[1].equals("OTHER") && r[0].endsWith(" облысы") && !r[0].startsWith("Оңтүстік Қаз"))
        .map(r -> r[0]).filter(n -> !n.matches("(Ленинград|Омбы|Орынбор|Астрахан|Новосибирск|Челябі|Қорған|Түмен|Саратов) облысы"))
        .count();
    assertThat(oblasts).as("the 17 current oblasts of Kazakhstan").isEqualTo(17);
  }

  @Test
  void organizationsPairAcronymsWithExpansions() throws IOException {
    List<String> all = new ArrayList<>();
    Map<String, List<String>> aliases = new HashMap<>();
    for (String[] row : rows("organizations.tsv")) {
      assertThat(row.length).as("organizations.tsv: name<TAB>aliases: " + row[0]).isBetween(1, 2);
      List<String> n = names(row, 1);
      n.forEach(x -> assertClean("organizations.tsv", x));
      all.addAll(n);
      aliases.put(row[0], n);
    }
    assertNoInflectedDuplicates("organizations.tsv", uniqueLower("organizations.tsv", all));
    assertThat(aliases.get("БҰҰ")).contains("Біріккен Ұлттар Ұйымы");
    assertThat(aliases.get("ЕАЭО")).contains("Еуразиялық экономикалық одақ");
    assertThat(aliases.get("ТМҰ")).contains("Түркі мемлекеттері ұйымы");
    assertThat(aliases.get("МАГАТЭ")).contains("АЭХА");
    assertThat(aliases).containsKeys("ШЫҰ", "ҰҚШҰ", "ЕҚЫҰ", "ТМД", "ЕО", "НАТО", "ДСҰ", "ХВҚ",
        "ЮНЕСКО", "ЮНИСЕФ", "ДДСҰ", "АӨСШК", "ИЫҰ", "ОПЕК");
  }

  @Test
  void personalNamesAreSingleCapitalisedNominativeWords() throws IOException {
    for (String file : List.of("given-names.txt", "surnames.txt")) {
      List<String> all = new ArrayList<>();
      for (String[] row : rows(file)) {
        assertThat(row).as(file + ": one name per line").hasSize(1);
        String n = row[0];
        assertClean(file, n);
        assertThat(n).as(file + ": one word").doesNotContain(" ");
        assertThat(Character.isUpperCase(n.codePointAt(0))).as(file + ": capitalised " + n).isTrue();
        all.add(n);
      }
      Set<String> lower = uniqueLower(file, all);
      assertNoInflectedDuplicates(file, lower);
      assertThat(lower.size()).as(file + " size").isGreaterThan(400);
    }
    // surnames carry no case ending after the surname suffix (e.g. *Назарбаевтың, *Тоқаевқа)
    for (String[] row : rows("surnames.txt")) {
      assertThat(row[0]).doesNotMatch(".*(ов|ев|ин)(тың|тің|ның|нің|қа|ке|ға|ге|ты|ті|пен|мен|та|те|тан|тен)");
    }
  }

  @Test
  void fullNamesSplitIntoKnownGivenNamesAndSurnames() throws IOException {
    Set<String> given = new HashSet<>();
    rows("given-names.txt").forEach(r -> given.add(r[0]));
    Set<String> surnames = new HashSet<>();
    rows("surnames.txt").forEach(r -> surnames.add(r[0]));
    List<String> all = new ArrayList<>();
    for (String[] row : rows("persons.txt")) {
      assertThat(row).hasSize(1);
      assertClean("persons.txt", row[0]);
      assertThat(row[0]).as("full name").contains(" ");
      all.add(row[0]);
    }
    uniqueLower("persons.txt", all);
    assertThat(all).contains("Антониу Гутерриш", "Шавкат Мирзиёев", "Реджеп Тайип Ердоған");
    assertThat(given).contains("Антониу", "Шавкат", "Реджеп", "Қасым-Жомарт", "Айгүл");
    assertThat(surnames).contains("Гутерриш", "Мирзиёев", "Ердоған", "Тоқаев", "Назарбаева");
  }

  @Test
  void ambiguousEntriesExistAndAreTyped() throws IOException {
    Set<String> known = new HashSet<>();
    for (String[] row : rows("places.tsv")) {
      known.addAll(names(row, 2));
    }
    for (String[] row : rows("organizations.tsv")) {
      known.addAll(names(row, 1));
    }
    rows("given-names.txt").forEach(r -> known.add(r[0]));
    rows("surnames.txt").forEach(r -> known.add(r[0]));
    for (String[] row : rows("ambiguous.txt")) {
      assertThat(row).as("ambiguous.txt: form<TAB>type<TAB>note").hasSize(3);
      assertThat(AMBIGUITY_TYPES).contains(row[1]);
      assertThat(known).as("ambiguous form listed in a gazetteer").contains(row[0]);
    }
  }
}
