package io.github.kazextract.extract.entity;

import io.github.kazextract.token.KazakhTokenizer;
import io.github.kazextract.token.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Multi-word names keyed by their lower-cased token sequence. A lookup tries the longest sequence
 * first and lets the last token match through any of its candidate nominative forms (only the
 * last word of a name carries the case ending). Immutable after construction.
 */
final class PhraseIndex<V> {

  /** A hit: tokens {@code [start, end)}, the value, and the form of the last token that matched. */
  record Hit<V>(int start, int end, V value, String lastForm) {}

  private final Map<String, List<V>> map;
  /** The keys and every proper prefix of a key that ends at a token boundary (lets lookups stop early). */
  private final KeyTable<V> table;
  private final int maxLen;

  private PhraseIndex(Map<String, List<V>> map, java.util.Set<String> prefixes, int maxLen) {
    this.map = map;
    this.table = new KeyTable<>(map, prefixes);
    this.maxLen = maxLen;
  }

  /**
   * Open addressing over the key strings, probed with the hash of a key being read off the
   * document's tokens ({@link String#hashCode} computed piece by piece), so a lookup builds no
   * string. Immutable after construction.
   */
  private static final class KeyTable<V> {
    private final String[] keys;
    private final int[] hashes;
    /** Values of a complete key; null for a slot that is only a prefix. */
    private final List<V>[] values;
    private final boolean[] prefix;
    private final int mask;

    @SuppressWarnings("unchecked")
    KeyTable(Map<String, List<V>> map, java.util.Set<String> prefixes) {
      java.util.Set<String> all = new java.util.HashSet<>(map.keySet());
      all.addAll(prefixes);
      int cap = Integer.highestOneBit(Math.max(4, all.size() * 2 + 1) - 1) << 1;
      keys = new String[cap];
      hashes = new int[cap];
      values = new List[cap];
      prefix = new boolean[cap];
      mask = cap - 1;
      for (String k : all) {
        int h = k.hashCode();
        int i = spread(h) & mask;
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = k;
        hashes[i] = h;
        values[i] = map.get(k);
        prefix[i] = prefixes.contains(k);
      }
    }

    private static int spread(int h) {
      return h ^ (h >>> 16);
    }

    /**
     * The slot of the key spelled by the lower-cased tokens {@code [from, to)} of {@code d}, then
     * {@code tail} (each piece after the first preceded by one space), or -1.
     */
    int find(int hash, int length, DocTokens d, int from, int to, String tail) {
      for (int i = spread(hash) & mask; keys[i] != null; i = (i + 1) & mask) {
        if (hashes[i] == hash && keys[i].length() == length && spells(keys[i], d, from, to, tail)) {
          return i;
        }
      }
      return -1;
    }

    private static boolean spells(String key, DocTokens d, int from, int to, String tail) {
      int pos = 0;
      for (int k = from; k <= to; k++) {
        String piece = k < to ? d.lower(k) : tail;
        if (pos > 0) {
          if (key.charAt(pos) != ' ') {
            return false;
          }
          pos++;
        }
        if (!key.regionMatches(pos, piece, 0, piece.length())) {
          return false;
        }
        pos += piece.length();
      }
      return pos == key.length();
    }
  }

  /** {@link String#hashCode} of {@code prefix + (prefixLength > 0 ? " " : "") + piece}, from the prefix's hash. */
  private static int extendHash(int prefixHash, int prefixLength, String piece) {
    if (prefixLength == 0) {
      return piece.hashCode(); // the same sum, cached in the string (the word views are shared)
    }
    int h = prefixHash;
    if (prefixLength > 0) {
      h = 31 * h + ' ';
    }
    for (int i = 0; i < piece.length(); i++) {
      h = 31 * h + piece.charAt(i);
    }
    return h;
  }

  static <V> Builder<V> builder(KazakhTokenizer tokenizer) {
    return new Builder<>(tokenizer);
  }

