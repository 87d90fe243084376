package io.github.kazextract.morph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The flat stem table and the per-letter buckets of the sorted hunspell-kk stem list. */
class StemTablesTest {

  @Test
  void stemTableAgreesWithAHashMapOverRandomStems() {
    Random rnd = new Random(7);
    StemTable t = new StemTable();
    Map<String, Integer> expected = new HashMap<>();
    String letters = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюяАӘБҚҢӨҰҮІ-";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = 1 + rnd.nextInt(9);
      for (int k = 0; k < n; k++) {
        sb.append(letters.charAt(rnd.nextInt(letters.length())));
      }
      String stem = sb.toString();
      int bits = 1 << rnd.nextInt(5);
      t.add(stem, 0, stem.length(), bits);
      expected.merge(KazakhMorphology.lowerSameLength(stem), bits, (a, b) -> a | b);
    }
    assertThat(t.size()).isEqualTo(expected.size());
    for (Map.Entry<String, Integer> e : expected.entrySet()) {
      assertThat(t.get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
    }
    assertThat(t.get("жоқсөзxyz")).isZero();
    assertThat(t.get("")).isZero();
    String some = expected.keySet().iterator().next();
    t.remove(some);
    assertThat(t.get(some)).isZero();
    assertThat(t.size()).isEqualTo(expected.size() - 1);
  }

  @Test
  void theShippedStemListIsSortedByItsLowerCaseStems() {
    String text = ModelFiles.text("morph/hunspell-stems.tsv", false);
    String previous = "";
    int lines = 0;
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        assertThat(lines).as("comments only at the top: " + line).isZero();
        continue;
      }
      String key = KazakhMorphology.lowerSameLength(line.split("\t")[0]);
      assertThat(key.compareTo(previous)).as(previous + " before " + key).isGreaterThanOrEqualTo(0);
      previous = key;
      lines++;
    }
    assertThat(lines).isGreaterThan(40_000);
  }

  @Test
  void everyLetterFindsItsLinesWhateverTheOrderAndThreadOfFirstUse() throws Exception {
    String text = ModelFiles.text("morph/hunspell-stems.tsv", false);
    List<String[]> rows = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        rows.add(line.split("\t"));
      }
    }
    Collections.shuffle(rows, new Random(3));
    LetterBuckets buckets = new LetterBuckets(text.getBytes(StandardCharsets.UTF_8), "hunspell-stems.tsv");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> missing = new ArrayList<>();
      for (int part = 0; part < 4; part++) {
        List<String[]> slice = rows.subList(part * rows.size() / 4, (part + 1) * rows.size() / 4);
        missing.add(pool.submit(() -> {
          List<String> out = new ArrayList<>();
          for (String[] r : slice) {
            int bits = buckets.get(KazakhMorphology.lowerSameLength(r[0]));
            if ((bits & Lexicon.posBits(r[1])) == 0) {
              out.add(r[0]);
            }
          }
          return out;
        }));
      }
      List<String> notFound = new ArrayList<>();
      for (Future<List<String>> f : missing) {
        notFound.addAll(f.get());
      }
      // only passive -лан/-лен nouns whose verb is known are dropped on purpose
      assertThat(notFound).allMatch(s -> s.endsWith("лан") || s.endsWith("лен"));
      assertThat(notFound.size()).isLessThan(rows.size() / 50);
    } finally {
      pool.shutdown();
    }
    assertThat(buckets.get("тоқаевxyz")).isZero();
    assertThat(buckets.get("")).isZero();
  }

  @Test
  void aLineOutOfOrderIsReportedNotSilentlyMissed() {
    byte[] list = "# comment\nабай\tPROPN\nбала\tNOUN\nал\tVERB\nкел\tVERB\n".getBytes(StandardCharsets.UTF_8);
    LetterBuckets buckets = new LetterBuckets(list, "list.tsv");
    assertThat(buckets.get("кел")).isEqualTo(Lexicon.VERB);
    assertThatThrownBy(() -> buckets.get("бала")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("list.tsv").hasMessageContaining("not sorted");
  }

  @Test
  void extraStemsAndNonCyrillicFirstLettersShareTheBuckets() {
    byte[] list = "# c\nAманжол\tPROPN\nала\tADJ\nсайла\tVERB\nсайлан\tNOUN\nсайлау\tNOUN\n"
        .getBytes(StandardCharsets.UTF_8);
    LetterBuckets buckets = new LetterBuckets(list, "list.tsv");
    buckets.addExtra("Алматы", Lexicon.PROPN);
    buckets.addExtra("ала", Lexicon.VERB);
    assertThat(buckets.get("aманжол")).isEqualTo(Lexicon.PROPN);
    assertThat(buckets.get("алматы")).isEqualTo(Lexicon.PROPN);
    assertThat(buckets.get("ала")).isEqualTo(Lexicon.ADJ | Lexicon.VERB);
    // a passive stem listed as a noun hides the verb it is built on
    assertThat(buckets.get("сайлан")).isZero();
    assertThat(buckets.get("сайлау")).isEqualTo(Lexicon.NOUN);
    assertThat(buckets.size()).isEqualTo(5);
  }
}
