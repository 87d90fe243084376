package io.github.kazextract.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells which script a Kazakh text (or a run of words) is written in: Cyrillic, one of the Latin
 * alphabets, Arabic, or other. A Latin text is Kazakh only with evidence: the special letters of
 * an alphabet, or frequent Kazakh words and endings ({@code models/text/translit/latin-markers.txt});
 * so an English text stays {@link KazakhScript#OTHER}. The alphabets and markers are data files.
 * Immutable and thread-safe; one linear scan per call.
 */
public final class ScriptDetector {

  static final String DIR = "/io/github/kazextract/models/text/translit/";

  private final Map<KazakhScript, String> alphabets = new EnumMap<>(KazakhScript.class);
  private final Map<KazakhScript, String> evidence = new EnumMap<>(KazakhScript.class);
  private final Set<String> markerWords = new HashSet<>();
  private final List<String> markerEndings = new ArrayList<>();

  private static final class Holder {
    static final ScriptDetector DEFAULT = new ScriptDetector();
  }

  /** The detector of the bundled data; loaded once. */
  public static ScriptDetector getDefault() {
    return Holder.DEFAULT;
  }

  ScriptDetector() {
    for (String line : dataLines("alphabets.tsv")) {
      String[] f = line.split("\t");
      KazakhScript s = KazakhScript.valueOf(f[0].trim());
      alphabets.put(s, f[1].trim());
      evidence.put(s, f.length > 2 && !f[2].trim().equals("-") ? f[2].trim() : "");
    }
    for (String line : dataLines("latin-markers.txt")) {
      if (line.startsWith("word:")) {
        markerWords.add(line.substring(5).trim());
      } else if (line.startsWith("end:")) {
        markerEndings.add(line.substring(4).trim());
      }
    }
  }

  /** The script of a whole document: the script of most of its letters, Latin only with Kazakh evidence. */
  public KazakhScript detect(CharSequence text) {
    int cyr = 0;
    int lat = 0;
    int arab = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        continue;
      }
      switch (scriptOf(c)) {
        case CYRILLIC -> cyr++;
        case LATIN_2021 -> lat++;
        case ARABIC -> arab++;
        default -> { }
      }
    }
    if (arab > cyr && arab > lat) {
      return KazakhScript.ARABIC;
    }
    if (lat > cyr && lat > arab) {
      return latinVariant(text, true);
    }
    return cyr > 0 ? KazakhScript.CYRILLIC : KazakhScript.OTHER;
  }

  /**
   * Which Latin alphabet a run of Latin text uses: {@link KazakhScript#LATIN_2021} or
   * {@link KazakhScript#LATIN_2018} from their special letters; with {@code allowInformal}, also
   * {@link KazakhScript#LATIN_INFORMAL} from Kazakh words and endings; otherwise OTHER.
   */
  public KazakhScript latinVariant(CharSequence text, boolean allowInformal) {
    int e2021 = 0;
    int e2018 = 0;
    String s2021 = evidence.get(KazakhScript.LATIN_2021);
    String s2018 = evidence.get(KazakhScript.LATIN_2018);
    for (int i = 0; i < text.length(); i++) {
      char c = Character.toLowerCase(text.charAt(i));
      if (s2021.indexOf(c) >= 0) {
        e2021++;
      } else if (s2018.indexOf(c) >= 0) {
        e2018++;
      }
    }
    if (e2021 > 0 || e2018 > 0) {
      return e2021 >= e2018 ? KazakhScript.LATIN_2021 : KazakhScript.LATIN_2018;
    }
    if (allowInformal && markerEvidence(text)) {
      return KazakhScript.LATIN_INFORMAL;
    }
    return KazakhScript.OTHER;
  }

  /** At least 3 Latin words, and one in ten, are Kazakh marker words or carry Kazakh endings. */
  private boolean markerEvidence(CharSequence text) {
    int words = 0;
    int hits = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (!isLatinLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int s = i;
      while (i < n && isLatinLetter(text.charAt(i))) {
        i++;
      }
      String w = text.subSequence(s, i).toString().toLowerCase(Locale.ROOT);
      words++;
      if (markerWords.contains(w) || hasMarkerEnding(w)) {
        hits++;
      }
    }
    return hits >= 3 && hits * 10 >= words;
  }

  private boolean hasMarkerEnding(String w) {
    for (String e : markerEndings) {
      if (w.length() >= e.length() + 3 && w.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a text of another script could still hold Kazakh to convert: an Arabic letter, or a
   * letter only a Latin Kazakh alphabet has. False lets a Cyrillic release skip conversion at once.
   */
  public boolean mayHoldOtherKazakhScript(CharSequence text) {
    String s2021 = evidence.get(KazakhScript.LATIN_2021);
    String s2018 = evidence.get(KazakhScript.LATIN_2018);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '\u00C0' || c >= '\u0400' && c <= '\u04FF') { // ASCII and Cyrillic hold no such letter
        continue;
      }
      if (c >= '\u0600' && c <= '\u06FF' || c >= '\uFB50' && c <= '\uFEFF') {
        return true;
      }
      char l = Character.toLowerCase(c);
      if (s2021.indexOf(l) >= 0 || s2018.indexOf(l) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a Latin word is a Kazakh word of {@code variant} that should be transliterated: every
   * letter in the alphabet (c only in the digraph ch), and not camel-case ({@code iPhone}); foreign words with letters the
   * alphabet lacks ({@code COVID}, {@code ACWA}, {@code Power}) stay as written.
   */
  public boolean isKazakhLatinWord(CharSequence word, KazakhScript variant) {
    String alphabet = alphabets.get(variant);
    if (alphabet == null || word.length() == 0) {
      return false;
    }
    boolean sawLower = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isUpperCase(c) && sawLower) {
        return false;
      }
      sawLower |= Character.isLowerCase(c);
      char lower = c == 'İ' ? 'i' : Character.toLowerCase(c);
      boolean digraph = lower == 'c' && i + 1 < word.length() && Character.toLowerCase(word.charAt(i + 1)) == 'h';
      if (alphabet.indexOf(lower) < 0 && !(digraph && alphabet.indexOf('ç') >= 0)) {
        return false;
      }
    }
    return true;
  }

  /** CYRILLIC, LATIN_2021 (meaning any Latin), ARABIC or OTHER for one character. */
  static KazakhScript scriptOf(int c) {
    // the letters of almost every text, without the script table's binary search
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' ? KazakhScript.LATIN_2021 : KazakhScript.OTHER;
    }
    if (c >= 0x0400 && c <= 0x0482 || c >= 0x048A && c <= 0x04FF) {
      return KazakhScript.CYRILLIC;
    }
    Character.UnicodeScript s = Character.UnicodeScript.of(c);
    return switch (s) {
      case CYRILLIC -> KazakhScript.CYRILLIC;
      case LATIN -> KazakhScript.LATIN_2021;
      case ARABIC -> KazakhScript.ARABIC;
      default -> KazakhScript.OTHER;
    };
  }

  static boolean isCyrillicLetter(int c) {
    return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC;
  }

  static boolean isLatinLetter(char c) {
    return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
  }

  /** The non-blank, non-comment lines of a file of this folder. */
  static List<String> dataLines(String name) {
    List<String> out = new ArrayList<>();
    for (String line : resource(name).split("\n")) {
      String t = line.strip();
      if (!t.isEmpty() && !t.startsWith("#")) {
        out.add(line.replace("\r", ""));
      }
    }
    return out;
  }

  static String resource(String name) {
    try (InputStream in = ScriptDetector.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("missing model file on the classpath: " + DIR + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
