package io.github.kazextract.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KazakhSentenceDetectorTest {

  private static final KazakhSentenceDetector DETECTOR = new KazakhSentenceDetector();

  @Test
  void headlineWithoutPunctuationAndParagraphsAreSentences() {
    String text = "Қасым-Жомарт Тоқаев Шавкат Мирзиёевпен телефон арқылы сөйлесті\n\n"
        + "Мемлекет басшысы 15 наурызда Өзбекстан Президенті Шавкат Мирзиёевпен телефон арқылы сөйлесті, "
        + "деп хабарлайды Ақорданың баспасөз қызметі.\n\n"
        + "Телефон арқылы сөйлесуге Шавкат Мирзиёев бастамашы болды.";
    assertThat(DETECTOR.sentDetect(text)).containsExactly(
        "Қасым-Жомарт Тоқаев Шавкат Мирзиёевпен телефон арқылы сөйлесті",
        "Мемлекет басшысы 15 наурызда Өзбекстан Президенті Шавкат Мирзиёевпен телефон арқылы сөйлесті, "
            + "деп хабарлайды Ақорданың баспасөз қызметі.",
        "Телефон арқылы сөйлесуге Шавкат Мирзиёев бастамашы болды.");
  }

  @Test
  void splitsAtSentencePunctuationBeforeACapital() {
    assertThat(DETECTOR.sentDetect("Жеңісті гол 81-минутта соғылды. Оның авторы – 19 жастағы Темірлан Жақсылықов. Ойын аяқталды!"))
        .containsExactly("Жеңісті гол 81-минутта соғылды.", "Оның авторы – 19 жастағы Темірлан Жақсылықов.", "Ойын аяқталды!");
  }

  @Test
  void abbreviationsAndInitialsDoNotSplit() {
    assertThat(DETECTOR.sentDetect("Жаңа үкімет 1919 ж. Тегеранда шартты жойды. Бұған дейін Ә.Төлеубаева елшілікте істеген."))
        .containsExactly("Жаңа үкімет 1919 ж. Тегеранда шартты жойды.", "Бұған дейін Ә.Төлеубаева елшілікте істеген.");
    assertThat(DETECTOR.sentDetect("Келіссөзге Н. Ә. Назарбаев қатысты.")).hasSize(1);
    assertThat(DETECTOR.sentDetect("Қ.-Ж. Тоқаев жиынға қатысты. Б.з.б. III ғасырда қала салынды."))
        .containsExactly("Қ.-Ж. Тоқаев жиынға қатысты.", "Б.з.б. III ғасырда қала салынды.");
  }

  @Test
  void abbreviationMarkedAsFinalEndsASentenceBeforeACapital() {
    assertThat(DETECTOR.sentDetect("Көлік, құрылыс т.б. Сонымен қатар энергетика да талқыланды."))
        .containsExactly("Көлік, құрылыс т.б.", "Сонымен қатар энергетика да талқыланды.");
    assertThat(DETECTOR.sentDetect("Көлік, құрылыс т.б. салалар талқыланды.")).hasSize(1);
  }

  @Test
  void quotedAndBracketedSpeechStaysTogether() {
    assertThat(DETECTOR.sentDetect("Президент: «Біз дайынбыз. Жұмыс басталды», - деді. Кездесу аяқталды."))
        .containsExactly("Президент: «Біз дайынбыз. Жұмыс басталды», - деді.", "Кездесу аяқталды.");
    assertThat(DETECTOR.sentDetect("Ұлы Абай «Адамның ұлылығы ұстазынан.» деген екен. Бұл рас."))
        .containsExactly("Ұлы Абай «Адамның ұлылығы ұстазынан.» деген екен.", "Бұл рас.");
    assertThat(DETECTOR.sentDetect("\"Осылай тұр!\" дегендей басып қалды.")).hasSize(1);
    assertThat(DETECTOR.sentDetect("Жоба (кеме жасау. Зауыт) аяқталды. Келесі кезең басталды."))
        .containsExactly("Жоба (кеме жасау. Зауыт) аяқталды.", "Келесі кезең басталды.");
  }

  @Test
  void aQuoteNeverClosedDoesNotHoldTheParagraphTogether() {
    assertThat(DETECTOR.sentDetect("«Мен ризашылығымды білдіремін. Еліміздің қорғаныс қабілеті жоғары болуы керек. Міне, сонда ғана ол тұрақты болады."))
        .hasSize(3);
  }

  @Test
  void dialogueAttributionAfterADashContinuesTheSentence() {
    assertThat(DETECTOR.sentDetect("Сен бұл жолдан аман-есен қайтарсың, еліңе аман барарсың... — деді. Бірақ оның енді не керегі бар?"))
        .containsExactly("Сен бұл жолдан аман-есен қайтарсың, еліңе аман барарсың... — деді.", "Бірақ оның енді не керегі бар?");
    assertThat(DETECTOR.sentDetect("Қожа: - Же, шапаным, же! - деп, отыра береді.")).hasSize(1);
  }

  @Test
  void millionsWithAPeriodGoOnBeforeACapital() {
    assertThat(DETECTOR.sentDetect("Мұнай экспортынан жыл сайын 16,3 млрд. АҚШ доллары түседі.")).hasSize(1);
  }

  @Test
  void closingQuoteAfterTheFullStopBelongsToTheSentence() {
    assertThat(DETECTOR.sentDetect("Ол былай деді: «Бәрі жақсы болады.» Содан кейін кетті."))
        .containsExactly("Ол былай деді: «Бәрі жақсы болады.»", "Содан кейін кетті.");
  }

  @Test
  void separatorsAreDropped() {
    assertThat(DETECTOR.sentDetect("Бірінші бөлім аяқталды.\n\n***\n\nЕкінші бөлім басталды.\n* * *\nҮшінші."))
        .containsExactly("Бірінші бөлім аяқталды.", "Екінші бөлім басталды.", "Үшінші.");
  }

  @Test
  void lineGoingOnInLowerCaseContinuesTheSentence() {
    assertThat(DETECTOR.sentDetect("Мемлекет басшысы жиында\nсөз сөйледі.\nКелесі жол")).containsExactly(
        "Мемлекет басшысы жиында\nсөз сөйледі.", "Келесі жол");
  }

  @Test
  void ellipsisAndQuestionMarks() {
    assertThat(DETECTOR.sentDetect("Бұ немене?.. Сол кім екен?! Білмеймін... бәлкім.")).containsExactly(
        "Бұ немене?..", "Сол кім екен?!", "Білмеймін... бәлкім.");
  }

  @Test
  void badInput() {
    assertThatThrownBy(() -> DETECTOR.sentPosDetect(null)).isInstanceOf(NullPointerException.class);
    assertThat(DETECTOR.sentPosDetect("")).isEmpty();
    assertThat(DETECTOR.sentPosDetect("  \n\n \u00A0 ")).isEmpty();
  }
}
