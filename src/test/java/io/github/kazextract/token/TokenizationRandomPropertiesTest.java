package io.github.kazextract.token;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants over random strings of Kazakh letters, punctuation, spaces, surrogates and controls. */
class TokenizationRandomPropertiesTest {

  private static final String POOL = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
      + "АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ"
      + "abcxyzACOVIDwk0123456789"
      + ".,;:!?…-‐‑–—()[]«»“”„\"'’#@%°/*_&+=№²"
      + "  \t\n\r\u00A0\u202F\u2009\u200B\u200D\uFEFF\u00AD\u0306\u0301"
      + "\u0000\u0007\u001B\u007F\u0085\u2028\u2029"
      + "\uD800\uDC00\uD83D\uDE00əɵθ";

  @Provide
  Arbitrary<String> kazakhish() {
    Arbitrary<String> chars = Arbitraries.strings().withChars(POOL.toCharArray()).ofMinLength(0).ofMaxLength(200);
    Arbitrary<String> pieces = Arbitraries.of(
        "Қ.", "Н.Ә.", "ж.", "ж.ж", "т.б.", "БҰҰ-ның", "COVID-19", "1 250 000", "28.05.2020", "14:30",
        "2020–2021", "15%", "https://akorda.kz/x", "a@b.kz", "#тег", "@ник", "***", "\n\n", "«", "»", "Қасым-Жомарт");
    return Arbitraries.oneOf(chars, pieces.list().ofMaxSize(30).map(l -> String.join("", l)),
        Arbitraries.strings().all().ofMaxLength(100));
  }

  @Property(tries = 1500)
  void invariantsHoldOnRandomText(@ForAll("kazakhish") String text) {
    TokenizationInvariants.check("random", text);
  }
}
