package io.github.kazextract.morph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Morphotactics from {@code models/morph/suffixes.tsv}; allomorphs computed by {@link Phonology}. */
final class SuffixRules {

  final List<Morpheme> morphemes = new ArrayList<>();
  /** Per morpheme id, the morphemes that may stand immediately before it. */
  final Map<String, List<Morpheme>> leftOf = new HashMap<>();
  /** Morphemes that may end a word. */
  final List<Morpheme> finals = new ArrayList<>();
  final int maxSurface;

  /** One surface form of a morpheme with the stem contexts it may follow. */
  record Entry(Morpheme m, String surface, int contexts) {}

  /** Suffix letters are Cyrillic: tables indexed by the letter itself. */
  private static final int LETTERS = 0x500;
  private static final Entry[] NONE = new Entry[0];
  /** Word-final morphemes by the last letter of their surface. */
  private final Entry[][] finalsByLast;
  /** Per morpheme index, the morphemes allowed before it, by the last letter of their surface. */
  private final Entry[][][] leftOfByLast;

  /**
   * The surfaces that may end at letter {@code last}: of word-final morphemes if {@code right} is
   * null, else of the morphemes allowed before {@code right}. Never null.
   */
  Entry[] entries(Morpheme right, char last) {
    if (last >= LETTERS) {
      return NONE;
    }
    return (right == null ? finalsByLast : leftOfByLast[right.index()])[last];
  }

  /**
   * Indexes surfaces by their last letter so that stripping looks only at the morphemes that can end
   * where the word ends. A surface that starts with й is also filed under и (оқы-й-ды is оқиды).
   */
  private static Entry[][] index(List<Morpheme> ms) {
    Map<Character, List<Entry>> m = new HashMap<>();
    for (Morpheme x : ms) {
      for (int i = 0; i < x.surfaces().length; i++) {
        String s = x.surfaces()[i];
        Entry e = new Entry(x, s, x.contexts()[i]);
        file(m, s.charAt(s.length() - 1), e);
        if (s.charAt(0) == 'й' && s.length() == 1) {
          file(m, 'и', e);
        }
      }
    }
    Entry[][] out = new Entry[LETTERS][];
    java.util.Arrays.fill(out, NONE);
    for (Map.Entry<Character, List<Entry>> e : m.entrySet()) {
      if (e.getKey() >= LETTERS) {
        throw new IllegalStateException("suffixes.tsv: letter outside the Cyrillic block: " + e.getKey());
      }
      out[e.getKey()] = e.getValue().toArray(new Entry[0]);
    }
    return out;
  }

  private static void file(Map<Character, List<Entry>> m, char c, Entry e) {
    List<Entry> l = m.get(c);
    if (l == null) {
      l = new ArrayList<>();
      m.put(c, l);
    }
    l.add(e);
  }

  SuffixRules(Phonology ph) {
    int max = 0;
    for (String[] r : ModelFiles.rows("morph/suffixes.tsv", false)) {
      if (r.length < 7) {
        throw new IllegalStateException("suffixes.tsv: expected 7 columns: ".concat(String.join("\t", r)));
      }
      Set<String> left = new java.util.HashSet<>(java.util.Arrays.asList(r[3].split(",")));
      Map<String, Integer> surf = new LinkedHashMap<>();
      for (int c = 0; c < Phonology.NCLASS; c++) {
        for (int h = 0; h < 2; h++) {
          String s = realize(ph, r[1], c, h);
          if (!s.isEmpty()) {
            Integer old = surf.get(s);
            surf.put(s, old == null ? 1 << (2 * c + h) : old | 1 << (2 * c + h));
          }
        }
      }
      String[] surfaces = surf.keySet().toArray(new String[0]);
      int[] ctx = new int[surfaces.length];
      for (int i = 0; i < surfaces.length; i++) {
        ctx[i] = surf.get(surfaces[i]);
        max = Math.max(max, surfaces[i].length());
      }
      Morpheme m = new Morpheme(morphemes.size(), r[0], r[2], left, left.contains("N"), left.contains("V"), r[4].equals("y"),
          r[5].charAt(0), Double.parseDouble(r[6]),
          r.length > 7 && !r[7].isEmpty() ? Double.parseDouble(r[7]) : Double.parseDouble(r[6]), surfaces, ctx,
          featPart(r[2], true), featPart(r[2], false));
      morphemes.add(m);
      if (m.canEnd()) {
        finals.add(m);
      }
    }
    for (Morpheme m : morphemes) {
      List<Morpheme> l = new ArrayList<>();
      for (Morpheme x : morphemes) {
        if (m.left().contains(x.id())) {
          l.add(x);
        }
      }
      leftOf.put(m.id(), List.copyOf(l));
    }
    maxSurface = max;
    finalsByLast = index(finals);
    leftOfByLast = new Entry[morphemes.size()][][];
    for (Morpheme m : morphemes) {
      leftOfByLast[m.index()] = index(leftOf.get(m.id()));
    }
  }

  /** The names (or values) of the {@code |}-separated {@code Name=Value} features. */
  private static String[] featPart(String feats, boolean names) {
    if (feats.isEmpty()) {
      return new String[0];
    }
    String[] kv = feats.split("\\|");
    String[] out = new String[kv.length];
    for (int i = 0; i < kv.length; i++) {
      int eq = kv[i].indexOf('=');
      if (eq <= 0) {
        throw new IllegalStateException("suffixes.tsv: feature without a value: ".concat(feats));
      }
      out[i] = names ? kv[i].substring(0, eq) : kv[i].substring(eq + 1);
    }
    return out;
  }

  /** The surface of {@code template} after a sound of class {@code cls} in harmony {@code h}. */
  static String realize(Phonology ph, String template, int cls, int h) {
    StringBuilder sb = new StringBuilder();
    int cur = cls;
    boolean skip = false;
    boolean stemVowel = cls == 0;
    for (int i = 0; i < template.length(); i++) {
      char t = template.charAt(i);
      if (t == '(' || t == '[') {
        // (..) only after a consonant, [..] only after a vowel
        skip = t == '(' ? stemVowel : !stemVowel;
        continue;
      }
      if (t == ')' || t == ']') {
        skip = false;
        continue;
      }
      if (skip) {
        continue;
      }
      String emit;
      String[] v = ph.vowels.get(t);
      String[][] k = ph.consonants.get(t);
      if (v != null) {
        emit = v[h];
      } else if (k != null) {
        emit = k[cur][h];
      } else {
        emit = String.valueOf(t);
      }
      sb.append(emit);
      if (!emit.isEmpty()) {
        int c = ph.classOfLetter(emit.charAt(emit.length() - 1));
        cur = c < 0 ? cur : c;
      }
    }
    return sb.toString();
  }
}
