package io.github.kazextract.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Random and mutated inputs for the fuzzer: characters of every kind the library may meet
 * (Kazakh letters in Cyrillic, Latin and Arabic script, digits, punctuation, quotes, dashes,
 * spaces of every kind, surrogate pairs and lone surrogates, control characters), fragments glued
 * and repeated, very long tokens and capitalised runs, and mutations of seed documents.
 * Deterministic for a given seed; not thread-safe (one per thread).
 */
public final class FuzzInputs {

  // Character pools: the scripts and symbol classes, not word lists.
  public static final String CYRILLIC = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
      + "АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ";
  public static final String LATIN = "aäbdefgğhiıjklmnñoöpqrsştuūüvyzýAÄBDEFGĞHIİJKLMNÑOÖPQRSŞTUŪÜVYZÝ'";
  public static final String ARABIC = "ابۆگعدەجزيكقلمنڭوٶپرستۋۇٷفحھچشىٸ\u0674\u060C\u061B\u061F";
  public static final String DIGITS = "0123456789٠١٢٣٤٥٦٧٨٩";
  public static final String PUNCT = ".,;:!?…()[]{}/\\*&+=№%‰°§#@_~^|<>";
  public static final String QUOTES = "«»“”„\"'’‘‹›";
  public static final String DASHES = "-‐‑‒–—―−";
  public static final String SPACES = " \t\n\r\n\n\u00A0\u2009\u202F\u2007\u200A\u2002\u3000\u200B\u200C\u200D\u2060\uFEFF"
      + "\u00AD\u2028\u2029\u0085\u000B\u000C";
  public static final String CONTROLS = "\u0000\u0001\u0007\u0008\u001B\u007F\u0080\u009F\u200E\u200F\u202E";
  public static final String COMBINING = "\u0301\u0306\u0308\u0327\u0483";
  public static final List<String> SUPPLEMENTARY = List.of("\uD83D\uDE00", "\uD835\uDC00", "\uD835\uDC1A", "\uD801\uDC00",
      "\uD83C\uDDF0\uD83C\uDDFF", "\uD800", "\uDC00", "\uDBFF", "\uDFFF");
  private static final String[] POOLS = {CYRILLIC, CYRILLIC, CYRILLIC, LATIN, ARABIC, DIGITS, PUNCT, QUOTES, DASHES,
      SPACES, SPACES, CONTROLS, COMBINING};

  private final Random random;
  private final List<String> fragments;
  private final List<String> seeds;
  private final int maxLength;

  /**
   * @param seed random seed
   * @param fragments short pieces to glue and repeat (may be empty)
   * @param seeds whole documents to mutate (may be empty)
   * @param maxLength rough upper bound on generated length in chars
   */
  public FuzzInputs(long seed, List<String> fragments, List<String> seeds, int maxLength) {
    this.random = new Random(seed);
    this.fragments = List.copyOf(fragments);
    this.seeds = List.copyOf(seeds);
    this.maxLength = maxLength;
  }

  /** The next input; the strategy is picked at random. */
  public String next() {
    int k = random.nextInt(10);
    switch (k) {
      case 0:
      case 1:
        return randomChars(1 + random.nextInt(Math.min(maxLength, 400)));
      case 2:
      case 3:
        return gluedFragments();
      case 4:
        return repeated();
      case 5:
        return longToken();
      case 6:
        return capitalisedRun();
      default:
        return seeds.isEmpty() ? gluedFragments() : mutate(seeds.get(random.nextInt(seeds.size())));
    }
  }

  /** A random string drawn from all character pools. */
  public String randomChars(int length) {
    StringBuilder b = new StringBuilder(length);
    while (b.length() < length) {
      b.append(randomPiece());
    }
    return b.toString();
  }

  private String randomPiece() {
    if (random.nextInt(20) == 0) {
      return SUPPLEMENTARY.get(random.nextInt(SUPPLEMENTARY.size()));
    }
    String pool = POOLS[random.nextInt(POOLS.length)];
    return String.valueOf(pool.charAt(random.nextInt(pool.length())));
  }

  private String fragment() {
    return fragments.isEmpty() ? randomChars(1 + random.nextInt(12)) : fragments.get(random.nextInt(fragments.size()));
  }

  private String separator() {
    switch (random.nextInt(6)) {
      case 0:
        return "";
      case 1:
        return randomPiece();
      case 2:
        return ". ";
      case 3:
        return ", ";
      default:
        return " ";
    }
  }

  private String gluedFragments() {
    StringBuilder b = new StringBuilder();
    int count = 1 + random.nextInt(40);
    for (int i = 0; i < count && b.length() < maxLength; i++) {
      b.append(fragment()).append(separator());
    }
    return b.toString();
  }

