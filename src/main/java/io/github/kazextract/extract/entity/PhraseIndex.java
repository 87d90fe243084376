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
  /** Every proper prefix of a key that ends at a token boundary: lets lookups stop early. */
  private final java.util.Set<String> prefixes;
  private final int maxLen;

  private PhraseIndex(Map<String, List<V>> map, java.util.Set<String> prefixes, int maxLen) {
    this.map = map;
    this.prefixes = prefixes;
    this.maxLen = maxLen;
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
    StringBuilder prefix = new StringBuilder();
    for (int len = 1; len <= max; len++) {
      int last = start + len - 1;
      if (!usable.test(last)) {
        break;
      }
      int plen = prefix.length();
      List<String> lowers = d.lowerForms(last);
      List<String> forms = d.forms(last);
      for (int f = 0; f < lowers.size(); f++) {
        if (plen > 0) {
          prefix.append(' ');
        }
        prefix.append(lowers.get(f));
        List<V> vs = map.get(prefix.toString());
        prefix.setLength(plen);
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
      if (plen > 0) {
        prefix.append(' ');
      }
      prefix.append(d.lower(last));
      if (!prefixes.contains(prefix.toString())) {
        break;
      }
    }
    return best;
  }
}
