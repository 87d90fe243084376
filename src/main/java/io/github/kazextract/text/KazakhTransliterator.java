package io.github.kazextract.text;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Converts Latin-script (2021, 2018, informal) and Arabic-script Kazakh to Kazakh Cyrillic, with
 * an {@link OffsetMap} back to the caller's string, and Kazakh Cyrillic to Latin-2021 or Arabic.
 *
 * <p>The letter rules are ICU transliteration rules in {@code models/text/translit/*.rules},
 * compiled once, on the first text that needs them. They run one word at a time: Cyrillic words,
 * URLs, e-mail addresses and Latin words that are not Kazakh ({@code COVID}, {@code iPhone}) are
 * copied unchanged, so a Cyrillic release keeps its text as is. Every derived character maps into the original range of its own
 * word, at letter precision where the rules allow (found by transliterating the word's prefixes).
 *
 * <p>Immutable and thread-safe: ICU documents that transliterators are stateless and may be
 * shared by threads without synchronisation; only {@code transliterate(String)} is called.
 * Linear in the text (words longer than {@value #MAX_ALIGNED_WORD} characters map as a whole).
 */
public final class KazakhTransliterator {

  static final int MAX_ALIGNED_WORD = 48;

  private final ScriptDetector detector;
  /** Built on the first text that needs converting: a Cyrillic-only user never pays for it. */
  private volatile Engines engines;

  /**
   * The compiled rules, the truecaser and the name respeller (which reads the 43k-stem lexicon):
   * together most of an extractor's cold start, needed only for Latin- or Arabic-script input.
   */
  private static final class Engines {
    final Truecaser truecaser = new Truecaser();
    final NameRespeller respeller = new NameRespeller();
    final Map<KazakhScript, Transliterator> toCyrillic = new EnumMap<>(KazakhScript.class);
    final Map<KazakhScript, Transliterator> fromCyrillic = new EnumMap<>(KazakhScript.class);
    /** Words repeat: each distinct lower-cased word is aligned once (bounded, thread-safe caches). */
    final Map<Transliterator, TwoGenerationCache<String, Aligned>> cache = new java.util.IdentityHashMap<>();

    Engines() {
      toCyrillic.put(KazakhScript.LATIN_2021, compile("latin2021-cyrillic"));
      toCyrillic.put(KazakhScript.LATIN_2018, compile("latin2018-cyrillic"));
      toCyrillic.put(KazakhScript.LATIN_INFORMAL, compile("informal-cyrillic"));
      toCyrillic.put(KazakhScript.ARABIC, compile("arabic-cyrillic"));
      fromCyrillic.put(KazakhScript.LATIN_2021, compile("cyrillic-latin2021"));
      fromCyrillic.put(KazakhScript.ARABIC, compile("cyrillic-arabic"));
      for (Transliterator t : toCyrillic.values()) {
        cache.put(t, new TwoGenerationCache<>(CACHE_LIMIT));
      }
    }
  }

  private Engines engines() {
    Engines e = engines;
    if (e == null) {
      synchronized (this) {
        e = engines;
        if (e == null) {
          e = new Engines();
          engines = e;
        }
      }
    }
    return e;
  }

  private static final class Holder {
    static final KazakhTransliterator DEFAULT = new KazakhTransliterator(ScriptDetector.getDefault());
  }

  /** The transliterator of the bundled rules; compiled once. */
  public static KazakhTransliterator getDefault() {
    return Holder.DEFAULT;
  }

  KazakhTransliterator(ScriptDetector detector) {
    this.detector = Objects.requireNonNull(detector, "detector");
  }

  private static Transliterator compile(String name) {
    String rules = ScriptDetector.resource(name + ".rules");
    try {
      return Transliterator.createFromRules("kazextract-" + name, rules, Transliterator.FORWARD);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("bad transliteration rules in " + name + ".rules: " + e.getMessage(), e);
    }
  }

  public ScriptDetector detector() {
    return detector;
  }

  /**
   * The Kazakh Cyrillic view of {@code original}. When nothing needs converting (a Cyrillic or a
   * non-Kazakh text) the view's text is the very same {@code original} instance with an identity map.
   */
  public NormalizedText toCyrillic(String original) {
    Objects.requireNonNull(original, "original");
    return toCyrillic(original, detector.detect(original));
  }

  /**
   * The Kazakh Cyrillic view of {@code original}, read as written in {@code script} (for a caller
   * that knows, or a text too short to detect): a Latin alphabet applies to every Latin word that
   * fits it; Arabic words are always converted.
   */
  public NormalizedText toCyrillic(String original, KazakhScript script) {
    Objects.requireNonNull(original, "original");
    KazakhScript doc = Objects.requireNonNull(script, "script");
    if ((doc == KazakhScript.CYRILLIC || doc == KazakhScript.OTHER) && !detector.mayHoldOtherKazakhScript(original)) {
      return new NormalizedText(original, original, OffsetMap.identity(original.length()));
    }
    List<Word> words = words(original);
    boolean anyConverted = false;
    KazakhScript[] variants = new KazakhScript[words.size()];
    int i = 0;
    while (i < words.size()) {
      Word w = words.get(i);
      if (w.script == KazakhScript.ARABIC) {
        variants[i] = KazakhScript.ARABIC;
        anyConverted = true;
        i++;
      } else if (w.script == KazakhScript.LATIN_2021) {
        // a run of Latin words not interrupted by another script shares one alphabet
        int j = i;
        while (j < words.size() && words.get(j).script == KazakhScript.LATIN_2021) {
          j++;
        }
        KazakhScript variant = doc.isLatin() ? doc
            : detector.latinVariant(original.substring(w.start, words.get(j - 1).end), false);
        for (int k = i; k < j; k++) {
          Word x = words.get(k);
          if (variant.isLatin() && !x.protectedToken
              && detector.isKazakhLatinWord(original.substring(x.start, x.end), variant)) {
            variants[k] = variant;
            anyConverted = true;
          }
        }
        i = j;
      } else {
        i++;
      }
    }
    if (!anyConverted) {
      return new NormalizedText(original, original, OffsetMap.identity(original.length()));
    }
    boolean arabicDoc = doc == KazakhScript.ARABIC;
    OffsetMap.Builder b = new OffsetMap.Builder(original.length(), original.length() + 16);
    int pos = 0;
    boolean sentenceStart = true;
    for (int k = 0; k < words.size(); k++) {
      Word w = words.get(k);
      for (; pos < w.start; pos++) {
        sentenceStart = copyBetween(original, pos, b, arabicDoc, sentenceStart);
      }
      if (variants[k] == null) {
        for (; pos < w.end; pos++) {
          b.append(original.charAt(pos), pos, pos + 1);
        }
      } else {
        String word = original.substring(w.start, w.end);
        Transliterator t = engines().toCyrillic.get(variants[k]);
        String lower = lower(word, variants[k]);
        // Arabic script has no capitals: sentence starts and known names get theirs back
        // (the second part of a hyphenated name follows the first: Қасым-Жомарт, Нью-Йорк)
        boolean namePart = w.start > 0 && original.charAt(w.start - 1) == '-' && b.length() >= 2
            && Character.isUpperCase(firstOfLastWord(b));
        Case c = variants[k] != KazakhScript.ARABIC ? Case.of(word) : sentenceStart || namePart ? Case.TITLE : null;
        appendAligned(b, t, lower, c, w.start);
        pos = w.end;
      }
      sentenceStart = false;
    }
    for (; pos < original.length(); pos++) {
      sentenceStart = copyBetween(original, pos, b, arabicDoc, sentenceStart);
    }
    return new NormalizedText(original, b.text(), b.map());
  }

  /** First letter of the last word of the derived text (before a trailing hyphen). */
  private static char firstOfLastWord(OffsetMap.Builder b) {
    int i = b.length() - 2;
    while (i > 0 && Character.isLetter(b.charAt(i - 1))) {
      i--;
    }
    return b.charAt(Math.max(i, 0));
  }

  /** Copies one character between words; Arabic punctuation and digits become their Cyrillic-text forms. */
  private boolean copyBetween(String s, int pos, OffsetMap.Builder b, boolean arabicDoc, boolean sentenceStart) {
    char c = s.charAt(pos);
    if (c >= '\u0600' && c <= '\u06FF') {
      String r = engines().toCyrillic.get(KazakhScript.ARABIC).transliterate(String.valueOf(c));
      b.append(r, pos, pos + 1);
      c = r.isEmpty() ? c : r.charAt(0);
    } else if (arabicDoc && (c == '\u200E' || c == '\u200F' || c == '\u061C')) {
      return sentenceStart; // direction marks carry no text
    } else {
      b.append(c, pos, pos + 1);
    }
    if (c == '.' || c == '!' || c == '?' || c == '\n') {
      return true;
    }
    return sentenceStart;
  }

  /**
   * Kazakh Cyrillic {@code cyr} written in {@code target} ({@link KazakhScript#LATIN_2021} or
   * {@link KazakhScript#ARABIC}); non-Cyrillic words are copied.
   */
  public String fromCyrillic(String cyr, KazakhScript target) {
    Objects.requireNonNull(cyr, "cyr");
    Transliterator t = engines().fromCyrillic.get(target);
    if (t == null) {
      throw new IllegalArgumentException("no rules from Cyrillic to " + target);
    }
    StringBuilder out = new StringBuilder(cyr.length() + 16);
    int pos = 0;
    for (Word w : words(cyr)) {
      appendBetween(out, cyr, pos, w.start, target);
      String word = cyr.substring(w.start, w.end);
      if (w.script == KazakhScript.CYRILLIC) {
        String r = t.transliterate(Normalizer2.getNFCInstance().normalize(word.toLowerCase(java.util.Locale.ROOT)));
        out.append(target == KazakhScript.ARABIC ? r : recase(r, Case.of(word), target));
      } else {
        out.append(word);
      }
      pos = w.end;
    }
    appendBetween(out, cyr, pos, cyr.length(), target);
    return out.toString();
  }

  private static void appendBetween(StringBuilder out, String s, int from, int to, KazakhScript target) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      boolean beforeSpace = i + 1 >= s.length() || Character.isWhitespace(s.charAt(i + 1));
      if (target == KazakhScript.ARABIC && c == ',' && beforeSpace) {
        out.append('،');
      } else if (target == KazakhScript.ARABIC && c == '?') {
        out.append('؟');
      } else if (target == KazakhScript.ARABIC && c == ';') {
        out.append('؛');
      } else {
        out.append(c);
      }
    }
  }

  /**
   * Appends the transliteration of one lower-cased word; output character j maps to the shortest
   * prefix of the word whose transliteration already agrees with the output up to j.
   */
  private void appendAligned(OffsetMap.Builder b, Transliterator t, String lower, Case c, int wordStart) {
    Engines e = engines();
    Aligned a = aligned(e, t, lower);
    String out = a.out;
    int[] ends = a.ends;
    if (c == null) {
      c = switch (e.truecaser.casing(out)) {
        case TITLE -> Case.TITLE;
        case UPPER -> Case.UPPER;
        default -> Case.LOWER;
      };
    }
    String cased = recase(out, c, KazakhScript.CYRILLIC);
    boolean arabic = t == e.toCyrillic.get(KazakhScript.ARABIC);
    int[] stem = new int[1];
    String form = e.respeller.respell(cased, arabic, stem);
    if (form != null && !cased.regionMatches(true, 0, form, 0, form.length()) && stem[0] > 0) {
      // the name's spelling replaces the stem, all of it from the stem's letters; the ending keeps its map
      int stemEnd = ends[stem[0] - 1];
      String head = c == Case.UPPER ? form.toUpperCase(java.util.Locale.ROOT)
          : c == Case.LOWER ? form.toLowerCase(java.util.Locale.ROOT)
          : Character.toUpperCase(form.charAt(0)) + form.substring(1);
      String respelled = head + cased.substring(stem[0]);
      int[] newEnds = new int[respelled.length()];
      for (int k = 0; k < respelled.length(); k++) {
        newEnds[k] = k < form.length() ? stemEnd : ends[k - form.length() + stem[0]];
      }
      cased = respelled;
      ends = newEnds;
    }
    int groupStart = 0;
    int prevEnd = 0;
    for (int k = 0; k < cased.length(); k++) {
      if (ends[k] > prevEnd) {
        groupStart = prevEnd;
        prevEnd = ends[k];
      }
      b.append(cased.charAt(k), wordStart + groupStart, wordStart + ends[k]);
    }
  }

  /** A word's transliteration and, per output character, the end of the input prefix it comes from. */
  private record Aligned(String out, int[] ends) {}

  private static Aligned aligned(Engines e, Transliterator t, String lower) {
    TwoGenerationCache<String, Aligned> byWord = e.cache.get(t);
    Aligned a = byWord.get(lower);
    if (a == null) {
      a = align(t, lower);
      byWord.put(lower, a);
    }
    return a;
  }

  static final int CACHE_LIMIT = 25_000; // per generation: at most about 50,000 words

  private static Aligned align(Transliterator t, String lower) {
    int n = lower.length();
    boolean composed = Normalizer2.getNFCInstance().isNormalized(lower);
    String out = t.transliterate(composed ? lower : Normalizer2.getNFCInstance().normalize(lower));
    int[] ends = new int[out.length()];
    int j = 0;
    if (composed && n <= MAX_ALIGNED_WORD) {
      for (int i = 1; i < n && j < out.length(); i++) {
        if (Character.isHighSurrogate(lower.charAt(i - 1))) {
          continue;
        }
        int l = commonPrefix(t.transliterate(lower.substring(0, i)), out);
        while (j < l) {
          ends[j++] = i;
        }
      }
    }
    while (j < out.length()) {
      ends[j++] = n;
    }
    return new Aligned(out, ends);
  }

  private static int commonPrefix(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }

  /** Lower case, one char for one char; in the 2021 alphabet I is the capital of ı and İ of i. */
  private static String lower(String word, KazakhScript variant) {
    char[] cs = word.toCharArray();
    for (int i = 0; i < cs.length; i++) {
      char c = cs[i];
      if (c == 'I' && variant == KazakhScript.LATIN_2021) {
        cs[i] = 'ı';
      } else if (c == 'İ') {
        cs[i] = 'i';
      } else {
        cs[i] = Character.toLowerCase(c);
      }
    }
    return new String(cs);
  }

  private static String recase(String s, Case c, KazakhScript target) {
    if (c == Case.LOWER || s.isEmpty()) {
      return s;
    }
    char[] cs = s.toCharArray();
    int last = c == Case.UPPER ? cs.length : 1;
    for (int i = 0; i < last; i++) {
      cs[i] = upper(cs[i], target);
    }
    return new String(cs);
  }

  private static char upper(char c, KazakhScript target) {
    if (target == KazakhScript.LATIN_2021 && c == 'i') {
      return 'İ';
    }
    if (target == KazakhScript.LATIN_2021 && c == 'ı') {
      return 'I';
    }
    char u = Character.toUpperCase(c);
    return Character.isLetter(u) || u == c ? u : c;
  }

  private enum Case {
    LOWER, TITLE, UPPER;

    static Case of(String word) {
      int letters = 0;
      boolean anyLower = false;
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        if (Character.isLetter(c)) {
          letters++;
          anyLower |= Character.isLowerCase(c);
        }
      }
      if (letters >= 2 && !anyLower) {
        return UPPER;
      }
      return word.length() > 0 && Character.isUpperCase(word.charAt(0)) ? TITLE : LOWER;
    }
  }

  /** A maximal run of letters and marks of one script; URLs and e-mail addresses are protected. */
  private record Word(int start, int end, KazakhScript script, boolean protectedToken) {}

  private static List<Word> words(String s) {
    List<Word> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    int chunkStart = 0;
    boolean chunkProtected = false;
    int chunkEnd = -1;
    while (i < n) {
      char c = s.charAt(i);
      if (i > chunkEnd) {
        // a whitespace-delimited chunk: is it a URL or an address?
        chunkStart = i;
        int e = i;
        while (e < n && !Character.isWhitespace(s.charAt(e))) {
          e++;
        }
        chunkEnd = Math.max(e - 1, i);
        String chunk = s.substring(chunkStart, e);
        chunkProtected = chunk.contains("://") || chunk.indexOf('@') >= 0 || chunk.regionMatches(true, 0, "www.", 0, 4);
      }
      if (!isWordChar(c)) {
        i++;
        continue;
      }
      KazakhScript script = ScriptDetector.scriptOf(c);
      int start = i;
      i++;
      while (i < n && isWordChar(s.charAt(i))
          && (ScriptDetector.scriptOf(s.charAt(i)) == script || !Character.isLetter(s.charAt(i))
              || isArabicMark(s.charAt(i)))) {
        i++;
      }
      out.add(new Word(start, i, script, chunkProtected));
    }
    return out;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private static boolean isArabicMark(char c) {
    return c >= '\u064B' && c <= '\u065F';
  }
}
