package io.github.kazextract.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tokens whose text is cut on first use behave as values, like tokens built with their strings. */
class TokenValueTest {

  private final KazakhTokenizer tokenizer = new KazakhTokenizer();

  @Test
  void lazilyCutTokensEqualEagerOnes() {
    String text = "Қасым-Жомарт Тоқаев БҰҰ-ның Бас хатшысымен кездесті.";
    List<Token> tokens = tokenizer.tokens(text);
    Token tokayev = tokens.get(1);
    Token eager = new Token("Тоқаев", 13, 19, TokenType.WORD, "Тоқаев", "Тоқаев", "");
    assertThat(tokayev).isEqualTo(eager).hasSameHashCodeAs(eager).hasToString(eager.toString());
    assertThat(eager).isEqualTo(tokayev);
    assertThat(tokayev.text()).isSameAs(tokayev.text()).isSameAs(tokayev.norm()).isSameAs(tokayev.base());
    assertThat(tokayev.suffix()).isEmpty();

    Token un = tokens.get(2);
    assertThat(un.base()).isEqualTo("БҰҰ");
    assertThat(un.suffix()).isEqualTo("ның");
    assertThat(un.norm()).isEqualTo("БҰҰ-ның");
  }

  @Test
  void everyTokenTextIsTheSubstringOfItsSpan() {
    String text = "Ол 2020 ж. «Астана» қаласында 1 250 000 теңге (15%) бөлді; https://akorda.kz-тен.";
    for (Token t : tokenizer.tokens(text)) {
      assertThat(t.text()).isEqualTo(text.substring(t.start(), t.end()));
    }
  }

  @Test
  void normDiffersFromTextWhenNormalizingChangesIt() {
    // a Latin "a" inside a Cyrillic word is repaired in the norm only
    Token t = tokenizer.tokens("Қaзақстан").get(0);
    assertThat(t.text()).isEqualTo("Қaзақстан");
    assertThat(t.norm()).isEqualTo("Қазақстан");
    assertThat(t.base()).isEqualTo("Қазақстан");
  }
}