  static final class Builder<V> {
    private final KazakhTokenizer tokenizer;
    private final Map<String, List<V>> map = new HashMap<>();
    private int maxLen;

    private Builder(KazakhTokenizer tokenizer) {
      this.tokenizer = tokenizer;
    }

    /** Adds a phrase; the first value added for a key is preferred at lookup. */
    Builder<V> add(String phrase, V value) {
      List<Token> toks = tokenizer.tokens(phrase);
      if (toks.isEmpty()) {
        return this;
      }
      StringBuilder sb = new StringBuilder();
      for (Token t : toks) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(key(t));
      }
      List<V> vs = map.computeIfAbsent(sb.toString(), k -> new ArrayList<>(1));
      if (!vs.contains(value)) {
        vs.add(value);
      }
      maxLen = Math.max(maxLen, toks.size());
      return this;
    }

    PhraseIndex<V> build() {
      Map<String, List<V>> m = new HashMap<>();
      java.util.Set<String> pre = new java.util.HashSet<>();
      map.forEach((k, v) -> {
        m.put(k, List.copyOf(v));
        for (int i = k.indexOf(' '); i > 0; i = k.indexOf(' ', i + 1)) {
          pre.add(k.substring(0, i));
        }
      });
      return new PhraseIndex<>(Map.copyOf(m), java.util.Set.copyOf(pre), maxLen);
    }
  }

  static String key(Token t) {
    return lower(t.type() == io.github.kazextract.token.TokenType.ACRONYM ? t.base() : t.norm());
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  boolean isEmpty() {
    return map.isEmpty();
  }

  int maxLen() {
    return maxLen;
  }

  /** Values stored for an exact key (lower-cased, single-space separated). */
  List<V> get(String key) {
    return map.getOrDefault(key, List.of());
  }

  /**
   * Longest match starting at token {@code start}, not crossing {@code limit}; only tokens for
   * which {@code usable} holds. Null when none.
   */
  Hit<V> longest(DocTokens d, int start, int limit, java.util.function.IntPredicate usable) {
    return longest(d, start, limit, usable, null);
  }

  /** Like {@link #longest(DocTokens, int, int, java.util.function.IntPredicate)}, keeping only values {@code accept} takes. */
  Hit<V> longest(
      DocTokens d, int start, int limit, java.util.function.IntPredicate usable, java.util.function.BiPredicate<V, Integer> accept) {
    // forward over the tokens while the exact words so far are a known prefix; the longest
    // complete key (last word through any of its forms) wins
    int max = Math.min(maxLen, limit - start);
    Hit<V> best = null;
    // hash and length of the lower-cased tokens [start, last) joined by spaces
    int prefixHash = 0;
    int prefixLength = 0;
    for (int len = 1; len <= max; len++) {
      int last = start + len - 1;
      if (!usable.test(last)) {
        break;
      }
      List<String> lowers = d.lowerForms(last);
      List<String> forms = d.forms(last);
      for (int f = 0; f < lowers.size(); f++) {
        String lf = lowers.get(f);
        int length = prefixLength + (prefixLength > 0 ? 1 : 0) + lf.length();
        int slot = table.find(extendHash(prefixHash, prefixLength, lf), length, d, start, last, lf);
        List<V> vs = slot >= 0 ? table.values[slot] : null;
        if (vs != null) {
          boolean found = false;
          for (V v : vs) {
            if (accept == null || accept.test(v, len)) {
              best = new Hit<>(start, last + 1, v, forms.get(f));
              found = true;
              break;
            }
          }
          if (found) {
            break;
          }
        }
      }
      String word = d.lower(last);
      prefixHash = extendHash(prefixHash, prefixLength, word);
      prefixLength += (prefixLength > 0 ? 1 : 0) + word.length();
      int slot = table.find(prefixHash, prefixLength, d, start, last, word);
      if (slot < 0 || !table.prefix[slot]) {
        break;
      }
    }
    return best;
  }
}
