package io.github.kazextract.morph;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The large stem list ({@code hunspell-stems.tsv}, {@code stem<TAB>UPOS} lines sorted by the
 * lower-case stem) kept as its UTF-8 bytes, with one {@link StemTable} per first letter built on
 * the first look-up of a stem starting with that letter. A cold JVM then pays only for the letters
 * its first words need (a few thousand stems, not 43k); the lines of a letter are found by binary
 * search over the bytes. Stems from the smaller lists ({@link #addExtra}, during construction only)
 * are merged into each letter's table when it is built. Thread-safe for look-ups: two threads may
 * build the same letter at once, and the first published table wins.
 */
final class LetterBuckets {

  /** Lower-case first letters U+0400..U+04FF have a bucket each; every other first letter shares one. */
  private static final int OTHER = 256;

  private final byte[] utf8;
  private final String name;
  private final AtomicReferenceArray<StemTable> tables = new AtomicReferenceArray<>(OTHER + 1);
  /** A stem of the smaller lists, waiting for its letter's table. */
  private record Extra(String stem, int bits) {}

  private final List<List<Extra>> extras = new ArrayList<>(OTHER + 1);

  /** @param name the file's name, for error messages */
  LetterBuckets(byte[] utf8, String name) {
    this.utf8 = utf8;
    this.name = name;
    for (int i = 0; i <= OTHER; i++) {
      extras.add(null);
    }
  }

  /** Adds a stem of another list (while the lexicon is built): merged into its letter's table. */
  void addExtra(String stem, int bits) {
    if (stem.isEmpty()) {
      return;
    }
    int b = bucket(Character.toLowerCase(stem.charAt(0)));
    List<Extra> l = extras.get(b);
    if (l == null) {
      l = new ArrayList<>();
      extras.set(b, l);
    }
    l.add(new Extra(stem, bits));
  }

  /** The POS bits of a lower-case stem, 0 if unknown. */
  int get(String lowerStem) {
    if (lowerStem.isEmpty()) {
      return 0;
    }
    return table(bucket(lowerStem.charAt(0))).get(lowerStem);
  }

  /** Number of known stems; builds every letter's table. */
  int size() {
    int n = 0;
    for (int b = 0; b <= OTHER; b++) {
      n += table(b).size();
    }
    return n;
  }

  private static int bucket(char lower) {
    return lower >= '\u0400' && lower <= '\u04FF' ? lower - '\u0400' : OTHER;
  }

  private StemTable table(int b) {
    StemTable t = tables.get(b);
    if (t == null) {
      StemTable built = build(b);
      t = tables.compareAndExchange(b, null, built);
      if (t == null) {
        t = built;
      }
    }
    return t;
  }

  private StemTable build(int b) {
    StemTable t = new StemTable();
    List<String> voiceNouns = new ArrayList<>();
    if (b == OTHER) {
      addLines(t, 0, firstLineWithKeyAtLeast('\u0400'), b, voiceNouns);
      addLines(t, firstLineWithKeyAtLeast('\u0500'), utf8.length, b, voiceNouns);
    } else {
      char letter = (char) ('\u0400' + b);
      addLines(t, firstLineWithKeyAtLeast(letter), firstLineWithKeyAtLeast((char) (letter + 1)), b, voiceNouns);
    }
    List<Extra> l = extras.get(b);
    if (l != null) {
      for (Extra x : l) {
        t.add(x.stem(), 0, x.stem().length(), x.bits());
      }
    }
    // hunspell-kk lists passive stems of -ла/-ле verbs as nouns (сайлан, жариялан): they are verb
    // forms, and as nouns they hide the verb in сайлан-ды (сайла-н-ды). Such a noun-only entry is
    // dropped when the verb it is built on is known (it starts with the same letter: same table).
    for (String v : voiceNouns) {
      String k = KazakhMorphology.lowerSameLength(v);
      if (t.get(k) == Lexicon.NOUN && (t.get(k.substring(0, k.length() - 1)) & Lexicon.VERB) != 0) {
        t.remove(k);
      }
    }
    return t;
  }

  /**
   * Adds the {@code stem<TAB>UPOS} lines of {@code utf8[from, to)}, checking each is in bucket
   * {@code b}; collects the stems in -лан/-лен of six letters or more.
   */
  private void addLines(StemTable t, int from, int to, int b, List<String> voiceNouns) {
    if (to <= from) {
      return;
    }
    String text = new String(utf8, from, to - from, StandardCharsets.UTF_8);
    int n = text.length();
    t.reserve(n / 12, n);
    int pos = 0;
    while (pos < n) {
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? n : nl;
      int e = end > pos && text.charAt(end - 1) == '\r' ? end - 1 : end;
      char first = e > pos ? text.charAt(pos) : ' ';
      if (first != '#' && first != '\uFEFF' && !Character.isWhitespace(first)) {
        if (bucket(Character.toLowerCase(first)) != b) {
          throw new IllegalStateException(name + ": lines are not sorted by their lower-case stem near: "
              + text.substring(pos, e));
        }
        int tab = text.indexOf('\t', pos);
        int stemEnd = tab < 0 || tab >= e ? e : tab;
        int bits = Lexicon.NOUN;
        if (stemEnd < e) {
          int t2 = text.indexOf('\t', tab + 1);
          bits = Lexicon.posBits(text, tab + 1, t2 < 0 || t2 > e ? e : t2);
        }
        t.add(text, pos, stemEnd, bits);
        if (stemEnd - pos >= 6 && text.charAt(stemEnd - 3) == 'л' && text.charAt(stemEnd - 1) == 'н'
            && (text.charAt(stemEnd - 2) == 'а' || text.charAt(stemEnd - 2) == 'е')) {
          voiceNouns.add(text.substring(pos, stemEnd));
        }
      }
      pos = end + 1;
    }
  }

  /**
   * The start of the first line whose lower-case first letter is {@code >= key} (comment and blank
   * lines count as lower than any letter), or the length of the text. The lines are sorted, and a
   * line break byte never occurs inside a multi-byte UTF-8 letter, so this is a binary search.
   */
  private int firstLineWithKeyAtLeast(char key) {
    int lo = 0;
    int hi = utf8.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      int start = lineStart(mid);
      if (start < lo) {
        start = lo;
      }
      if (firstKey(start) < key) {
        int nl = nextLineBreak(start);
        lo = nl + 1;
      } else {
        hi = start;
      }
    }
    return Math.min(lo, utf8.length);
  }

  private int lineStart(int pos) {
    int p = pos;
    while (p > 0 && utf8[p - 1] != '\n') {
      p--;
    }
    return p;
  }

  private int nextLineBreak(int pos) {
    int p = pos;
    while (p < utf8.length && utf8[p] != '\n') {
      p++;
    }
    return p;
  }

  /** The lower-case first letter of the line at {@code start}; 0 for comments, blank lines and the BOM. */
  private char firstKey(int start) {
    if (start >= utf8.length) {
      return 0;
    }
    int b0 = utf8[start] & 0xFF;
    char c;
    if (b0 < 0x80) {
      c = (char) b0;
    } else if ((b0 & 0xE0) == 0xC0 && start + 1 < utf8.length) {
      c = (char) (((b0 & 0x1F) << 6) | (utf8[start + 1] & 0x3F));
    } else if ((b0 & 0xF0) == 0xE0 && start + 2 < utf8.length) {
      c = (char) (((b0 & 0x0F) << 12) | ((utf8[start + 1] & 0x3F) << 6) | (utf8[start + 2] & 0x3F));
    } else {
      c = '\uFFFF';
    }
    if (c == '#' || c == '\uFEFF' || c == '\n' || c == '\r' || c == ' ' || c == '\t') {
      return 0;
    }
    return Character.toLowerCase(c);
  }
}
