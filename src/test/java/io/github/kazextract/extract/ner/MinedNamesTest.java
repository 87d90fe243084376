package io.github.kazextract.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kazextract.extract.date.RuleFiles;
import io.github.kazextract.extract.gazetteer.Gazetteer;
import io.github.kazextract.extract.gazetteer.PlaceEntry;
import io.github.kazextract.model.PlaceKind;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The lists mined from KazNERD by mine_kaznerd.py: attributed, nominative, new. */
class MinedNamesTest {

  private static final List<String> FILES =
      List.of("kaznerd-given-names.txt", "kaznerd-surnames.txt", "kaznerd-places.tsv");

  @Test
  void everyMinedFileCarriesTheKazNerdAttribution() throws Exception {
    for (String f : FILES) {
      try (InputStream in = MinedNames.class.getResourceAsStream(RuleFiles.ROOT + "gazetteer/ner/" + f)) {
        assertThat(in).as(f).isNotNull();
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        assertThat(text).as(f).contains("KazNERD").contains("CC BY 4.0");
      }
    }
  }

  @Test
  void entriesAreNewNominativeNames() {
    MinedNames mined = MinedNames.load();
    Gazetteer hand = Gazetteer.getDefault();
    Set<String> known = new HashSet<>(hand.givenNames());
    known.addAll(hand.surnames());
    hand.places().forEach(p -> known.add(p.name()));
    Set<String> all = new HashSet<>(mined.givenNames());
    all.addAll(mined.commonWordNames());
    all.addAll(mined.surnames());
    mined.gazetteer().places().forEach(p -> all.add(p.name()));
    assertThat(all).isNotEmpty().doesNotContainAnyElementsOf(known);
    Endings endings = Endings.load();
    for (String name : all) {
      assertThat(name).matches("\\p{Lu}[\\p{L}-]{2,}");
      // not an inflected form of another entry: "Құнанбайдың" beside "Құнанбай"
      for (String other : all) {
        if (!other.equals(name) && name.startsWith(other)) {
          assertThat(endings.isSingleEnding(name.substring(other.length()).toLowerCase(Locale.ROOT)))
              .as(name + " is a form of " + other).isFalse();
        }
      }
    }
  }

  @Test
  void minedPlacesKeepTheirKazNerdClass() {
    PlaceClasses classes = PlaceClasses.load();
    for (PlaceEntry p : MinedNames.load().gazetteer().places()) {
      assertThat(p.kind()).isIn(PlaceKind.CITY, PlaceKind.REGION);
      assertThat(classes.classOf(p.kind(), p.name())).isIn("GPE", "LOCATION");
    }
  }
}
