package io.github.kazextract.text.translit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kazextract.text.KazakhScript;
import io.github.kazextract.text.KazakhTransliterator;
import io.github.kazextract.text.NormalizedText;
import io.github.kazextract.text.ScriptDetector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Script detection, untouched foreign words, and offsets of the Cyrillic view into the original. */
class TranslitOffsetsTest {

  private static final KazakhTransliterator T = KazakhTransliterator.getDefault();
  private static final ScriptDetector D = ScriptDetector.getDefault();

  @Test
  void aCyrillicReleaseWithLatinWordsIsLeftAsItIs() {
    String text = "COVID-19 пандемиясы кезінде ACWA Power компаниясы Қазақстанда жел электр станциясын салу "
        + "туралы келісімге қол қойды, iPhone туралы мәлімет https://www.akorda.kz/kk/news сайтында, info@gov.kz.";
    assertThat(D.detect(text)).isEqualTo(KazakhScript.CYRILLIC);
    NormalizedText view = T.toCyrillic(text);
    assertThat(view.text()).isSameAs(text);
  }

  @Test
  void englishTextIsNotKazakh() {
    assertThat(D.detect("The President met the delegation of ACWA Power in Astana on Monday.")).isEqualTo(KazakhScript.OTHER);
    String en = "The President met the delegation in Astana on Monday.";
    assertThat(T.toCyrillic(en).text()).isSameAs(en);
  }

  @Test
  void alphabetsAreRecognisedByTheirLetters() {
    assertThat(D.detect("Qasym-Jomart Toqaev Özbekstan Prezidentımen telefon arqyly söilestı.")).isEqualTo(KazakhScript.LATIN_2021);
    assertThat(D.detect("Qasym-Jomart Toqaev Ózbekstan Prezıdentimen telefon arqyly sóılesti.")).isEqualTo(KazakhScript.LATIN_2018);
    assertThat(D.detect("Qazaqstan Respublikasy men Qytai arasyndagy kelisim zhane Astananyn rolі")).isEqualTo(KazakhScript.LATIN_INFORMAL);
    assertThat(D.detect("قازاقستان مەن ٴوزبەكستان")).isEqualTo(KazakhScript.ARABIC);
  }

  @Test
  void foreignWordsInALatinReleaseStayAndOffsetsPointIntoTheOriginal() {
    String text = "Astanada ACWA Power kompaniiasy men iPhone jäne COVID turaly kelısımge qol qoidy: https://akorda.kz/kk.";
    NormalizedText view = T.toCyrillic(text);
    assertThat(view.text()).isEqualTo(
        "Астанада ACWA Power компаниясы мен iPhone және COVID туралы келісімге қол қойды: https://akorda.kz/kk.");
    assertEveryWordMapsBack(view);
  }

  @Test
  void spansInsideAWordMapToTheLettersTheyCameFrom() {
    String text = "Qasym-Jomart Toqaevqa Şavkat Mirziioevpen";
    NormalizedText view = T.toCyrillic(text, KazakhScript.LATIN_2021);
    assertThat(view.text()).isEqualTo("Қасым-Жомарт Тоқаевқа Шавкат Мирзиёевпен");
    int s = view.text().indexOf("Тоқаев");
    assertThat(view.originalText(s, s + "Тоқаев".length())).isEqualTo("Toqaev");
    int m = view.text().indexOf("Мирзиёев");
    assertThat(view.originalText(m, m + "Мирзиёев".length())).isEqualTo("Mirziioev");
    String arabic = "ٴماجىلىس وتىرىسى";
    NormalizedText av = T.toCyrillic(arabic);
    assertThat(av.text()).isEqualTo("Мәжіліс отырысы");
    assertThat(av.originalText(0, 7)).isEqualTo("ٴماجىلىس");
    assertEveryWordMapsBack(av);
  }

  @Test
  void everyWordOfConvertedReleasesMapsBackToItsOwnWord() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("testdata/releases/dev"))) {
      List<Path> txt = files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(6).collect(Collectors.toList());
      for (Path p : txt) {
        String cyr = Files.readString(p);
        for (KazakhScript s : List.of(KazakhScript.LATIN_2021, KazakhScript.ARABIC)) {
          String written = T.fromCyrillic(cyr, s);
          NormalizedText view = T.toCyrillic(written);
          assertThat(D.detect(written)).isEqualTo(s);
          assertEveryWordMapsBack(view);
        }
      }
    }
  }

  @Test
  void sharedBetweenThreadsItGivesTheSameViews() throws IOException {
    String cyr = Files.readString(Path.of("testdata/releases/dev/dev-001.txt"));
    String latin = T.fromCyrillic(cyr, KazakhScript.LATIN_2021);
    String arabic = T.fromCyrillic(cyr, KazakhScript.ARABIC);
    String l = T.toCyrillic(latin).text();
    String a = T.toCyrillic(arabic).text();
    List<Boolean> same = Stream.iterate(0, i -> i + 1).limit(64).parallel()
        .map(i -> T.toCyrillic(latin).text().equals(l) && T.toCyrillic(arabic).text().equals(a)).toList();
    assertThat(same).containsOnly(true);
  }

  /** Each word of the view, mapped back, is a substring of the original that covers whole source letters. */
  private static void assertEveryWordMapsBack(NormalizedText view) {
    Matcher m = Pattern.compile("\\p{L}+").matcher(view.text());
    int lastEnd = 0;
    while (m.find()) {
      int os = view.originalStart(m.start());
      int oe = view.originalEnd(m.end());
      assertThat(os).isBetween(lastEnd, oe);
      assertThat(oe).isLessThanOrEqualTo(view.original().length());
      String back = view.originalText(m.start(), m.end());
      assertThat(back).isEqualTo(view.original().substring(os, oe));
      assertThat(back.codePoints().filter(Character::isLetter).count()).isPositive();
      lastEnd = oe;
    }
  }
}
