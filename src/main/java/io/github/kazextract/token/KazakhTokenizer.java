package io.github.kazextract.token;

import io.github.kazextract.text.CharFolding;
import io.github.kazextract.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.util.Span;

/**
 * Kazakh tokenizer: one left-to-right pass over the caller's string, no regular expressions and
 * no backtracking beyond small fixed look-aheads, so it runs in linear time on any input.
 *
 * <p>Keeps whole: hyphenated words ({@code Қасым-Жомарт}), acronyms with a case suffix ({@code
 * БҰҰ-ның}, base and suffix exposed), numbers with decimals, space-grouped thousands, percent,
 * ranges and ordinal suffixes ({@code 1 250 000}, {@code 2014-2024}, {@code 28-ші}), dates, times,
 * abbreviations with periods ({@code ж.ж.}, {@code т.б.}), initials ({@code Н.Ә.}), URLs, e-mail
 * addresses, hashtags and handles. Quotes and brackets are tokens of their own. White space,
 * control and invisible format characters between tokens produce no token.
 *
 * <p>{@link Token#text()} is always the exact original substring; {@link Token#norm()} is the
 * matching form ({@link TextNormalizer}), equal to the text object itself when nothing changes so
 * that the common path allocates only the token and its text. Immutable and thread-safe.
 *
 * <p>Error model: every method throws only {@link NullPointerException} naming the parameter
 * ({@code text} or {@code s}) for a null string. Empty text, or text of white space, control and
 * invisible format characters alone, gives no tokens (an empty list or array). Text in another
 * language or script is tokenized by the same rules (Latin or Chinese letters make {@code WORD}s,
 * punctuation its own tokens); no input makes it fail or run longer than linear time.
 */
public final class KazakhTokenizer implements Tokenizer {

  /** Shared one-character strings for ASCII punctuation tokens and their folded forms. */
  private static final String[] ASCII = new String[128];

  static {
    for (int c = 0; c < ASCII.length; c++) {
      ASCII[c] = String.valueOf((char) c).intern();
    }
  }

  // Character classes of the BMP, computed once, so the scan loop does one table look-up per char.
  private static final byte C_WORD = 1; // letter, digit, combining mark, other number (²)
  private static final byte C_PLAIN = 2; // ASCII letter or digit, or Cyrillic-block letter: needs no normalizing
  private static final byte C_UPPER = 4;
  private static final byte C_LATIN = 8; // ASCII letter
  private static final byte C_CYR = 16; // Cyrillic-block letter
  private static final byte C_BLANK = 32; // space, control or invisible format character
  private static final byte C_PUNCT = 64; // Unicode punctuation categories
  /**
   * Character classes of U+0000..U+2FFF (Latin, Cyrillic, Arabic, punctuation, the space and dash
   * blocks), built when the class loads; characters above are classified per call. A full 64k table
   * cost a cold JVM a tenth of a second of Unicode property look-ups.
   */
  private static final int CLASS_TABLE_LIMIT = 0x3000;
  private static final byte[] CLASSES = buildClasses();

  private static byte[] buildClasses() {
    byte[] t = new byte[CLASS_TABLE_LIMIT];
    for (int c = 0; c < t.length; c++) {
      t[c] = computeClass(c);
    }
    return t;
  }

  /** The class bits of one char (0 for a surrogate: those are decided per code point). */
  private static byte computeClass(int c) {
    char ch = (char) c;
    if (Character.isSurrogate(ch)) {
      return 0;
    }
    int k = 0;
    if (isWordCharSlow(c)) {
      k |= C_WORD;
    }
    if (isAsciiAlnum(ch)) {
      k |= C_PLAIN;
    }
    if (isAsciiLetter(ch)) {
      k |= C_LATIN;
    }
    if (c >= 0x0400 && c <= 0x04FF && Character.isLetter(c)) {
      k |= C_CYR | C_PLAIN;
    }
    if (Character.isUpperCase(c)) {
      k |= C_UPPER;
    }
    if (CharFolding.isSpace(ch) || CharFolding.isInvisible(ch)) {
      k |= C_BLANK;
    }
    if (isPunctuationType(c)) {
      k |= C_PUNCT;
    }
    return (byte) k;
  }

