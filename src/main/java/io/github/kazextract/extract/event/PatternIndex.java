package io.github.kazextract.extract.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rules indexed by the forms their pattern's first word can take, so a text is scanned with one
 * hash lookup per word instead of trying every rule at every word. Values come back in the order
 * they were added (rule priority). Immutable after construction.
 */
final class PatternIndex<T> {

  private record Entry<T>(int order, TokenPattern pattern, T value) {}

  private final Map<String, List<Entry<T>>> byWord = new HashMap<>();
  private final Map<String, List<Entry<T>>> byLemma = new HashMap<>();
  /** Prefix forms grouped by their first character. */
  private final Map<Character, List<Object[]>> byPrefix = new HashMap<>();
  /** Compound forms ({@code *-форум*}): tail and entry, tried only for hyphenated words. */
  private final List<Object[]> byCompound = new ArrayList<>();
  private int size;

  void add(TokenPattern p, T value) {
    Entry<T> e = new Entry<>(size++, p, value);
    for (String f : p.firstForms()) {
      if (TokenPattern.isCompoundForm(f)) {
        byCompound.add(new Object[] {f.substring(2), e});
      } else if (f.startsWith("~")) {
        byLemma.computeIfAbsent(f.substring(1), k -> new ArrayList<>()).add(e);
      } else if (f.endsWith("*") && f.length() > 1) {
        byPrefix.computeIfAbsent(f.charAt(0), k -> new ArrayList<>()).add(new Object[] {f.substring(0, f.length() - 1), e});
      } else {
        List<Entry<T>> l = byWord.computeIfAbsent(f, k -> new ArrayList<>());
        if (l.isEmpty() || l.get(l.size() - 1) != e) {
          l.add(e); // each rule once per word, in the order added, so candidates() can return the list as is
        }
      }
    }
  }

  /** The rules whose first word matches, each once, in the order added. */
  @SuppressWarnings("unchecked")
  List<Entry<T>> candidates(String word, String lemma) {
    List<Entry<T>> out = null;
    List<Entry<T>> x = byWord.get(word);
    if (onlyByWord(word, lemma)) {
      return x == null ? List.of() : x; // the common case: no copy, sort or dedup needed
    }
    if (x != null) {
      out = new ArrayList<>(x);
    }
    if (lemma != null && !byLemma.isEmpty() && (x = byLemma.get(lemma)) != null) {
      out = out == null ? new ArrayList<>() : out;
      out.addAll(x);
    }
    if (!word.isEmpty()) {
      List<Object[]> ps = byPrefix.get(word.charAt(0));
      if (ps != null) {
        for (Object[] pe : ps) {
          if (word.startsWith((String) pe[0])) {
            out = out == null ? new ArrayList<>() : out;
            out.add((Entry<T>) pe[1]);
          }
        }
      }
    }
    if (!byCompound.isEmpty() && word.indexOf('-') > 0) {
      for (Object[] ce : byCompound) {
        if (TokenPattern.tailMatches((String) ce[0], word)) {
          out = out == null ? new ArrayList<>() : out;
          out.add((Entry<T>) ce[1]);
        }
      }
    }
    if (out == null) {
      return List.of();
    }
    if (out.size() > 1) {
      out.sort(Comparator.comparingInt(Entry::order));
      List<Entry<T>> dedup = new ArrayList<>(out.size());
      for (Entry<T> e : out) {
        if (dedup.isEmpty() || dedup.get(dedup.size() - 1) != e) {
          dedup.add(e);
        }
      }
      out = dedup;
    }
    return out;
  }

  /** True when neither a lemma rule nor a prefix rule matches {@code word}. */
  private boolean onlyByWord(String word, String lemma) {
    if (lemma != null && byLemma.containsKey(lemma)) {
      return false;
    }
    if (!byCompound.isEmpty() && word.indexOf('-') > 0) {
      return false;
    }
    if (!word.isEmpty()) {
      List<Object[]> ps = byPrefix.get(word.charAt(0));
      if (ps != null) {
        for (Object[] pe : ps) {
          if (word.startsWith((String) pe[0])) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** Each matching rule at word {@code i}: value and matched word indexes. */
  List<Object[]> matchAt(List<String> words, List<String> lemmas, int i) {
    List<Entry<T>> cands = candidates(words.get(i), lemmas.get(i));
    if (cands.isEmpty()) {
      return List.of();
    }
    List<Object[]> out = new ArrayList<>(2);
    for (Entry<T> e : cands) {
      int[] m = e.pattern().matchAt(words, lemmas, i);
      if (m != null) {
        out.add(new Object[] {e.value(), m});
      }
    }
    return out;
  }
}
