package io.github.kazextract.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  private static final TextNormalizer N = TextNormalizer.getDefault();

  @Test
  void foldsSpacesDashesAndQuotes() {
    NormalizedText t = N.normalize("«Орталық\u00A0Азия»\u202Fжобасы\u2009— сауда\u2011экономикалық “байланыс”");
    assertThat(t.text()).isEqualTo("\"Орталық Азия\" жобасы - сауда-экономикалық \"байланыс\"");
  }

  @Test
  void foldsCharactersAboveTheTableLikeThoseInIt() {
    // fullwidth quotes and hyphen, ideographic space: classified per call, not from the table
    NormalizedText t = N.normalize("\uFF02Сауда\uFF0Dэкономикалық\u3000байланыс\uFF02");
    assertThat(t.text()).isEqualTo("\"Сауда-экономикалық байланыс\"");
    assertThat(CharFolding.isQuote('\uFF02')).isTrue();
    assertThat(CharFolding.isDash('\uFF0D')).isTrue();
    assertThat(CharFolding.isSpace('\u3000')).isTrue();
    assertThat(CharFolding.isInvisible('\uFEFF')).isTrue();
    assertThat(CharFolding.changes('\u4E2D')).isFalse();
  }

  @Test
  void removesInvisibleCharactersAndMapsBack() {
    String original = "\uFEFFҚаза\u200Bқстан Республикасы";
    NormalizedText t = N.normalize(original);
    assertThat(t.text()).isEqualTo("Қазақстан Республикасы");
    int at = t.text().indexOf("Республикасы");
    assertThat(t.originalText(at, at + "Республикасы".length())).isEqualTo("Республикасы");
    assertThat(t.originalText(0, "Қазақстан".length())).isEqualTo("Қаза\u200Bқстан");
  }

  @Test
  void composesToNfcAndMapsTheComposedLetterToItsWholeSource() {
    String original = "Аи\u0306дар мен Әлия"; // и + combining breve
    NormalizedText t = N.normalize(original);
    assertThat(t.text()).isEqualTo("Айдар мен Әлия");
    assertThat(t.originalSpan(1, 2)).isEqualTo(new Span(1, 3));
    assertThat(t.originalText(0, 5)).isEqualTo("Аи\u0306дар");
    int m = t.text().indexOf("Әлия");
    assertThat(t.originalText(m, m + 4)).isEqualTo("Әлия");
  }

  @Test
  void repairsLookalikesPerWordOnly() {
    // Latin A, o, p, c in Cyrillic words; schwa for ә; genuine Latin words stay
    NormalizedText t = N.normalize("Aқорда əкімі Астанада COVID iPhone Astana туралы хабарлады, BBC-ге");
    assertThat(t.text()).isEqualTo("Ақорда әкімі Астанада COVID iPhone Astana туралы хабарлады, BBC-ге");
    assertThat(N.normalize("Қазақcтан").text()).isEqualTo("Қазақстан"); // Latin c
    assertThat(N.normalize("Бiлiм").text()).isEqualTo("Білім"); // Latin i → і
    assertThat(N.normalize("ɵнер").text()).isEqualTo("өнер");
  }

  @Test
  void normalizeTokenReturnsTheSameObjectWhenNothingChanges() {
    String s = "Қазақстан";
    assertThat(N.normalizeToken(s)).isSameAs(s);
    assertThat(N.normalizeToken("БҰҰ\u2011ның")).isEqualTo("БҰҰ-ның");
  }

  @Test
  void offsetMapIdentityAndBounds() {
    NormalizedText t = N.normalize("");
    assertThat(t.text()).isEmpty();
    assertThat(t.originalSpan(0, 0)).isEqualTo(new Span(0, 0));
    OffsetMap id = OffsetMap.identity(3);
    assertThat(id.originalStart(3)).isEqualTo(3);
    assertThat(id.originalEnd(2)).isEqualTo(2);
    assertThatThrownBy(() -> id.originalStart(4)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> N.normalize(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("text");
  }

  @Test
  void composedMapsChainBackToTheOriginal() {
    NormalizedText first = N.normalize("A\u00A0қ");
    // a second derived view (here: upper-casing, 1:1) composed with the first
    OffsetMap.Builder b = new OffsetMap.Builder(first.text().length(), 4);
    for (int i = 0; i < first.text().length(); i++) {
      b.append(Character.toUpperCase(first.text().charAt(i)), i, i + 1);
    }
    OffsetMap composed = first.map().compose(b.map());
    assertThat(composed.originalStart(2)).isEqualTo(2);
    assertThat(composed.originalEnd(3)).isEqualTo(3);
  }
}
