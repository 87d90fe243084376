package io.github.kazextract.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class KazakhTokenizerTest {

  private static final KazakhTokenizer TOKENIZER = new KazakhTokenizer();

  private static List<String> texts(String s) {
    return TOKENIZER.tokens(s).stream().map(Token::text).collect(Collectors.toList());
  }

  private static Token find(String s, String tokenText) {
    return TOKENIZER.tokens(s).stream().filter(t -> t.text().equals(tokenText)).findFirst()
        .orElseThrow(() -> new AssertionError("no token " + tokenText + " in " + texts(s)));
  }

  @Test
  void hyphenatedNamesAndCompoundsStayWhole() {
    assertThat(texts("Қасым-Жомарт Тоқаев 2025 жылғы 23 қыркүйекте Нью-Йоркте өтіп жатқан жиында сөз сөйледі."))
        .containsSubsequence("Қасым-Жомарт", "Тоқаев", "Нью-Йоркте");
    assertThat(texts("Жиынға Ресей Премьер-министрі Михаил Мишустин қатысты.")).contains("Премьер-министрі");
    assertThat(texts("ақпараттық-коммуникациялық технологиялар саласы")).first().isEqualTo("ақпараттық-коммуникациялық");
    assertThat(find("Қасым-Жомарт Тоқаев", "Қасым-Жомарт").type()).isEqualTo(TokenType.WORD);
  }

  @Test
  void hyphenGluingALowerCaseWordToACapitalisedOneIsADash() {
    assertThat(texts("ағасы-Эдуард Уэльс ханзадасы")).startsWith("ағасы", "-", "Эдуард");
    assertThat(texts("қаладағы әл-Фараби даңғылы, әз-Наурыз мейрамы")).contains("әл-Фараби", "әз-Наурыз");
  }

  @Test
  void percentSignApartFromItsNumberTakesTheSuffix() {
    Token t = find("Жәрдемақы 30 %-ке көбейді.", "%-ке");
    assertThat(t.base()).isEqualTo("%");
    assertThat(t.suffix()).isEqualTo("ке");
  }

  @Test
  void acronymWithCaseSuffixExposesBaseAndSuffix() {
    Token t = find("Антониу Гутерриш Қасым-Жомарт Тоқаевқа БҰҰ-ның бастамаларын қолдағаны үшін ризашылығын білдірді.", "БҰҰ-ның");
    assertThat(t.type()).isEqualTo(TokenType.ACRONYM);
    assertThat(t.base()).isEqualTo("БҰҰ");
    assertThat(t.suffix()).isEqualTo("ның");
    Token e = find("Жиынға Мишустин бастаған ЕАЭО-ға мүше елдер үкіметтерінің басшылары қатысты.", "ЕАЭО-ға");
    assertThat(e.base()).isEqualTo("ЕАЭО");
    assertThat(e.suffix()).isEqualTo("ға");
    Token usa = find("АҚШ-тың Мемлекеттік хатшысы", "АҚШ-тың");
    assertThat(usa.base()).isEqualTo("АҚШ");
    assertThat(usa.suffix()).isEqualTo("тың");
  }

  @Test
  void latinWordWithKazakhSuffixExposesBaseAndSuffix() {
    Token t = find("«Самұрық-Қазына» TotalEnergies-пен келісімге қол қойды", "TotalEnergies-пен");
    assertThat(t.type()).isEqualTo(TokenType.WORD);
    assertThat(t.base()).isEqualTo("TotalEnergies");
    assertThat(t.suffix()).isEqualTo("пен");
    assertThat(find("Самұрық-Қазына", "Самұрық-Қазына").suffix()).isEmpty();
  }

  @Test
  void covidIsOneAcronym() {
    Token c = find("Әңгімелесу барысында COVID-19 пандемиясын жою аясында шаралар талқыланды.", "COVID-19");
    assertThat(c.type()).isEqualTo(TokenType.ACRONYM);
    assertThat(c.suffix()).isEmpty();
    Token d = find("COVID-19-ға қарсы күрес", "COVID-19-ға");
    assertThat(d.base()).isEqualTo("COVID-19");
    assertThat(d.suffix()).isEqualTo("ға");
  }

  @Test
  void numbers() {
    assertThat(texts("Инфляция 2,5 пайызға, өсім 3.7 пайызға жетті.")).contains("2,5", "3.7");
    Token big = find("Халық саны 1 250 000 адамға жетті.", "1 250 000");
    assertThat(big.type()).isEqualTo(TokenType.NUMBER);
    assertThat(big.norm()).isEqualTo("1250000");
    Token nbsp = find("Бюджетке 1\u00A0250\u00A0000 теңге түсті.", "1\u00A0250\u00A0000");
    assertThat(nbsp.norm()).isEqualTo("1250000");
    assertThat(find("Өсім 15% құрады.", "15%").type()).isEqualTo(TokenType.NUMBER);
    assertThat(texts("2014-2024 жылдарға арналған бағдарлама")).first().isEqualTo("2014-2024");
    Token range = find("2020–2021 оқу жылы", "2020–2021");
    assertThat(range.norm()).isEqualTo("2020-2021");
    // years next to each other are not thousands groups
    assertThat(texts("2019 2020 жылдары")).startsWith("2019", "2020");
  }

  @Test
  void ordinalsKeepTheirSuffix() {
    Token t = find("Мемлекет басшысы БҰҰ Бас Ассамблеясының 80-сессиясында сөз сөйледі", "80-сессиясында");
    assertThat(t.type()).isEqualTo(TokenType.NUMBER);
    assertThat(t.base()).isEqualTo("80");
    assertThat(t.suffix()).isEqualTo("сессиясында");
    assertThat(find("28-ші мамыр", "28-ші").suffix()).isEqualTo("ші");
    assertThat(find("Биылғы 3-тоқсанда өсім байқалды", "3-тоқсанда").base()).isEqualTo("3");
    assertThat(find("Мәжіліс қараған заң жобаларының саны 40-тан асты.", "40-тан").suffix()).isEqualTo("тан");
    assertThat(find("90%-ына жетті", "90%-ына").base()).isEqualTo("90%");
  }

  @Test
  void datesAndTimes() {
    assertThat(find("Келісім 28.05.2020 қол қойылды.", "28.05.2020").type()).isEqualTo(TokenType.DATE);
    assertThat(find("Жиын сағат 14:30-да басталады.", "14:30-да").type()).isEqualTo(TokenType.TIME);
    assertThat(find("Жиын сағат 14:30 басталады.", "14:30").type()).isEqualTo(TokenType.TIME);
  }

  @Test
  void abbreviations() {
    assertThat(texts("Антониу Гутерриш төрағалық етуіне (2020-2021 ж.ж) оң баға берді."))
        .containsSubsequence("(", "2020-2021", "ж.ж", ")", "оң");
    assertThat(find("1919 ж. ағылшын-парсы шарты", "ж.").type()).isEqualTo(TokenType.ABBREVIATION);
    assertThat(texts("2019-2021 жж. аралығында")).contains("жж.");
    assertThat(texts("көлік, құрылыс т.б. салалар")).contains("т.б.");
    assertThat(texts("жолдар т.с.с. нысандар")).contains("т.с.с.");
    assertThat(find("5 млн теңге", "млн").type()).isEqualTo(TokenType.ABBREVIATION);
    assertThat(find("3,5 млрд доллар", "млрд").type()).isEqualTo(TokenType.ABBREVIATION);
    assertThat(find("ҚР Президенті", "ҚР").type()).isEqualTo(TokenType.ABBREVIATION);
    assertThat(texts("XIX ғ. басында")).containsExactly("XIX", "ғ.", "басында");
    assertThat(texts("Жер көлемі 1,648 млн. км².")).containsExactly("Жер", "көлемі", "1,648", "млн.", "км²", ".");
  }

  @Test
  void initialsAttachToWhatFollows() {
    List<Token> ts = TOKENIZER.tokens("Қ.Тоқаевтың пікірінше, БҰҰ Қауіпсіздік Кеңесінің құрамын кеңейту керек.");
    assertThat(ts.get(0).text()).isEqualTo("Қ.");
    assertThat(ts.get(0).type()).isEqualTo(TokenType.INITIALS);
    assertThat(ts.get(1).text()).isEqualTo("Тоқаевтың");
    assertThat(texts("Н.Ә.Назарбаев")).containsExactly("Н.Ә.", "Назарбаев");
    assertThat(texts("Қ.-Ж. Тоқаев")).containsExactly("Қ.-Ж.", "Тоқаев");
    assertThat(find("Қ.-Ж. Тоқаев", "Қ.-Ж.").type()).isEqualTo(TokenType.INITIALS);
    assertThat(texts("Ригада М.Нұртілеу Латвия Сыртқы істер министрімен кездесті.")).contains("М.", "Нұртілеу");
  }

  @Test
  void quotesAndBracketsAreSeparate() {
    assertThat(texts("шекара маңында салынып жатқан «Орталық Азия» орталығы"))
        .containsSubsequence("«", "Орталық", "Азия", "»");
    assertThat(texts("“Митра-фильм” киностудиясы")).containsExactly("“", "Митра-фильм", "”", "киностудиясы");
    assertThat(texts("„Қазақстан“ газеті")).containsExactly("„", "Қазақстан", "“", "газеті");
    assertThat(texts("\"COVID-19 тұсында\" атты форум")).containsExactly("\"", "COVID-19", "тұсында", "\"", "атты", "форум");
    assertThat(find("«Қазақмыс»", "«").type()).isEqualTo(TokenType.QUOTE);
    assertThat(find("«Қазақмыс»", "«").norm()).isEqualTo("\"");
    assertThat(texts("(2020-2021)")).containsExactly("(", "2020-2021", ")");
  }

  @Test
  void urlsEmailsHashtagsHandles() {
    assertThat(find("Толығырақ: https://www.akorda.kz/kk/news/123.", "https://www.akorda.kz/kk/news/123").type())
        .isEqualTo(TokenType.URL);
    assertThat(find("Сайт: www.gov.kz, пошта: info@akorda.kz.", "www.gov.kz").type()).isEqualTo(TokenType.URL);
    assertThat(find("Сайт: www.gov.kz, пошта: info@akorda.kz.", "info@akorda.kz").type()).isEqualTo(TokenType.EMAIL);
    Token kz = find("Ақпарат akorda.kz-тен алынды", "akorda.kz-тен");
    assertThat(kz.type()).isEqualTo(TokenType.URL);
    assertThat(kz.base()).isEqualTo("akorda.kz");
    assertThat(find("#Қазақстан2050 бағдарламасы", "#Қазақстан2050").type()).isEqualTo(TokenType.HASHTAG);
    assertThat(find("@akorda_press парақшасы", "@akorda_press").type()).isEqualTo(TokenType.HANDLE);
  }

  @Test
  void normRepairsLookalikesAndFoldsVariants() {
    assertThat(find("Aқорда хабарлады", "Aқорда").norm()).isEqualTo("Ақорда"); // Latin A
    assertThat(find("облыс əкімі", "əкімі").norm()).isEqualTo("әкімі");
    assertThat(find("COVID iPhone Astana", "iPhone").norm()).isEqualTo("iPhone");
    assertThat(find("BBC-ге берген сұхбат", "BBC-ге").norm()).isEqualTo("BBC-ге");
    assertThat(find("сауда\u2011экономикалық", "сауда\u2011экономикалық").norm()).isEqualTo("сауда-экономикалық");
    // combining breve composed: и + U+0306 → й
    assertThat(find("Аи\u0306дар", "Аи\u0306дар").norm()).isEqualTo("Айдар");
    // zero-width space inside a word does not split it and disappears from the norm
    Token zw = find("Қаза\u200Bқстан", "Қаза\u200Bқстан");
    assertThat(zw.norm()).isEqualTo("Қазақстан");
  }

  @Test
  void opennlpInterface() {
    String s = "Қ.Тоқаев «Астана» қаласында.";
    Span[] spans = TOKENIZER.tokenizePos(s);
    assertThat(Span.spansToStrings(spans, s)).containsExactly(TOKENIZER.tokenize(s));
    assertThat(TOKENIZER.tokenize(s)).containsExactly("Қ.", "Тоқаев", "«", "Астана", "»", "қаласында", ".");
    assertThat(spans[0].getType()).isEqualTo("INITIALS");
  }

  @Test
  void badInput() {
    assertThatThrownBy(() -> TOKENIZER.tokens(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("text");
    assertThatThrownBy(() -> TOKENIZER.tokenize(null)).isInstanceOf(NullPointerException.class);
    assertThat(TOKENIZER.tokens("")).isEmpty();
    assertThat(TOKENIZER.tokens(" \n\t\u00A0\u200B\uFEFF ")).isEmpty();
    // unpaired surrogates and controls
    List<Token> ts = TOKENIZER.tokens("a\uD800b\u0000\uDC00 😀");
    assertThat(ts).extracting(Token::text).containsExactly("a", "\uD800", "b", "\uDC00", "😀");
  }

  @Test
  void hugeTextWithoutSpacesIsLinear() {
    String letters = "қазақ".repeat(5_000_000); // 50 MB as UTF-8, no space, no newline
    long t0 = System.nanoTime();
    List<Token> ts = TOKENIZER.tokens(letters);
    assertThat(ts).hasSize(1);
    // every start probes URL, e-mail, initials, abbreviation, number patterns
    String dotted = "a.1-Қ.Ә.ж.1 000,5:".repeat(100_000);
    List<Token> ds = TOKENIZER.tokens(dotted);
    assertThat(ds).isNotEmpty();
    assertThat(System.nanoTime() - t0).isLessThan(20_000_000_000L);
  }
}
