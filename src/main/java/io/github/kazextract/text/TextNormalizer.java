package io.github.kazextract.text;

import com.ibm.icu.text.Normalizer2;
import java.util.Objects;

/**
 * Normalization for matching: {@link CharFolding} (spaces, invisible characters, dashes,
 * quotes), Unicode NFC (ICU4J) and {@link LookalikeRepair}, in that order. {@link
 * #normalize(String)} keeps an {@link OffsetMap} to the original string. Letter case is kept.
 * Immutable and thread-safe.
 */
public final class TextNormalizer {

  private static final TextNormalizer DEFAULT = new TextNormalizer(LookalikeRepair.getDefault());

  private final Normalizer2 nfc = Normalizer2.getNFCInstance();
  private final LookalikeRepair lookalikes;

  public TextNormalizer(LookalikeRepair lookalikes) {
    this.lookalikes = Objects.requireNonNull(lookalikes, "lookalikes");
  }

  public static TextNormalizer getDefault() {
    return DEFAULT;
  }

  public LookalikeRepair lookalikes() {
    return lookalikes;
  }

  /** The normalized view of {@code text} with its offset map. Linear time. */
  public NormalizedText normalize(String text) {
    Objects.requireNonNull(text, "text");
    int n = text.length();
    OffsetMap.Builder folded = new OffsetMap.Builder(n, n);
    for (int i = 0; i < n; i++) {
      char f = CharFolding.fold(text.charAt(i));
      if (f != CharFolding.REMOVE) {
        folded.append(f, i, i + 1);
      }
    }
    String s1 = folded.text();
    OffsetMap m1 = folded.map();
    OffsetMap.Builder out;
    if (nfc.isNormalized(s1)) {
      out = new OffsetMap.Builder(n, s1.length());
      for (int i = 0; i < s1.length(); i++) {
        out.append(s1.charAt(i), m1.originalStart(i), m1.originalEnd(i + 1));
      }
    } else {
      out = composeNfc(s1, m1, n);
    }
    lookalikes.repairWords(out);
    return new NormalizedText(text, out.text(), out.map());
  }

  /** NFC segment by segment, so that each composed character maps to its whole source segment. */
  private OffsetMap.Builder composeNfc(String s, OffsetMap m, int originalLength) {
    OffsetMap.Builder out = new OffsetMap.Builder(originalLength, s.length());
    int n = s.length();
    int i = 0;
    while (i < n) {
      int seg = i;
      i += Character.charCount(s.codePointAt(i));
      while (i < n && !nfc.hasBoundaryBefore(s.codePointAt(i))) {
        i += Character.charCount(s.codePointAt(i));
      }
      String part = s.substring(seg, i);
      if (nfc.isNormalized(part)) {
        for (int k = seg; k < i; k++) {
          out.append(s.charAt(k), m.originalStart(k), m.originalEnd(k + 1));
        }
      } else {
        out.append(nfc.normalize(part), m.originalStart(seg), m.originalEnd(i));
      }
    }
    return out;
  }

  /**
   * The matching form of one token's text: folded, NFC and look-alike repaired; returns {@code s}
   * itself when nothing changes.
   */
  public String normalizeToken(String s) {
    Objects.requireNonNull(s, "s");
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char f = CharFolding.fold(c);
      if (f != c && b == null) {
        b = new StringBuilder(s.length());
        b.append(s, 0, i);
      }
      if (b != null && f != CharFolding.REMOVE) {
        b.append(f);
      }
    }
    String r = b == null ? s : b.toString();
    if (!nfc.isNormalized(r)) {
      r = nfc.normalize(r);
    }
    r = lookalikes.repair(r);
    return r.equals(s) ? s : r;
  }
}
