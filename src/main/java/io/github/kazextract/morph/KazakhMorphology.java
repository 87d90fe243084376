package io.github.kazextract.morph;

import io.github.kazextract.text.TwoGenerationCache;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Kazakh morphological analyzer: strips legal suffix sequences ({@code models/morph/suffixes.tsv})
 * whose allomorphs follow the stem's harmony and final sound ({@code phonology.tsv}), and ranks the
 * stems it leaves: known stems ({@code stems.tsv}, proper nouns, gazetteers) first, then guessed
 * ones, frequent lemmas ({@code lemma-frequency.tsv}) before rare ones. Thread-safe and immutable after construction apart from a bounded cache; construct once and
 * share ({@link #getDefault()}).
 *
 * <p>Error model: the methods throw only {@link NullPointerException} (naming the parameter,
 * {@code word}) for a null word. {@link #analyze} never returns an empty list: the empty string
 * gives one analysis with an empty lemma and UPOS {@code X}; white space or punctuation alone gives
 * the word itself as lemma with UPOS {@code PUNCT}; a word the rules cannot read (Latin, Chinese,
 * digits, anything longer than 64 characters) gives the word itself as lemma with UPOS {@code X}.
 * A model file that fails to load stops construction with an exception; through {@link
 * io.github.kazextract.KazakhExtractor.Builder#build()} that is a {@code ModelFileException}
 * naming the file and line.
 */
public final class KazakhMorphology {

  /** Longer "words" are not words: returned as they are, in constant time. */
  static final int MAX_WORD = 64;

  private static final int MAX_DEPTH = 7;
  private static final int MAX_ANALYSES = 8;
  /** Words per cache generation; about 0.5 KB a word, so two generations stay near 30 MB. */
  private static final int CACHE_LIMIT = 30_000;
  private static final double KNOWN = -5;
  private static final double LOAN_HARMONY = 1.5;
  /** Price per suffix stripped off a known stem: a whole dictionary word beats a short stem plus suffixes (серпін, not серп-і-н). */
  private static final double PER_MORPHEME = 0.4;
  /** Price of a verb reading for a capitalised word. */
  private static final double CAPITAL_VERB = 2.5;
  /** Price of a verb stem in -ы/-і hidden by the -у infinitive (оқы in оқу): most verb stems end in a consonant. */
  private static final double HIDDEN_VOWEL = 0.8;
  /** Discount of a verb guess on a stem that looks like a verb (see {@link Lexicon#verbLikeEnding}). */
  private static final double VERB_LIKE = 1.2;
  /** Weight of the log lemma frequency against the rule costs. */
  private static final double FREQUENCY = 0.4;

  private static volatile KazakhMorphology defaultInstance;

  private final Phonology ph;
  private final SuffixRules rules;
  private final Lexicon lexicon;
  private final LemmaFrequencies frequencies;
  /** Analyses of the words seen lately; bounded, so memory stays flat over any corpus. */
  private final TwoGenerationCache<String, List<Analysis>> cache = new TwoGenerationCache<>(CACHE_LIMIT);

  /** Loads the bundled models from the classpath. */
  public KazakhMorphology() {
    this(LemmaFrequencies.load());
  }

  /** With the given lemma frequencies ({@link LemmaFrequencies#NONE} to rank by the rules alone). */
  KazakhMorphology(LemmaFrequencies frequencies) {
    ph = new Phonology();
    rules = new SuffixRules(ph);
    lexicon = new Lexicon();
    this.frequencies = frequencies;
  }

  /** A shared instance with the bundled models, loaded on first use. */
  public static KazakhMorphology getDefault() {
    KazakhMorphology m = defaultInstance;
    if (m == null) {
      synchronized (KazakhMorphology.class) {
        m = defaultInstance;
        if (m == null) {
          m = new KazakhMorphology();
          defaultInstance = m;
        }
      }
    }
    return m;
  }

  /** Every analysis of {@code word}, most likely first; never empty. */
  public List<Analysis> analyze(String word) {
    Objects.requireNonNull(word, "word");
    List<Analysis> a = cache.get(word);
    if (a == null) {
      a = compute(word);
      cache.put(word, a);
    }
    return a;
  }

  /**
   * Every analysis of a word that starts a sentence, most likely first. There a capital letter may
   * be only the sentence's ({@code Өлген}, {@code Есірткі}): the word is also read in lower case, and
   * that reading wins when it is the likelier one. A known name keeps its capital ({@code Тоқаевқа}).
   */
  public List<Analysis> analyzeSentenceInitial(String word) {
    Objects.requireNonNull(word, "word");
    if (word.length() < 2 || word.length() > MAX_WORD || !Character.isUpperCase(word.charAt(0))
        || !Character.isLowerCase(word.charAt(1))) {
      return analyze(word);
    }
    String lowered = Character.toString(Character.toLowerCase(word.charAt(0))).concat(word.substring(1));
    if (lowered.length() != word.length()) {
      return analyze(word);
    }
    List<Scored> asIs = scored(word);
    List<Scored> low = scored(lowered);
    if (low.isEmpty() || !asIs.isEmpty() && (asIs.get(0).cost() <= low.get(0).cost() || knownName(asIs.get(0).analysis()))) {
      return analyze(word);
    }
    List<Analysis> out = new ArrayList<>();
    for (Analysis a : analyze(lowered)) {
      // a name read in lower case is still a name: its lemma keeps the capital
      Analysis r = a.upos().equals("PROPN") ? new Analysis(recase(word, lowerSameLength(word), lowerSameLength(a.lemma())),
          a.upos(), a.feats()) : a;
      if (!out.contains(r)) {
        out.add(r);
      }
    }
    return List.copyOf(out);
  }

  private boolean knownName(Analysis a) {
    return a.upos().equals("PROPN") && (lexicon.get(lowerSameLength(a.lemma())) & Lexicon.PROPN) != 0;
  }

  /** The lemma of the most likely analysis. */
  public String lemma(String word) {
    return analyze(word).get(0).lemma();
  }

  /** Number of known stems (for diagnostics). */
  public int lexiconSize() {
    return lexicon.size();
  }

  // ---------------------------------------------------------------------------------------------

  /** A suffix chain, leftmost morpheme first. */
  private record Chain(Morpheme m, String surface, Chain next) {}

  /** A scored reading; its features are built only if it is among the ones returned. */
  private record Cand(String lemma, String upos, String feats, Chain chain, boolean verbal, double cost) {
    Cand(String lemma, String upos, String feats, double cost) {
      this(lemma, upos, feats, null, false, cost);
    }
  }

  private static final Comparator<Cand> BY_COST = new Comparator<>() {
    @Override
    public int compare(Cand a, Cand b) {
      return Double.compare(a.cost(), b.cost());
    }
  };

  private List<Analysis> compute(String word) {
    if (word.isEmpty() || word.length() > MAX_WORD) {
      return List.of(new Analysis(word, "X", ""));
    }
    // char-by-char so the lower-case form keeps the word's length (String.toLowerCase turns İ into
    // two chars), which recase() and every offset into the word rely on
    String lower = lowerSameLength(word);
    int script = script(lower);
    int dash = lower.lastIndexOf('-');
    if (script == OTHER_SCRIPT && dash > 0 && dash < lower.length() - 1 && script(lower.substring(dash + 1)) == CYRILLIC
        && isAcronymOrNumber(word, dash)) {
      script = CYRILLIC; // JICA-ның, COVID-19-ға: a Latin acronym with a Kazakh case ending
    }
    if (script != CYRILLIC) {
      String upos = script == DIGITS ? "NUM" : script == NONE ? "PUNCT" : "X";
      if (script == DIGITS) {
        // 51% -> 51: the number is the lemma
        String n = word.endsWith("%") && word.length() > 1 ? word.substring(0, word.length() - 1) : word;
        return List.of(new Analysis(n, upos, "Case=Nom"));
      }
      return List.of(new Analysis(word, upos, ""));
    }
    List<Cand> cands = candidates(word, lower, dash);
    if (cands.isEmpty()) {
      return List.of(new Analysis(word, "X", ""));
    }
    List<Analysis> out = new ArrayList<>();
    for (Cand c : cands) {
      Analysis a = c.feats() != null ? new Analysis(c.lemma(), c.upos(), c.feats()) : analysis(c);
      if (!out.contains(a)) {
        out.add(a);
        if (out.size() == MAX_ANALYSES) {
          break;
        }
      }
    }
    return List.copyOf(out);
  }

  /** A reading with its cost (lower is likelier), for tools that weigh readings. */
  record Scored(Analysis analysis, double cost) {}

  /** Every reading of a Cyrillic word with its cost, cheapest first; empty for other words. */
  List<Scored> scored(String word) {
    if (word.isEmpty() || word.length() > MAX_WORD) {
      return List.of();
    }
    String lower = lowerSameLength(word);
    if (script(lower) != CYRILLIC) {
      return List.of();
    }
    List<Scored> out = new ArrayList<>();
    for (Cand c : candidates(word, lower, lower.lastIndexOf('-'))) {
      out.add(new Scored(c.feats() != null ? new Analysis(c.lemma(), c.upos(), c.feats()) : analysis(c), c.cost()));
    }
    return out;
  }

  /** Scored readings of a Cyrillic word, cheapest first. */
  private List<Cand> candidates(String word, String lower, int dash) {
    List<Cand> cands = new ArrayList<>();
    List<Analysis> closed = lexicon.closed.get(lower);
    if (closed != null) {
      double c = -20;
      for (Analysis a : closed) {
        cands.add(new Cand(recase(word, lower, a.lemma()), a.upos(), a.feats(), c));
        c += 0.01;
      }
    }
    if (dash > 0 && dash < lower.length() - 1 && isAcronymOrNumber(word, dash)) {
      hyphenated(word, lower, dash, cands);
    }
    search(word, lower, lower, 0, null, null, 0, 0, cands);
    for (int i = 0; i < cands.size(); i++) {
      Cand c = cands.get(i);
      // a frequent lemma is the likelier reading (ала: the converb of ал before the adjective)
      String l = lowerSameLength(c.lemma());
      Chain first = c.chain();
      if (first != null && first.m().feats().startsWith("Voice=")) {
        // кел-іс-ті or келіс-ті: a voice stem is often a verb of its own (келіс "agree"), as frequent
        // as that verb and not as the verb under it
        l = l.concat(first.surface());
      }
      double f = frequencies.count(l, c.verbal() || "VERB".equals(c.upos()));
      if (f > 0) {
        cands.set(i, new Cand(c.lemma(), c.upos(), c.feats(), c.chain(), c.verbal(), c.cost() - FREQUENCY * Math.log1p(f)));
      }
    }
    cands.sort(BY_COST);
    return cands;
  }

  private static final int NONE = 0;
  private static final int CYRILLIC = 1;
  private static final int DIGITS = 2;
  private static final int OTHER_SCRIPT = 3;

  /** CYRILLIC if the word is Cyrillic letters (with digits or hyphens), DIGITS, NONE or OTHER. */
  private static int script(String s) {
    boolean cyr = false;
    boolean other = false;
    boolean digit = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\u0400' && c <= '\u04FF') {
        cyr = true;
      } else if (Character.isDigit(c)) {
        digit = true;
      } else if (Character.isLetter(c)) {
        other = true;
      }
    }
    if (cyr && !other) {
      return CYRILLIC;
    }
    if (other) {
      return OTHER_SCRIPT;
    }
    return digit ? DIGITS : NONE;
  }

  private static boolean isAcronymOrNumber(String word, int dash) {
    if (dash < 1) {
      return false;
    }
    boolean allDigits = true;
    boolean allUpper = true;
    for (int i = 0; i < dash; i++) {
      char c = word.charAt(i);
      if (!Character.isDigit(c) && !(c == '%' && i == dash - 1 && i > 0)) {
        allDigits = false;
      }
      if (Character.isLetter(c) && !Character.isUpperCase(c)) {
        allUpper = false;
      }
    }
    return allDigits || allUpper && dash >= 2;
  }

  /** {@code БҰҰ-ның}, {@code ЕАЭО-ға}, {@code 55-ші}: the suffix follows the spoken form, so any harmony. */
  private void hyphenated(String word, String lower, int dash, List<Cand> cands) {
    String base = word.substring(0, word.charAt(dash - 1) == '%' && dash > 1 ? dash - 1 : dash);
    boolean number = Character.isDigit(base.charAt(0));
    String suffix = lower.substring(dash + 1);
    if (number && suffix.matches("(ы|і)?н?(шы|ші)")) {
      cands.add(new Cand(base, "NUM", "NumType=Ord", -30));
      return;
    }
    // an unparsable suffix still leaves the acronym or number as the lemma
    cands.add(new Cand(base, number ? "NUM" : "PROPN", "", 50));
  }

  /**
   * Strips morphemes right to left from {@code left}; at every point the rest may be the stem.
   *
   * @param right the morpheme just stripped (null at the word end)
   */
  private void search(String word, String lower, String left, int depth, Morpheme right, Chain chain, double cost,
      double kcost, List<Cand> out) {
    stems(word, lower, left, chain, cost, kcost, out);
    if (depth >= MAX_DEPTH) {
      return;
    }
    int len = left.length();
    if (len < 2) {
      return;
    }
    SuffixRules.Entry[] entries = rules.entries(right, left.charAt(len - 1));
    for (SuffixRules.Entry en : entries) {
      Morpheme m = en.m();
      String s = en.surface();
      int end = len - s.length();
      if (end < 1 || !left.endsWith(s)) {
        // ы/і + й is written и: оқы-й-ды -> оқиды
        if (s.charAt(0) == 'й' && end >= 1 && left.charAt(end) == 'и' && left.regionMatches(end + 1, s, 1, s.length() - 1)) {
          String stem = left.substring(0, end).concat(ph.harmony(left, end) == 2 ? "і" : "ы");
          search(word, lower, stem, depth + 1, m, new Chain(m, s, chain), cost + m.cost(), kcost + m.knownCost(), out);
        }
        continue;
      }
      int ctx;
      if (left.charAt(end - 1) == '-') {
        ctx = Phonology.ALL; // acronym: the suffix follows its spoken last sound, unknown here
      } else {
        ctx = ph.context(left, end);
      }
      double penalty = 0;
      if ((ctx & en.contexts()) == 0) {
        // names borrowed from other languages do not always follow the harmony of their spelling
        // (Нью-Йорк-те, Мирзиёев-ке): allowed for capitalised words, at a price
        if (!Character.isUpperCase(word.charAt(0)) || (Phonology.anyHarmony(ctx) & en.contexts()) == 0) {
          continue;
        }
        penalty = LOAN_HARMONY;
      }
      search(word, lower, left.substring(0, end), depth + 1, m, new Chain(m, s, chain), cost + m.cost() + penalty,
          kcost + m.knownCost() + penalty, out);
    }
  }

  /** Scores {@code left} as the stem of {@code chain}, with the stem alternations of Kazakh. */
  private void stems(String word, String lower, String left, Chain chain, double cost, double kcost, List<Cand> out) {
    if (left.endsWith("-")) {
      // БҰҰ-ның: the part before the hyphen is the stem of an acronym or number
      if (chain != null && isAcronymOrNumber(word, left.length() - 1)) {
        boolean number = Character.isDigit(word.charAt(0));
        int e = left.length() - 1;
        out.add(cand(word.substring(0, e > 1 && word.charAt(e - 1) == '%' ? e - 1 : e), number ? "NUM" : "PROPN", chain,
            cost - 20, false));
      }
      return;
    }
    stem(word, lower, left, chain, cost, kcost, false, out);
    if (chain == null) {
      return;
    }
    int n = left.length();
    char last = left.charAt(n - 1);
    boolean vowelSuffix = ph.isPureVowel(chain.surface().charAt(0));
    // a stem-final stop is voiced before a vowel (топ -> тобы, кітап -> кітабы, министрлік ->
    // министрлігі) and before the -у of the verbal noun (шық-у -> шығу, тап-у -> табу)
    boolean gerund = chain.surface().charAt(0) == 'у' && chain.m().afterVerbStem() && !chain.m().afterNominalStem();
    if (vowelSuffix || gerund) {
      char alt = unvoiced(last);
      if (alt != 0) {
        stem(word, lower, replaceLast(left, alt), chain, cost - 0.5, kcost - 0.5, false, out);
      }
    }
    if (vowelSuffix) {
      // тап-ып -> тауып, кеп -> кеуіп: п becomes у before a vowel in some verbs (known stems only)
      if (last == 'у' && n >= 3 && chain.m().afterVerbStem()) {
        stem(word, lower, replaceLast(left, 'п'), chain, cost, kcost, true, out);
      }
      // модель -> моделі: the soft sign goes before a vowel (known stems only)
      stem(word, lower, left.concat("ь"), chain, cost, kcost, true, out);
      // ауыз -> аузы, орын -> орны: only for known stems
      if (n >= 3 && !ph.isPureVowel(last) && !ph.isPureVowel(left.charAt(n - 2))) {
        char v = ph.harmony(left, n) == 2 ? 'і' : 'ы';
        stem(word, lower, new StringBuilder(n + 1).append(left, 0, n - 1).append(v).append(last).toString(), chain, cost,
            kcost, true, out);
      }
    }
    if (chain.m().afterVerbStem() && !ph.isPureVowel(last) && chain.surface().charAt(0) == 'у') {
      // оқы-у -> оқу
      char v = ph.harmony(left, n) == 2 ? 'і' : 'ы';
      stem(word, lower, left.concat(String.valueOf(v)), chain, cost, kcost, true, out);
    }
  }

  private void stem(String word, String lower, String stem, Chain chain, double cost, double kcost, boolean knownOnly,
      List<Cand> out) {
    boolean nominalOk = chain == null || chain.m().afterNominalStem();
    boolean verbOk = chain == null || chain.m().afterVerbStem();
    boolean verbalChain = false;
    for (Chain c = chain; c != null; c = c.next()) {
      if (c.m().verbal()) {
        verbalChain = true;
      }
    }
    int bits = lexicon.get(stem);
    int sl = stem.length();
    if ((bits & Lexicon.VERB) == 0 && verbOk && !nominalOk && chain != null && sl >= 3 && (stem.charAt(sl - 1) == 'ы' || stem.charAt(sl - 1) == 'і')
        && (lexicon.get(stem.substring(0, sl - 1)) & Lexicon.VERB) != 0) {
      // the -у infinitive hides a stem-final ы/і (оқу is оқы-у): оқиды, оқыған -> оқы
      bits |= Lexicon.VERB;
      kcost += HIDDEN_VOWEL;
    }
    int usable = (nominalOk ? Lexicon.NOMINAL : 0) | (verbOk ? Lexicon.VERB : 0);
    // a known stem with fewer suffixes is likelier: a dictionary word is rarely its own inflection
    // (табысты is "successful" before it is табыс-ты)
    int morphemes = 0;
    for (Chain c = chain; c != null; c = c.next()) {
      morphemes++;
    }
    double knownCost = kcost - cost + KNOWN + PER_MORPHEME * morphemes;
    boolean capital = Character.isUpperCase(word.charAt(0));
    // derivational suffixes the lemma keeps (Ұлт-тық, қажет-ті): stem + them is the lemma
    String lemmaLower = stem;
    String derivedPos = null;
    for (Chain c = chain; c != null && (c.m().out() == 'A' || c.m().out() == 'D'); c = c.next()) {
      lemmaLower = lemmaLower.concat(c.surface());
      derivedPos = c.m().out() == 'A' ? "ADJ" : "NOUN";
    }
    String lemma = recase(word, lower, lemmaLower);
    if ((bits & usable) != 0) {
      int b = bits & usable;
      if ((b & Lexicon.VERB) != 0 && (chain != null && verbOk && !nominalOk || chain == null && b == Lexicon.VERB)) {
        // a bare verb stem is an imperative: rare in news text
        // a capitalised word that is also a name is the name (Төлеген is not төле-ген) unless at
        // sentence start, which a single word cannot tell: a small price only
        out.add(cand(lemma, "VERB", chain, cost + knownCost + (chain == null ? 1.5 : 0) + shortStem(stem)
            + (capital ? CAPITAL_VERB : 0), true));
      }
      if ((b & Lexicon.NOMINAL) != 0 && nominalOk) {
        String upos = derivedPos != null ? derivedPos
            : (b & Lexicon.PROPN) != 0 && (capital || (b & ~Lexicon.PROPN) == 0) ? "PROPN"
            : (b & Lexicon.NOUN) != 0 ? "NOUN" : (b & Lexicon.ADJ) != 0 ? "ADJ" : "NOUN";
        // a capitalised word is a name before it is a common word (Қазақстан-ды, not қазақстанды)
        double notName = capital && (b & Lexicon.PROPN) == 0 ? 0.3 : 0;
        out.add(cand(lemma, upos, chain, cost + knownCost + notName + (verbalChain ? 0.5 : 0) + shortStem(stem),
            verbalChain));
      }
      if (chain == null && b == Lexicon.VERB) {
        return;
      }
      if (chain != null) {
        return;
      }
    }
    if (knownOnly) {
      return;
    }
    double g = guessCost(stem, capital);
    if (g == Double.POSITIVE_INFINITY) {
      return;
    }
    if (nominalOk) {
      out.add(cand(lemma, derivedPos != null ? derivedPos : capital ? "PROPN" : "NOUN", chain,
          cost + g + (verbalChain ? 1 : 0), verbalChain));
    }
    if (verbOk && chain != null && !nominalOk) {
      double v = capital ? 3 : 1;
      if ((bits & Lexicon.NOMINAL) != 0 || lexicon.verbLikeEnding(stem)) {
        // hunspell-kk lists many bare verb stems (imperatives) as nouns, and -дыр, -ай, -ін ... build
        // verbs: such a stem under verbal suffixes is a verb before it is an unknown noun
        v -= VERB_LIKE;
      }
      out.add(cand(lemma, "VERB", chain, cost + g + v, true));
    }
  }

  /** Two-letter stems are known but rarely the right split (ба-сы-нда is бас-ы-нда). */
  private static double shortStem(String stem) {
    return stem.length() <= 2 ? 0.5 : 0;
  }

  /** How implausible an unknown stem is; infinite if it cannot be a stem at all. */
  private double guessCost(String stem, boolean capital) {
    int n = stem.length();
    boolean vowel = false;
    for (int i = 0; i < n; i++) {
      if (ph.isVowel(stem.charAt(i))) {
        vowel = true;
        break;
      }
    }
    if (!vowel || n < 2) {
      return Double.POSITIVE_INFINITY;
    }
    double g = capital ? 3 : 4;
    if (n == 2) {
      g += 4;
    } else if (n == 3) {
      g += 1.5;
    }
    char last = stem.charAt(n - 1);
    if (n >= 3 && last == stem.charAt(n - 2) && !ph.isPureVowel(last)) {
      g += 2; // Қазақстанн-ың is not a stem
    }
    if (last == '-') {
      return Double.POSITIVE_INFINITY;
    }
    if (last == 'б' || last == 'г' || last == 'ғ' || last == 'д') {
      g += capital ? 0.5 : 1.5; // native words do not end in a voiced stop (тобы is топ)
    }
    return g;
  }

  private static Cand cand(String lemma, String upos, Chain chain, double cost, boolean verbal) {
    return new Cand(lemma, upos, null, chain, verbal, cost);
  }

  private static Analysis analysis(Cand c) {
    String upos = c.upos();
    Chain chain = c.chain();
    boolean verbal = c.verbal();
    TreeMap<String, String> f = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    char out = 'N';
    for (Chain x = chain; x != null; x = x.next()) {
      String[] names = x.m().featNames();
      for (int i = 0; i < names.length; i++) {
        f.put(names[i], x.m().featValues()[i]);
      }
      out = x.m().out() == 'A' || x.m().out() == 'D' ? 'N' : x.m().out();
    }
    String u = verbal ? "VERB" : upos;
    // nouns, verbal nouns and participles without a case ending are nominative
    if (!f.containsKey("Case") && (out == 'N' && (u.equals("NOUN") || u.equals("PROPN") || f.containsKey("VerbForm"))
        || out == 'P')) {
      f.put("Case", "Nom");
    }
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, String> e : f.entrySet()) {
      if (sb.length() > 0) {
        sb.append('|');
      }
      sb.append(e.getKey()).append('=').append(e.getValue());
    }
    return new Analysis(c.lemma(), u, sb.toString());
  }

  private static String replaceLast(String s, char c) {
    char[] a = s.toCharArray();
    a[a.length - 1] = c;
    return new String(a);
  }

  /** The lemma in the letter case of the input: its common prefix keeps the input's letters. */
  /** The voiceless stop a voiced stem-final stop alternates with (б->п, г->к, ғ->қ), or 0. */
  private static char unvoiced(char c) {
    return switch (c) {
      case 'б' -> 'п';
      case 'г' -> 'к';
      case 'ғ' -> 'қ';
      default -> 0;
    };
  }

  static String lowerSameLength(String word) {
    char[] c = word.toCharArray();
    for (int i = 0; i < c.length; i++) {
      c[i] = Character.toLowerCase(c[i]);
    }
    return new String(c);
  }

  static String recase(String word, String lower, String lemmaLower) {
    int k = 0;
    int n = Math.min(lower.length(), lemmaLower.length());
    while (k < n && lower.charAt(k) == lemmaLower.charAt(k)) {
      k++;
    }
    return word.substring(0, k).concat(lemmaLower.substring(k));
  }
}
