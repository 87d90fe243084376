package io.github.kazextract.robust;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kazextract.fuzz.FuzzInputs;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Properties over generated text: tokenizer, sentence detector, morphology and the whole extractor
 * never throw, give offsets whose substring is the reported text (tokens, sentences, mentions,
 * triggers) and give the same output twice. Tries are modest: the build machine is shared.
 */
class GeneratedTextPropertiesTest {

  private static final String ALL_CHARS = FuzzInputs.CYRILLIC + FuzzInputs.LATIN + FuzzInputs.ARABIC
      + FuzzInputs.DIGITS + FuzzInputs.PUNCT + FuzzInputs.QUOTES + FuzzInputs.DASHES + FuzzInputs.SPACES
      + FuzzInputs.CONTROLS + FuzzInputs.COMBINING + String.join("", FuzzInputs.SUPPLEMENTARY);

  private static void holds(String text) {
    assertThat(RobustFixtures.invariants().violations(text)).as("violations on %s", text).isEmpty();
  }

  /** Characters of every class, lone surrogates included (ALL_CHARS holds them one by one). */
  @Provide
  Arbitrary<String> mixedCharacters() {
    return Arbitraries.strings().withChars(ALL_CHARS.toCharArray()).ofMaxLength(300);
  }

  /** Fragments (names, roles, triggers, dates, numbers, lists, markup, other scripts) glued together. */
  @Provide
  Arbitrary<String> gluedFragments() {
    Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(RobustFixtures.fragments()),
        Arbitraries.strings().withChars(ALL_CHARS.toCharArray()).ofMaxLength(3));
    Arbitrary<String> sep = Arbitraries.of(" ", "", ", ", ". ", "\n", "\n\n", "\u00A0", "\u200B", " — ", "-");
    return Arbitraries.integers().between(1, 40).flatMap(n -> piece.list().ofSize(n)
        .flatMap(ps -> sep.list().ofSize(n).map(ss -> {
          StringBuilder b = new StringBuilder();
          for (int i = 0; i < n; i++) {
            b.append(ps.get(i)).append(ss.get(i));
          }
          return b.toString();
        })));
  }

  /** A pattern repeated up to a few hundred times: оның ішінде chains, list items, trigger runs. */
  @Provide
  Arbitrary<String> repeatedPatterns() {
    Arbitrary<String> unit = Arbitraries.oneOf(
        Arbitraries.of("оның ішінде ", "Африканың 16, Азияның 10, ", "кездесу өтті. ", "Қасым-Жомарт Тоқаев ",
            "2024 жылғы 28 мамырда ", "1 250 000 ", "«", "»", "(", "Н.Ә. ", "БҰҰ-ның ", "-", "..."),
        Arbitraries.of(RobustFixtures.fragments()).map(f -> f + " "));
    return Arbitraries.integers().between(1, 300).flatMap(k -> unit.map(u -> u.repeat(k)));
  }

  /** One very long token or a very long run of capitalised words. */
  @Provide
  Arbitrary<String> longRuns() {
    Arbitrary<String> longToken = Arbitraries.strings().withChars(FuzzInputs.CYRILLIC.toCharArray())
        .ofMinLength(100).ofMaxLength(5000);
    Arbitrary<String> sameLetter = Arbitraries.of('а', 'Қ', 'x', '1', '-', '.', '«')
        .flatMap(c -> Arbitraries.integers().between(100, 10_000).map(n -> String.valueOf(c).repeat(n)));
    Arbitrary<String> capitalised = Arbitraries.strings().withChars(FuzzInputs.CYRILLIC.substring(0, 42).toCharArray())
        .ofMinLength(1).ofMaxLength(8).map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
        .list().ofMinSize(50).ofMaxSize(800).map(ws -> String.join(" ", ws));
    return Arbitraries.oneOf(longToken, sameLetter, capitalised);
  }

  /** A fragment whose ordinary spaces become another blank or control character. */
  @Provide
  Arbitrary<Tuple.Tuple2<String, Character>> fragmentAndBlank() {
    return Arbitraries.of(RobustFixtures.fragments())
        .flatMap(f -> Arbitraries.of(toCharacters(FuzzInputs.SPACES + FuzzInputs.CONTROLS)).map(c -> Tuple.of(f, c)));
  }

  private static List<Character> toCharacters(String s) {
    return s.chars().mapToObj(c -> (char) c).toList();
  }

  @Property(tries = 300)
  void mixedCharactersKeepTheContract(@ForAll("mixedCharacters") String text) {
    holds(text);
  }

  @Property(tries = 200)
  void gluedFragmentsKeepTheContract(@ForAll("gluedFragments") String text) {
    holds(text);
  }

  @Property(tries = 60)
  void repeatedPatternsKeepTheContract(@ForAll("repeatedPatterns") String text) {
    holds(text);
  }

  @Property(tries = 30)
  void longRunsKeepTheContract(@ForAll("longRuns") String text) {
    holds(text);
  }

  @Property(tries = 150)
  void otherBlanksAndControlsKeepTheContract(@ForAll("fragmentAndBlank") Tuple.Tuple2<String, Character> fc) {
    String text = fc.get1().replace(' ', fc.get2()) + fc.get2() + fc.get1();
    holds(text);
  }
}
