package io.github.kazextract.extract.entity;

import io.github.kazextract.morph.Analysis;
import io.github.kazextract.pipeline.AnalyzedText;
import io.github.kazextract.token.Token;
import io.github.kazextract.token.TokenType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Per-document view the entity rules read: for every token its candidate nominative forms (the
 * word itself, the ending-stripped stems, the morphology's lemmas), capitalisation, sentence and
 * quotation. Built once per call; never shared between threads.
 */
final class DocTokens {

  final AnalyzedText doc;
  final List<Token> tokens;
  private final List<List<String>> forms;
  private final List<List<String>> lowerForms;
  private final List<List<ProperNounEndings.Stem>> stems;
  private final String[] lower;
  /** Sentence number of each token. */
  final int[] sentence;
  /** First token of each token's sentence. */
  final int[] sentenceStart;
  /** End (exclusive) of each token's sentence. */
  final int[] sentenceEnd;
  /** First word-like token of each token's sentence, or -1 before it. */
  private final int[] firstWord;
  /** For an opening quote, the index of its closing quote; -1 otherwise. */
  final int[] closeQuote;
  /** For a closing quote, the index of its opening quote; -1 otherwise. */
  final int[] openQuote;
  /** The norms of all tokens, built on the first {@link #hasToken} call (most documents never ask). */
  private java.util.Set<String> norms;

  /** Whether some token of the document is written exactly {@code form}. */
  boolean hasToken(String form) {
    if (norms == null) {
      java.util.Set<String> set = new java.util.HashSet<>(tokens.size() * 2);
      for (Token t : tokens) {
        set.add(t.norm());
      }
      norms = set;
    }
    return norms.contains(form);
  }

  /** Whether a token lies inside a quotation (quotes excluded). */
  final boolean[] quoted;
  /** {@link #isCap} of each token, computed once: the rules ask it many times per token. */
  private final boolean[] cap;
  /** {@link #isAcronym} of each token, computed once. */
  private final boolean[] acronym;
  /** The view of each word token (null for other tokens). */
  private final WordViews.View[] wordViews;

  DocTokens(AnalyzedText doc, ProperNounEndings endings) {
    this(doc, endings, new WordViews(java.util.Set.of(), java.util.Map.of()));
  }

  /** With a cache of word views shared between documents (see {@link WordViews}). */
  DocTokens(AnalyzedText doc, ProperNounEndings endings, WordViews views) {
    this.doc = doc;
    this.tokens = doc.tokens();
    int n = tokens.size();
    forms = new ArrayList<>(n);
    lowerForms = new ArrayList<>(n);
    stems = new ArrayList<>(n);
    lower = new String[n];
    cap = new boolean[n];
    acronym = new boolean[n];
    wordViews = new WordViews.View[n];
    java.util.Map<String, Seen> local = new java.util.HashMap<>();
    List<List<Analysis>> analyses = doc.analyses();
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      cap[i] = computeIsCap(t);
      acronym[i] = computeIsAcronym(t);
      String w = t.type() == TokenType.ACRONYM ? t.base() : t.norm();
      if (t.type() != TokenType.WORD) {
        String lw = PhraseIndex.lower(w);
        lower[i] = lw;
        forms.add(List.of(w));
        lowerForms.add(List.of(lw));
        stems.add(List.of());
        continue;
      }
      // the morphology's lemmas only for common words: its guesses for unknown proper nouns
      // (Каспий -> Каспи) would match unrelated gazetteer names
      List<Analysis> as = i < analyses.size() && !Character.isUpperCase(w.charAt(0)) ? analyses.get(i) : List.of();
      // a release repeats its words: a small map of this document's words before the shared cache
      Seen seen = local.get(w);
      WordViews.View v;
      if (seen != null && seen.analyses() == as) {
        v = seen.view();
      } else {
        v = views.get(w, as, () -> view(w, as, endings, views));
        local.put(w, new Seen(as, v));
      }
      wordViews[i] = v;
      lower[i] = v.lower();
      forms.add(v.forms());
      lowerForms.add(v.lowerForms());
      stems.add(v.stems());
    }
    sentence = new int[n];
    sentenceStart = new int[n];
    sentenceEnd = new int[n];
    Arrays.fill(sentenceEnd, n);
    int s = 0;
    for (AnalyzedText.TokenRange r : doc.sentences()) {
      for (int i = r.first(); i < r.end() && i < n; i++) {
        sentence[i] = s;
        sentenceStart[i] = r.first();
        sentenceEnd[i] = r.end();
      }
      s++;
    }
    // first word of each token's sentence: leading quotes and dashes do not count
    firstWord = new int[n];
    int fw = -1;
    for (int i = 0; i < n; i++) {
      if (i == sentenceStart[i]) {
        fw = -1;
      }
      if (fw < 0 && tokens.get(i).isWordLike()) {
        fw = i;
      }
      firstWord[i] = fw;
    }
    closeQuote = new int[n];
    openQuote = new int[n];
    Arrays.fill(closeQuote, -1);
    Arrays.fill(openQuote, -1);
    quoted = new boolean[n];
    pairQuotes();
  }

  /** A word met earlier in the document: the analyses it had and the view they gave. */
  private record Seen(List<Analysis> analyses, WordViews.View view) {}

  /** The forms of a word token: itself, its ending-stripped stems, then the lemmas of {@code as}. */
  private static WordViews.View view(String w, List<Analysis> as, ProperNounEndings endings, WordViews views) {
    String lw = PhraseIndex.lower(w);
    // stems are prefixes of w; their lower-cased forms are prefixes of lw unless lower-casing
    // changes the length (İ) or looks at context (final sigma)
    boolean prefixLower = lw.length() == w.length() && w.indexOf('\u03A3') < 0;
    List<ProperNounEndings.Stem> st = endings.analyse(w, lw, 2);
    List<String> f = new ArrayList<>(2 + st.size());
    List<String> lf = new ArrayList<>(2 + st.size());
    f.add(w);
    lf.add(lw);
    for (ProperNounEndings.Stem x : st) {
      String stem = x.stem();
      if (!f.contains(stem)) {
        f.add(stem);
        lf.add(prefixLower ? lw.substring(0, stem.length()) : PhraseIndex.lower(stem));
      }
    }
    String wDefaultLower = null;
    String previousLemma = null;
    for (Analysis a : as) {
      String l = a.lemma();
      // readings of one word often share the lemma: the same lemma gets the same answer
      if (l.equals(previousLemma)) {
        continue;
      }
      previousLemma = l;
      if (l.isEmpty() || l.length() > w.length()) {
        continue;
      }
      // keep the surface's capitalisation: the morphology may lower-case proper nouns
      if (Character.isUpperCase(w.charAt(0)) && !Character.isUpperCase(l.charAt(0))) {
        l = Character.toUpperCase(l.charAt(0)) + l.substring(1);
      }
      if (f.contains(l)) {
        continue;
      }
      if (wDefaultLower == null) {
        wDefaultLower = w.toLowerCase();
      }
      if (wDefaultLower.startsWith(l.toLowerCase())) {
        f.add(l);
        lf.add(PhraseIndex.lower(l));
      }
    }
    return views.view(as, lw, f.size() == 1 ? List.of(w) : java.util.Collections.unmodifiableList(f),
        lf.size() == 1 ? List.of(lw) : java.util.Collections.unmodifiableList(lf), java.util.Collections.unmodifiableList(st));
  }

  /** Pairs quotes within a sentence: «» and “” by direction, straight quotes alternately. */
  private void pairQuotes() {
    int n = tokens.size();
    int open = -1;
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      if (open >= 0 && sentence[open] != sentence[i]) {
        open = -1;
      }
      if (t.type() != TokenType.QUOTE) {
        continue;
      }
      char c = t.text().charAt(0);
      boolean opening = c == '«' || c == '“' && open < 0 || c == '„' || (c == '"' || c == '\'') && open < 0;
      if (opening && open < 0) {
        open = i;
      } else if (open >= 0) {
        closeQuote[open] = i;
        openQuote[i] = open;
        for (int k = open + 1; k < i; k++) {
          quoted[k] = true;
        }
        open = -1;
      }
    }
  }

  int size() {
    return tokens.size();
  }

  Token token(int i) {
    return tokens.get(i);
  }

  /** Candidate forms of token {@code i}, the word itself first; case preserved. */
  List<String> forms(int i) {
    return forms.get(i);
  }

  /** The ending analyses of token i (stems of at least two letters). */
  List<ProperNounEndings.Stem> stems(int i) {
    return stems.get(i);
  }

  /** Whether token i has a case ending leaving a stem of at least {@code min} letters. */
  boolean hasEnding(int i, int min) {
    for (ProperNounEndings.Stem s : stems.get(i)) {
      if (s.stem().length() >= min) {
        return true;
      }
    }
    return false;
  }

  /** The view of word token i (see {@link WordViews}); null when the token is not a word. */
  WordViews.View wordView(int i) {
    return wordViews[i];
  }

  /** {@link #forms} lower-cased, same order. */
  List<String> lowerForms(int i) {
    return lowerForms.get(i);
  }

  String lower(int i) {
    return lower[i];
  }

  /** Lower-cased words {@code [a, b)} joined by single spaces. */
  String joinedLower(int a, int b) {
    if (b <= a) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (int k = a; k < b; k++) {
      if (k > a) {
        sb.append(' ');
      }
      sb.append(lower[k]);
    }
    return sb.toString();
  }

  boolean isWord(int i) {
    return tokens.get(i).type() == TokenType.WORD;
  }

  /** A word starting with a capital letter that is not written all in capitals. */
  boolean isCap(int i) {
    return cap[i];
  }

  private static boolean computeIsCap(Token t) {
    if (t.type() != TokenType.WORD) {
      return false;
    }
    String w = t.norm();
    if (!Character.isUpperCase(w.codePointAt(0))) {
      return false;
    }
    return !isAllCaps(w);
  }

  boolean isLowerWord(int i) {
    Token t = tokens.get(i);
    return t.type() == TokenType.WORD && Character.isLowerCase(t.norm().codePointAt(0));
  }

  /** An acronym: all capitals, at least two letters, no digits; or a Latin one such as KazAID. */
  boolean isAcronym(int i) {
    return acronym[i];
  }

  private static boolean computeIsAcronym(Token t) {
    if (t.type() != TokenType.ACRONYM && t.type() != TokenType.WORD) {
      return false;
    }
    String b = t.type() == TokenType.ACRONYM ? t.base() : t.norm();
    return b.length() >= 2 && isAcronymForm(b);
  }

  /**
   * All capitals (БҰҰ, UNICEF), or a Latin word opening with a capital and ending in two or more
   * (KazAID): an acronym that spells part of its name in lower case.
   */
  static boolean isAcronymForm(String w) {
    if (isAllCaps(w)) {
      return true;
    }
    int n = w.length();
    if (n < 4 || !latinUpper(w.charAt(0)) || !latinUpper(w.charAt(n - 1)) || !latinUpper(w.charAt(n - 2))) {
      return false;
    }
    for (int k = 1; k < n; k++) {
      char c = w.charAt(k);
      if (!latinUpper(c) && (c < 'a' || c > 'z')) {
        return false;
      }
    }
    return true;
  }

  private static boolean latinUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  static boolean isAllCaps(String w) {
    int letters = 0;
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (Character.isDigit(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  boolean isFirstInSentence(int i) {
    return firstWord[i] == i;
  }

  String text(int i) {
    return tokens.get(i).text();
  }

  /** The original text of tokens {@code [a, b)} with inner white space collapsed. */
  String span(int a, int b) {
    return collapse(doc.text().substring(tokens.get(a).start(), tokens.get(b - 1).end()));
  }

  /**
   * Canonical form of tokens {@code [a, b)}: the original text up to the last token, then
   * {@code lastForm} (the last token's nominative).
   */
  String canonical(int a, int b, String lastForm) {
    String head = doc.text().substring(tokens.get(a).start(), tokens.get(b - 1).start());
    return collapse(head + lastForm);
  }

  static String collapse(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