  /** The class bits of {@code c}: from the table, or computed above it. */
  private static int classOf(char c) {
    return c < CLASS_TABLE_LIMIT ? CLASSES[c] : computeClass(c);
  }

  private static final int MAX_ABBREVIATION_SEGMENT = 10;
  private static final int MAX_ABBREVIATION_SEGMENTS = 5;
  private static final int MAX_EMAIL_LOCAL = 64;
  private static final int MAX_HOST = 253;
  private static final int MAX_ACRONYM_LETTERS = 7;
  private static final int MAX_INITIALS = 4;

  private final TokenLexicon lexicon;
  private final TextNormalizer normalizer;

  /** A tokenizer with the bundled lexicon. */
  public KazakhTokenizer() {
    this(TokenLexicon.getDefault(), TextNormalizer.getDefault());
  }

  public KazakhTokenizer(TokenLexicon lexicon, TextNormalizer normalizer) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
  }

  public TokenLexicon lexicon() {
    return lexicon;
  }

  /** Typed tokens with offsets into {@code text}, in order; an unmodifiable list. */
  public List<Token> tokens(String text) {
    Objects.requireNonNull(text, "text");
    List<Token> out = new ArrayList<>(Math.min(text.length() / 6 + 4, 1 << 22));
    new Scan(text, out).run();
    return Collections.unmodifiableList(out);
  }

  @Override
  public String[] tokenize(String s) {
    Objects.requireNonNull(s, "s");
    List<Token> ts = tokens(s);
    String[] out = new String[ts.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ts.get(i).text();
    }
    return out;
  }

  /** Token spans on {@code s}; each span's type is the {@link TokenType} name. */
  @Override
  public Span[] tokenizePos(String s) {
    Objects.requireNonNull(s, "s");
    List<Token> ts = tokens(s);
    Span[] out = new Span[ts.size()];
    for (int i = 0; i < out.length; i++) {
      Token t = ts.get(i);
      out[i] = new Span(t.start(), t.end(), t.type().name());
    }
    return out;
  }

  // ---------------------------------------------------------------- character classes

  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static boolean isAsciiAlnum(char c) {
    return isAsciiLetter(c) || isAsciiDigit(c);
  }

  /** Letters, digits and combining marks make up words. */
  static boolean isWordChar(int cp) {
    return cp < 0x10000 ? (classOf((char) cp) & C_WORD) != 0 : isWordCharSlow(cp);
  }

  private static boolean isWordCharSlow(int cp) {
    if (cp < 0x80) {
      return isAsciiAlnum((char) cp);
    }
    if (cp >= 0x0400 && cp <= 0x04FF) {
      return Character.isLetter(cp) || (cp >= 0x0483 && cp <= 0x0489);
    }
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int t = Character.getType(cp);
    // OTHER_NUMBER: superscript digits in units (км², м³)
    return t == Character.OTHER_NUMBER || t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
        || t == Character.ENCLOSING_MARK;
  }

  static boolean isLetterAt(String s, int i) {
    return i >= 0 && i < s.length() && Character.isLetter(s.codePointAt(i));
  }

  /** Hyphens that join word parts; en and em dashes do not ({@code Алматы–Астана} is a route). */
  static boolean isJoinHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  /** Dashes that join the two ends of a number range ({@code 2020–2021}). */
  static boolean isRangeDash(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013';
  }

  /** Spaces that may group thousands ({@code 1 250 000}): space, NBSP, narrow NBSP, thin space. */
  static boolean isGroupSpace(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
  }

  static boolean isBlank(char c) {
    return (classOf(c) & C_BLANK) != 0;
  }

  private static boolean isPunctuationType(int cp) {
    switch (Character.getType(cp)) {
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
        return true;
      default:
        return false;
    }
  }

  // ---------------------------------------------------------------- the scan

  /** The state of one call; never shared between threads. */
  private final class Scan {
    private final String text;
    private final int n;
    private final List<Token> out;
    /** Starts before this offset lie inside a dotted name already found not to be a URL. */
    private int noHostBefore;
    /** Starts before this offset lie inside a run already found not to be an e-mail address. */
    private int noEmailBefore;

    Scan(String text, List<Token> out) {
      this.text = text;
      this.n = text.length();
      this.out = out;
    }

    void run() {
      int i = 0;
      while (i < n) {
        if (isBlank(text.charAt(i))) {
          i++;
        } else {
          i = token(i);
        }
      }
    }

    /** Emits the token starting at {@code s}; returns its end. */
    private int token(int s) {
      char c = text.charAt(s);
      if (isAsciiAlnum(c)) {
        int e = url(s);
        if (e > 0) {
          return e;
        }
        e = email(s);
        if (e > 0) {
          return e;
        }
        if (isAsciiDigit(c)) {
          return number(s);
        }
      }
      int cp = text.codePointAt(s);
      if (isWordChar(cp)) {
        int e = initials(s);
        if (e > 0) {
          return e;
        }
        return word(s);
      }
      if ((c == '#' || c == '@') && s + 1 < n && isWordChar(text.codePointAt(s + 1))) {
        return tagOrHandle(s, c);
      }
      if (c == '.' || c == '!' || c == '?') {
        int e = s + 1;
        while (c == '.' && e < n && text.charAt(e) == '.') {
          e++;
        }
        if (c == '.' && e == s + 2) {
          e = s + 1; // two periods are not an ellipsis ("?.." is a question mark and two periods)
        }
        add(s, e, TokenType.PUNCTUATION);
        return e;
      }
      if (c == '*') {
        int e = s + 1;
        while (e < n && text.charAt(e) == '*') {
          e++;
        }
        add(s, e, TokenType.SYMBOL);
        return e;
      }
      int e = s + Character.charCount(cp);
      if ((c == '%' || c == '\u2030') && e + 1 < n && isJoinHyphen(text.charAt(e)) && Character.isLetter(text.charAt(e + 1))) {
        int h = e; // a percent sign apart from its number still takes the case suffix: 30 %-ке
        e += 1;
        while (e < n && isWordChar(text.codePointAt(e))) {
          e += Character.charCount(text.codePointAt(e));
        }
        addWithSuffix(s, e, TokenType.SYMBOL, h);
        return e;
      }
      TokenType type;
      if (CharFolding.isQuote(c)) {
        type = TokenType.QUOTE;
      } else if (cp < 0x10000 ? (classOf((char) cp) & C_PUNCT) != 0 : isPunctuationType(cp)) {
        type = TokenType.PUNCTUATION;
      } else {
        type = TokenType.SYMBOL;
      }
      add(s, e, type);
      return e;
    }

    // ------------------------------------------------------------ emitting

    private void add(int s, int e, TokenType type) {
      if (e == s + 1 && text.charAt(s) < 0x80) {
        String t = ASCII[text.charAt(s)];
        out.add(new Token(t, s, e, type, t, t, ""));
      } else if (!needsNormalizing(s, e)) {
        out.add(new Token(text, s, e, type)); // text cut on first use
      } else {
        String t = text.substring(s, e);
        String norm = normalizer.normalizeToken(t);
        out.add(new Token(t, s, e, type, norm, norm, ""));
      }
    }

    /** A token holding only ASCII and Cyrillic-block letters of one script needs no normalizing. */
    private boolean needsNormalizing(int s, int e) {
      boolean latin = false;
      boolean cyr = false;
      for (int i = s; i < e; i++) {
        char c = text.charAt(i);
        if (c < 0x80) {
          if (isAsciiLetter(c)) {
            latin = true;
          } else if (c == '\'' || c == '"') {
            continue;
          }
        } else if (c >= 0x0400 && c <= 0x04FF) {
          cyr = true;
        } else {
          return true;
        }
      }
      return latin && cyr;
    }

    private void addWithSuffix(int s, int e, TokenType type, int hyphen) {
      String t = text.substring(s, e);
      String norm = needsNormalizing(s, e) ? normalizer.normalizeToken(t) : t;
      addNormed(t, s, e, type, norm, hyphen >= 0);
    }

    /** Adds a token whose norm is known; splits base and suffix at the last hyphen if asked. */
    private void addNormed(String t, int s, int e, TokenType type, String norm, boolean split) {
      if (split) {
        int h = norm.lastIndexOf('-');
        if (h > 0 && h < norm.length() - 1) {
          out.add(new Token(t, s, e, type, norm, norm.substring(0, h), norm.substring(h + 1)));
          return;
        }
      }
      out.add(new Token(t, s, e, type, norm, norm, ""));
    }

    // ------------------------------------------------------------ words

    private int word(int s) {
      int i = s;
      int lastHyphen = -1;
      // what the scan saw, so classification needs no second pass in the common case: the class
      // bits of the plain letters, and whether another word character was upper case
      int seen = 0;
      boolean upper = false;
      boolean special = false;
      while (true) {
        while (i < n) {
          char c = text.charAt(i);
          int k = classOf(c);
          if ((k & C_PLAIN) != 0) {
            seen |= k;
            i++;
            continue;
          }
          if (c == '\'') {
            if (i > s && isLetterAt(text, i - 1) && isLetterAt(text, i + 1)) {
              special = true;
              i++;
              continue;
            }
            break;
          }
          int cp = text.codePointAt(i);
          if (isWordChar(cp)) {
            special = true;
            upper |= Character.isUpperCase(cp);
            i += Character.charCount(cp);
            continue;
          }
          if ((c == '\u2019' || c == '\u02BC') && i > s && isLetterAt(text, i - 1) && isLetterAt(text, i + 1)) {
            special = true; // apostrophe inside a word (O’zbekiston)
            i++;
            continue;
          }
          if (CharFolding.isInvisible(c) && i + 1 < n && isWordChar(text.codePointAt(i + 1))) {
            special = true; // zero-width joiner or soft hyphen inside a word
            i++;
            continue;
          }
          break;
        }
        if (lastHyphen < 0 && i < n && text.charAt(i) == '.' && i - s <= MAX_ABBREVIATION_SEGMENT) {
          int e = abbreviation(s);
          if (e > 0) {
            return e;
          }
        }
        if (i + 1 < n && isJoinHyphen(text.charAt(i)) && isWordChar(text.codePointAt(i + 1))
            && !(lastHyphen < 0 && i - s >= 4 && Character.isLowerCase(text.charAt(s)) && Character.isUpperCase(text.charAt(i + 1)))
            && !(lastHyphen < 0 && isDashAfterSubject(s, i))) {
          // a lower-case word glued to a capitalised one by a hyphen is a dash (ағасы-Эдуард),
          // but short particles join (әл-Фараби, әз-Наурыз, е-Халық)
          special |= text.charAt(i) != '-';
          lastHyphen = i;
          i++;
          continue;
        }
        break;
      }
      boolean latin = (seen & C_LATIN) != 0;
      boolean cyr = (seen & C_CYR) != 0;
      upper |= (seen & C_UPPER) != 0;
      boolean plain = !special && !(latin && cyr);
      if (plain && lastHyphen < 0 && !lexicon.mayBeWordAbbreviation(text, s, i) && (!upper || isCapitalisedWord(s, i))) {
        // the common cases, a lower-case or capitalised word that cannot be an abbreviation: what
        // classifyWord would decide, without cutting the text now
        out.add(new Token(text, s, i, TokenType.WORD));
        return i;
      }
      String t = text.substring(s, i);
      String norm = plain ? t : normalizer.normalizeToken(t);
      classifyWord(t, s, i, norm, upper, lastHyphen);
      return i;
    }

    /**
     * Whether the hyphen at {@code h} after the word {@code [s, h)} is a dash typed short: the word
     * is a subject pronoun ({@code Бұл-біздің}) and the next word is not another one ({@code
     * анау-мынау} stays whole). Looks ahead one word at most.
     */
    private boolean isDashAfterSubject(int s, int h) {
      if (!lexicon.isDashSubject(text, s, h)) {
        return false;
      }
      int e = h + 1;
      while (e < n && (classOf(text.charAt(e)) & C_WORD) != 0 && !Character.isSurrogate(text.charAt(e))) {
        e++;
      }
      return !lexicon.isDashSubject(text, h + 1, e);
    }

    /**
     * A word whose second character is a lower-case letter and whose first is no Roman numeral
     * letter ({@code Тоқаев}): classifyWord finds neither a numeral nor an acronym in it.
     */
    private boolean isCapitalisedWord(int s, int e) {
      if (e - s < 2 || "IVXLC".indexOf(text.charAt(s)) >= 0) {
        return false;
      }
      char c = text.charAt(s + 1);
      return Character.isLetter(c) && !Character.isUpperCase(c);
    }

    private void classifyWord(String t, int s, int e, String norm, boolean upper, int lastHyphen) {
      if (lexicon.isWordAbbreviation(norm)) {
        addNormed(t, s, e, TokenType.ABBREVIATION, norm, false);
        return;
      }
      if (!upper) {
        addNormed(t, s, e, TokenType.WORD, norm, lastHyphen >= 0 && isForeignWithSuffix(norm));
        return;
      }
      if (isRomanNumeral(norm)) {
        addNormed(t, s, e, TokenType.NUMBER, norm, false);
        return;
      }
      int h = lastHyphen >= 0 ? norm.lastIndexOf('-') : -1;
      if (h > 0 && isLowerSuffix(norm, h + 1) && isAcronymBase(norm, h)) {
        String base = norm.substring(0, h);
        TokenType type = lexicon.isWordAbbreviation(base) ? TokenType.ABBREVIATION : TokenType.ACRONYM;
        addNormed(t, s, e, type, norm, true);
        return;
      }
      if (isAllCapsAcronym(norm, norm.length())) {
        addNormed(t, s, e, TokenType.ACRONYM, norm, false);
        return;
      }
      addNormed(t, s, e, TokenType.WORD, norm, lastHyphen >= 0 && isForeignWithSuffix(norm));
    }

    // ------------------------------------------------------------ initials and abbreviations

    /** {@code Қ.} / {@code Н.Ә.} / {@code Қ.-Ж.} followed (maybe after a space) by a capital. */
    private int initials(int s) {
      if (s + 1 >= n || text.charAt(s + 1) != '.' || !Character.isUpperCase(text.charAt(s))) {
        return -1;
      }
      int i = s + 2;
      for (int count = 1; count < MAX_INITIALS; count++) {
        int j = i;
        if (j < n && isJoinHyphen(text.charAt(j))) {
          j++;
        }
        if (j + 1 < n && Character.isUpperCase(text.charAt(j)) && text.charAt(j + 1) == '.') {
          i = j + 2;
          continue;
        }
        break;
      }
      int k = i;
      while (k < n && k - i < 2 && isGroupSpace(text.charAt(k))) {
        k++;
      }
      if (k < n && Character.isUpperCase(text.charAt(k)) && Character.isLetter(text.charAt(k))) {
        String t = text.substring(s, i);
        String norm = needsNormalizing(s, i) ? normalizer.normalizeToken(t) : t;
        addNormed(t, s, i, TokenType.INITIALS, norm, false);
        return i;
      }
      return -1;
    }

    /** Letters-and-periods runs listed in the lexicon ({@code ж.}, {@code ж.ж.}, {@code т.с.с.}). */
    private int abbreviation(int s) {
      if (!lexicon.mayStartAbbreviation(text.charAt(s))) {
        return -1;
      }
      int first = s;
      while (first < n && first - s <= MAX_ABBREVIATION_SEGMENT && Character.isLetter(text.charAt(first))) {
        first++;
      }
      if (!lexicon.mayBeFirstSegment(text, s, first)) {
        return -1; // a sentence's last word before its period, most often
      }
      int i = s;
      int best = -1;
      for (int seg = 0; seg < MAX_ABBREVIATION_SEGMENTS; seg++) {
        int j = i;
        while (j < n && j - i <= MAX_ABBREVIATION_SEGMENT && Character.isLetter(text.charAt(j))) {
          j++;
        }
        if (j == i || j - i > MAX_ABBREVIATION_SEGMENT || j - s > lexicon.maxLength()) {
          break;
        }
        if (j < n && text.charAt(j) == '.') {
          if (lexicon.isAbbreviation(text.substring(s, j + 1))) {
            best = j + 1;
          }
          i = j + 1;
          continue;
        }
        if (seg > 0 && !(j < n && isWordChar(text.codePointAt(j))) && lexicon.isAbbreviation(text.substring(s, j))) {
          best = j; // ж.ж without its last period
        }
        break;
      }
      if (best < 0) {
        return -1;
      }
      addWithSuffix(s, best, TokenType.ABBREVIATION, -1);
      return best;
    }

    // ------------------------------------------------------------ numbers

    private int digits(int i) {
      while (i < n && isAsciiDigit(text.charAt(i))) {
        i++;
      }
      return i;
    }

    private int number(int s) {
      int i = digits(s);
      int intLen = i - s;
      TokenType type = TokenType.NUMBER;
      int e = -1;
      if (intLen <= 2 && i + 1 < n && (text.charAt(i) == '.')) {
        int j = digits(i + 1);
        if (j - i - 1 >= 1 && j - i - 1 <= 2 && j + 1 < n && text.charAt(j) == '.') {
          int k = digits(j + 1);
          if (k - j - 1 == 4 || k - j - 1 == 2) {
            e = k;
            type = TokenType.DATE;
          }
        }
      }
      if (e < 0 && intLen <= 2 && i + 2 < n && text.charAt(i) == ':') {
        int j = digits(i + 1);
        if (j - i - 1 == 2) {
          e = j;
          if (j + 2 < n && text.charAt(j) == ':' && digits(j + 1) - j - 1 == 2) {
            e = j + 3;
          }
          type = TokenType.TIME;
        }
      }
      if (e < 0) {
        e = simpleNumber(s);
        while (e + 1 < n && isRangeDash(text.charAt(e)) && isAsciiDigit(text.charAt(e + 1))) {
          e = simpleNumber(e + 1);
        }
      }
      int hyphen = -1;
      if (e + 1 < n && isJoinHyphen(text.charAt(e)) && Character.isLetter(text.codePointAt(e + 1))) {
        hyphen = e;
        e++;
        while (e < n && isWordChar(text.codePointAt(e))) {
          e += Character.charCount(text.codePointAt(e));
        }
      }
      String t = text.substring(s, e);
      String norm = t;
      if (needsNormalizing(s, e) || hasGroupSpace(s, e)) {
        norm = normalizer.normalizeToken(t);
        if (norm.indexOf(' ') >= 0) {
          norm = norm.replace(" ", "");
        }
      }
      addNormed(t, s, e, type, norm, hyphen >= 0);
      return e;
    }

    private boolean hasGroupSpace(int s, int e) {
      for (int i = s; i < e; i++) {
        if (isGroupSpace(text.charAt(i))) {
          return true;
        }
      }
      return false;
    }

    /** Digits, space-grouped thousands, decimal parts and a unit (%, ‰, °, °С). */
    private int simpleNumber(int s) {
      int i = digits(s);
      if (i - s <= 3) {
        while (i + 3 < n && isGroupSpace(text.charAt(i)) && isAsciiDigit(text.charAt(i + 1))
            && isAsciiDigit(text.charAt(i + 2)) && isAsciiDigit(text.charAt(i + 3))
            && (i + 4 == n || !isAsciiDigit(text.charAt(i + 4)))) {
          i += 4;
        }
      }
      while (i + 1 < n && (text.charAt(i) == ',' || text.charAt(i) == '.') && isAsciiDigit(text.charAt(i + 1))) {
        i = digits(i + 1);
      }
      if (i < n) {
        char c = text.charAt(i);
        if (c == '%' || c == '\u2030') {
          i++;
        } else if (c == '\u00B0') {
          i++;
          if (i < n && (text.charAt(i) == 'C' || text.charAt(i) == '\u0421' || text.charAt(i) == 'F')
              && !(i + 1 < n && isWordChar(text.codePointAt(i + 1)))) {
            i++;
          }
        }
      }
      return i;
    }

    // ------------------------------------------------------------ URLs, e-mail, tags

    /** Host name labels from {@code s}; returns the end, or -1; {@code labels[0]} gets the count. */
    private int host(int s, int[] labels, int[] lastLabel) {
      int i = s;
      int count = 0;
      while (i < n && i - s <= MAX_HOST) {
        int l = i;
        while (i < n && i - s <= MAX_HOST && (isAsciiAlnum(text.charAt(i))
            || (text.charAt(i) == '-' && i > l && i + 1 < n && isAsciiAlnum(text.charAt(i + 1))))) {
          i++;
        }
        if (i == l) {
          return count >= 1 ? i - 1 : -1; // ended on a period
        }
        count++;
        lastLabel[0] = l;
        labels[0] = count;
        if (i + 1 < n && text.charAt(i) == '.' && isAsciiAlnum(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return i;
      }
      return -1;
    }

    private boolean startsWithIgnoreCase(int s, String prefix) {
      return text.regionMatches(true, s, prefix, 0, prefix.length());
    }

    private int url(int s) {
      int hostStart;
      boolean schemed;
      if (startsWithIgnoreCase(s, "https://")) {
        hostStart = s + 8;
        schemed = true;
      } else if (startsWithIgnoreCase(s, "http://")) {
        hostStart = s + 7;
        schemed = true;
      } else if (startsWithIgnoreCase(s, "ftp://")) {
        hostStart = s + 6;
        schemed = true;
      } else {
        if (s < noHostBefore) {
          return -1;
        }
        hostStart = s;
        schemed = false;
      }
      int[] labels = {0};
      int[] last = {0};
      int e = host(hostStart, labels, last);
      if (e < 0) {
        return -1;
      }
      if (!schemed) {
        boolean www = startsWithIgnoreCase(s, "www.");
        if (labels[0] < 2 || !(www || lexicon.isTld(text.substring(last[0], e)))
            || (e < n && (isWordChar(text.codePointAt(e)) || text.charAt(e) == '@'))) {
          // a later start inside the same dotted name ends on the same last label
          noHostBefore = Math.max(e, s + 1);
          return -1;
        }
      }
      if (e < n && (text.charAt(e) == '/' || text.charAt(e) == ':' || text.charAt(e) == '?' || text.charAt(e) == '#')) {
        int open = 0;
        int i = e;
        while (i < n && !isBlank(text.charAt(i)) && !CharFolding.isQuote(text.charAt(i)) && text.charAt(i) != '<'
            && text.charAt(i) != '>') {
          char c = text.charAt(i);
          if (c == '(') {
            open++;
          } else if (c == ')' && open-- <= 0) {
            break;
          }
          i++;
        }
        while (i > e && ".,;:!?".indexOf(text.charAt(i - 1)) >= 0) {
          i--;
        }
        e = i;
      }
      int hyphen = -1;
      if (e + 1 < n && isJoinHyphen(text.charAt(e)) && Character.isLetter(text.charAt(e + 1)) && !isAsciiLetter(text.charAt(e + 1))) {
        hyphen = e; // akorda.kz-тен
        e += 2;
        while (e < n && isWordChar(text.codePointAt(e))) {
          e++;
        }
      }
      addWithSuffix(s, e, TokenType.URL, hyphen);
      return e;
    }

    private int email(int s) {
      if (s < noEmailBefore) {
        return -1;
      }
      int i = s;
      while (i < n && i - s < MAX_EMAIL_LOCAL && (isAsciiAlnum(text.charAt(i)) || "._%+-".indexOf(text.charAt(i)) >= 0)) {
        i++;
      }
      if (i >= n || text.charAt(i) != '@' || i + 1 >= n || !isAsciiAlnum(text.charAt(i + 1))) {
        noEmailBefore = i; // a later start in this run stops at the same place
        return -1;
      }
      int[] labels = {0};
      int[] last = {0};
      int e = host(i + 1, labels, last);
      if (e < 0 || labels[0] < 2 || e - last[0] < 2 || !isAsciiLetter(text.charAt(last[0]))) {
        return -1;
      }
      add(s, e, TokenType.EMAIL);
      return e;
    }

    private int tagOrHandle(int s, char c) {
      int i = s + 1;
      while (i < n) {
        int cp = text.codePointAt(i);
        if (isWordChar(cp) || cp == '_' || (c == '@' && cp == '.' && i + 1 < n && isWordChar(text.codePointAt(i + 1)))) {
          i += Character.charCount(cp);
        } else {
          break;
        }
      }
      add(s, i, c == '#' ? TokenType.HASHTAG : TokenType.HANDLE);
      return i;
    }
  }

  // ---------------------------------------------------------------- word classes

  /** Only lower-case letters (and marks) from {@code from} to the end. */
  private static boolean isLowerSuffix(String s, int from) {
    if (from >= s.length()) {
      return false;
    }
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(Character.isLowerCase(c) || (Character.isLetter(c) && !Character.isUpperCase(c)))) {
        int t = Character.getType(c);
        if (t != Character.NON_SPACING_MARK) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * A Latin-script word with a Kazakh case suffix ({@code TotalEnergies-пен}, {@code
   * Halyk-тың}): the base has no Cyrillic letter, the suffix only lower-case Cyrillic ones.
   */
  private static boolean isForeignWithSuffix(String s) {
    int h = s.lastIndexOf('-');
    if (h <= 0 || h == s.length() - 1) {
      return false;
    }
    for (int i = 0; i < h; i++) {
      if (io.github.kazextract.text.LookalikeRepair.isCyrillic(s.charAt(i))) {
        return false;
      }
    }
    for (int i = h + 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!io.github.kazextract.text.LookalikeRepair.isCyrillic(c) || !Character.isLowerCase(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * An acronym before a case suffix: at least two capitals, ends in a capital or digit
   * ({@code БҰҰ}, {@code ҚазМҰУ}, {@code COVID-19}).
   */
  private static boolean isAcronymBase(String s, int end) {
    int upper = 0;
    for (int i = 0; i < end; i++) {
      if (Character.isUpperCase(s.charAt(i))) {
        upper++;
      }
    }
    char last = s.charAt(end - 1);
    return upper >= 2 && (Character.isUpperCase(last) || isAsciiDigit(last));
  }

  /** All letters capitals, 2 to 7 of them ({@code ЕАЭО}, {@code COVID-19}, {@code ЮНЕСКО}). */
  private static boolean isAllCapsAcronym(String s, int end) {
    int letters = 0;
    for (int i = 0; i < end; i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2 && letters <= MAX_ACRONYM_LETTERS;
  }

  /** Roman numerals as used for centuries and ordinals ({@code XXI}, {@code III}); not single letters. */
  private static boolean isRomanNumeral(String s) {
    int n = s.length();
    if (n < 2 || n > 8) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if ("IVXLC".indexOf(s.charAt(i)) < 0) {
        return false;
      }
    }
    // reject letter repeats that no numeral has (IIII, VV, ...)
    return !(s.contains("IIII") || s.contains("XXXX") || s.contains("VV") || s.contains("LL") || s.contains("IL")
        || s.contains("IC") || s.contains("VX") || s.contains("CCCC"));
  }
}