  /** One fragment (or two alternating) repeated many times: chains a naive matcher may blow up on. */
  private String repeated() {
    String a = fragment() + separator();
    String c = random.nextBoolean() ? a : fragment() + separator();
    StringBuilder b = new StringBuilder();
    int times = 1 + random.nextInt(Math.max(1, maxLength / Math.max(1, a.length() + c.length())));
    for (int i = 0; i < times && b.length() < maxLength; i++) {
      b.append(a).append(c);
    }
    return b.toString();
  }

  private String longToken() {
    StringBuilder b = new StringBuilder();
    int length = 1 + random.nextInt(maxLength);
    String pool = random.nextBoolean() ? CYRILLIC : POOLS[random.nextInt(POOLS.length)];
    boolean single = random.nextBoolean();
    char c = pool.charAt(random.nextInt(pool.length()));
    while (b.length() < length) {
      b.append(single ? c : pool.charAt(random.nextInt(pool.length())));
    }
    return b.toString();
  }

  private String capitalisedRun() {
    StringBuilder b = new StringBuilder();
    int count = 1 + random.nextInt(Math.max(1, maxLength / 8));
    for (int i = 0; i < count && b.length() < maxLength; i++) {
      b.append(Character.toUpperCase(CYRILLIC.charAt(random.nextInt(33))));
      int len = random.nextInt(8);
      for (int j = 0; j < len; j++) {
        b.append(CYRILLIC.charAt(random.nextInt(42)));
      }
      b.append(random.nextInt(8) == 0 ? "-" : " ");
    }
    return b.toString();
  }

  /** A seed document with a few random edits; may cut surrogate pairs and markup in half. */
  public String mutate(String doc) {
    StringBuilder b = new StringBuilder(doc.length() > maxLength ? doc.substring(0, maxLength) : doc);
    int edits = 1 + random.nextInt(8);
    for (int e = 0; e < edits; e++) {
      int n = b.length();
      int at = n == 0 ? 0 : random.nextInt(n + 1);
      switch (random.nextInt(8)) {
        case 0: // insert random characters
          b.insert(at, randomChars(1 + random.nextInt(5)));
          break;
        case 1: // delete a range
          if (n > 0) {
            b.delete(at, Math.min(n, at + 1 + random.nextInt(50)));
          }
          break;
        case 2: // duplicate a range
          if (n > 0 && b.length() < 2 * maxLength) {
            int end = Math.min(n, at + 1 + random.nextInt(200));
            b.insert(at, b.substring(Math.min(at, end), end));
          }
          break;
        case 3: // insert a fragment
          b.insert(at, fragment());
          break;
        case 4: // truncate
          b.setLength(at);
          break;
        case 5: // flip case of a range
          for (int i = at; i < Math.min(b.length(), at + 30); i++) {
            char c = b.charAt(i);
            b.setCharAt(i, Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
          }
          break;
        case 6: // replace Cyrillic letters with Latin look-alikes
          for (int i = at; i < Math.min(b.length(), at + 40); i++) {
            int j = "аеорсхуАВЕКМНОРСТХ".indexOf(b.charAt(i));
            if (j >= 0) {
              b.setCharAt(i, "aeopcxyABEKMHOPCTX".charAt(j));
            }
          }
          break;
        default: // replace spaces by other blanks
          for (int i = at; i < Math.min(b.length(), at + 60); i++) {
            if (b.charAt(i) == ' ') {
              b.setCharAt(i, SPACES.charAt(random.nextInt(SPACES.length())));
            }
          }
      }
    }
    return b.toString();
  }

  // ---------------------------------------------------------------- loading seed material

  /** Fragment lines of a file: blank lines and {@code #} comments skipped. */
  public static List<String> readFragments(Path file) {
    try {
      List<String> out = new ArrayList<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read fragments", e);
    }
  }

  /** Every {@code *.txt} file under {@code dir}, in path order, except those in {@code holdout*} folders. */
  public static List<String> readDocuments(Path dir) {
    Objects.requireNonNull(dir, "dir");
    try (Stream<Path> s = Files.walk(dir)) {
      List<String> out = new ArrayList<>();
      for (Path p : s.filter(f -> f.toString().endsWith(".txt") && Files.isRegularFile(f) && !inHoldout(dir, f))
          .sorted().toList()) {
        out.add(Files.readString(p, StandardCharsets.UTF_8));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": cannot read seed documents", e);
    }
  }

  /**
   * Whether a file lies in a {@code holdout*} folder: held-out releases are an accuracy test that
   * nothing else may look at, so the fuzzer does not seed from them either.
   */
  private static boolean inHoldout(Path root, Path file) {
    for (Path part : root.relativize(file)) {
      if (part.toString().startsWith("holdout")) {
        return true;
      }
    }
    return false;
  }
}
