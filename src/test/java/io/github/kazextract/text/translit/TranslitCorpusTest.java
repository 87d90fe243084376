package io.github.kazextract.text.translit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kazextract.text.KazakhScript;
import io.github.kazextract.text.KazakhTransliterator;
import io.github.kazextract.text.NormalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the example corpora of the transliteration rules (models/text/translit/corpus-*.tsv). */
class TranslitCorpusTest {

  private static final KazakhTransliterator T = KazakhTransliterator.getDefault();

  static Stream<Arguments> corpus() throws IOException {
    List<Arguments> out = new ArrayList<>();
    add(out, "corpus-latin2021.tsv", KazakhScript.LATIN_2021);
    add(out, "corpus-latin2018.tsv", KazakhScript.LATIN_2018);
    add(out, "corpus-arabic.tsv", KazakhScript.ARABIC);
    return out.stream();
  }

  private static void add(List<Arguments> out, String file, KazakhScript script) throws IOException {
    try (InputStream in = TranslitCorpusTest.class.getResourceAsStream(
        "/io/github/kazextract/models/text/translit/" + file)) {
      assertThat(in).as(file).isNotNull();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        out.add(Arguments.of(file, script, f[0], f[1], f.length > 2 ? f[2].trim() : "both"));
      }
    }
  }

  @ParameterizedTest(name = "{0}: {2} | {3} ({4})")
  @MethodSource("corpus")
  void ruleCorpus(String file, KazakhScript script, String cyrillic, String written, String direction) {
    if (!direction.equals("from-cyrillic")) {
      NormalizedText view = T.toCyrillic(written, script);
      // Arabic has no capitals: the view capitalises sentence starts and known names
      String got = script == KazakhScript.ARABIC ? view.text().toLowerCase(Locale.ROOT) : view.text();
      assertThat(got).as("to Cyrillic").isEqualTo(cyrillic);
      assertThat(view.original()).isSameAs(written);
    }
    if (!direction.equals("to-cyrillic")) {
      assertThat(T.fromCyrillic(cyrillic, script)).as("from Cyrillic").isEqualTo(written);
    }
  }
}
