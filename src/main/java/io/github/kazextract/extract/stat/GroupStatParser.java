package io.github.kazextract.extract.stat;

import io.github.kazextract.extract.EntityKind;
import io.github.kazextract.extract.EntityMention;
import io.github.kazextract.extract.EntityResult;
import io.github.kazextract.extract.date.NumberExpression;
import io.github.kazextract.extract.date.NumberParser;
import io.github.kazextract.model.BreakdownItem;
import io.github.kazextract.model.CountryGroupStat;
import io.github.kazextract.morph.KazakhMorphology;
import io.github.kazextract.pipeline.AnalyzedText;
import io.github.kazextract.token.Token;
import io.github.kazextract.token.TokenType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads statistics about groups of countries, one per sentence: {@code <group>-ға <N> мемлекет
 * мүше/кіреді} (or {@code <group>-ға мүше мемлекеттердің саны N}) followed by a breakdown of
 * regional counts ({@code Африканың 16}) and named countries (each counting 1). A list after a dash
 * or {@code оның ішінде} following a regional count nests under it while it still fits that count;
 * a list right after the total is the top level. One left-to-right pass per sentence.
 */
public final class GroupStatParser {

  private final StatGrammar grammar;
  private final NumberParser numbers;
  private final NominativeForm nominative = new NominativeForm(KazakhMorphology.getDefault());

  public GroupStatParser(StatGrammar grammar, NumberParser numbers) {
    this.grammar = grammar;
    this.numbers = numbers;
  }

  public GroupStatParser() {
    this(StatGrammar.getDefault(), NumberParser.getDefault());
  }

  public List<CountryGroupStat> extract(AnalyzedText doc, EntityResult entities) {
    List<CountryGroupStat> out = null;
    Map<Integer, EntityMention> placeAt = null;
    Map<Integer, EntityMention> orgEndingAt = null;
    List<EntityMention> orgs = null;
    List<AnalyzedText.TokenRange> sents = sentences(doc);
    for (int si = 0; si < sents.size(); si++) {
      AnalyzedText.TokenRange s = sents.get(si);
      // most sentences say nothing of membership: skip them before any per-word work
      boolean member = false;
      for (int i = s.first(); i < s.end() && !member; i++) {
        member = doc.token(i).isWordLike() && grammar.startsPhrase("MEMBERSHIP", doc.token(i).norm());
      }
      if (!member) {
        continue;
      }
      if (placeAt == null) {
        placeAt = new HashMap<>();
        orgEndingAt = new HashMap<>();
        orgs = new ArrayList<>();
        for (EntityMention m : entities.mentions()) {
          if (m.byRole()) {
            continue;
          }
          if (m.kind() == EntityKind.PLACE) {
            placeAt.putIfAbsent(m.tokenStart(), m);
          } else if (m.kind() == EntityKind.ORGANIZATION) {
            orgEndingAt.putIfAbsent(m.tokenEnd(), m);
            orgs.add(m);
          }
        }
      }
      List<String> lower = new ArrayList<>(s.size());
      for (int i = s.first(); i < s.end(); i++) {
        lower.add(doc.token(i).norm().toLowerCase(Locale.ROOT));
      }
      CountryGroupStat st = parseSentence(doc, s.first(), s.end(), placeAt, orgEndingAt, lower);
      if (st != null && st.breakdown().isEmpty() && si + 1 < sents.size()) {
        st = continuedBreakdown(doc, st, sents.get(si + 1), placeAt);
      }
      if (st != null) {
        st = resolveAnaphor(doc, st, s.first(), orgs);
        out = out == null ? new ArrayList<>() : out;
        out.add(st);
      }
    }
    return out == null ? List.of() : List.copyOf(out);
  }

  /**
   * "Одаққа бес мемлекет мүше. Олардың үшеуі Орталық Азияда ...": a sentence opening with "олардың"
   * ("of them") right after a total with no parts lists the parts.
   */
  private CountryGroupStat continuedBreakdown(AnalyzedText doc, CountryGroupStat st, AnalyzedText.TokenRange next,
      Map<Integer, EntityMention> placeAt) {
    if (next.size() < 3 || !doc.token(next.first()).isWordLike()) {
      return st;
    }
    List<String> lower = new ArrayList<>(next.size());
    for (int i = next.first(); i < next.end(); i++) {
      lower.add(doc.token(i).norm().toLowerCase(Locale.ROOT));
    }
    if (grammar.match("PARTS_OF", lower, 0) == 0) {
      return st;
    }
    List<Node> top = breakdown(doc, next.first(), next.end(), lower, next.first(), placeAt);
    if (top.isEmpty()) {
      return st;
    }
    List<BreakdownItem> items = new ArrayList<>();
    boolean consistent = sum(top) == st.total();
    for (Node nd : top) {
      items.add(nd.toItem());
      consistent &= nd.fits();
    }
    return new CountryGroupStat(st.group(), st.total(), st.unit(), items, consistent);
  }

  /**
   * A group named only by a generic noun (Ұйымға 57 мемлекет мүше) is the organisation named last
   * before the sentence whose name ends in that noun (Ислам ынтымақтастығы ұйымы); kept when none is.
   */
  private CountryGroupStat resolveAnaphor(AnalyzedText doc, CountryGroupStat st, int sentenceStart, List<EntityMention> orgs) {
    String g = st.group().toLowerCase(Locale.ROOT);
    if (g.contains(" ") || grammar.match("ANAPHOR", List.of(g), 0) == 0) {
      return st;
    }
    // a final voiceless stop voices before a vowel suffix (одақ → одағы)
    String stem = g.endsWith("қ") || g.endsWith("к") ? g.substring(0, g.length() - 1) : g;
    EntityMention best = null;
    for (EntityMention m : orgs) {
      if (m.tokenEnd() > sentenceStart || (best != null && best.tokenEnd() >= m.tokenEnd())) {
        continue;
      }
      // the full name as written (the canonical name may be an abbreviation such as ИЫҰ)
      String surface = doc.text().substring(m.start(), m.end()).toLowerCase(Locale.ROOT);
      int sp = surface.lastIndexOf(' ');
      if (sp > 0 && surface.substring(sp + 1).startsWith(stem)) {
        best = m;
      }
    }
    if (best == null) {
      return st;
    }
    String surface = doc.text().substring(best.start(), best.end()).replaceAll("\\s+", " ");
    int sp = surface.lastIndexOf(' ');
    String head = surface.substring(sp + 1);
    String nom = nominative.of(head);
    String name = surface.substring(0, sp + 1) + (nom != null ? nom : head);
    return new CountryGroupStat(name, st.total(), st.unit(), st.breakdown(), st.consistent());
  }

  /** Longest token window the sentence rules look at. */
  public static final int MAX_SENTENCE = 250;

  /**
   * Sentences, also cut at paragraph breaks so a heading never runs into the body, and into
   * windows of at most {@link #MAX_SENTENCE} tokens.
   */
  public static List<AnalyzedText.TokenRange> sentences(AnalyzedText doc) {
    List<AnalyzedText.TokenRange> out = new ArrayList<>();
    List<AnalyzedText.TokenRange> paras = doc.paragraphs();
    int pi = 0;
    for (AnalyzedText.TokenRange s : doc.sentences()) {
      int a = s.first();
      while (pi < paras.size() && paras.get(pi).end() <= a) {
        pi++;
      }
      int k = pi;
      while (a < s.end()) {
        int cut = s.end();
        while (k < paras.size() && paras.get(k).end() <= a) {
          k++;
        }
        if (k < paras.size() && paras.get(k).end() < cut) {
          cut = paras.get(k).end();
        }
        // an overlong "sentence" (no punctuation) is read in windows so every rule stays linear
        cut = Math.min(cut, a + MAX_SENTENCE);
        out.add(new AnalyzedText.TokenRange(a, cut));
        a = cut;
      }
    }
    return out;
  }

  private CountryGroupStat parseSentence(AnalyzedText doc, int s, int e, Map<Integer, EntityMention> placeAt,
      Map<Integer, EntityMention> orgEndingAt, List<String> w) {
    boolean member = false;
    for (int i = 0; i < w.size() && !member; i++) {
      member = grammar.match("MEMBERSHIP", w, i) > 0;
    }
    if (!member) {
      return null;
    }
    // the total: "N <unit>" or "<unit> саны N"
    for (int i = s; i < e; i++) {
      NumberExpression n = numbers.parseAt(doc, i, e);
      String unit;
      int groupEnd;
      int listStart;
      int unitAt = -1; // the counted noun right after the total, when the total comes first
      boolean memberWord = false; // "57 мүше мемлекеті": "member" between the total and the noun
      int u = n == null ? -1 : n.tokenEnd();
      if (u >= 0 && u + 1 < e && grammar.match("MEMBERSHIP", w, u - s) == 1 && grammar.unit(w.get(u + 1 - s)) != null) {
        u++;
        memberWord = true;
      }
      int countAt = i + 2 < e && isDash(w.get(i + 2 - s)) ? i + 3 : i + 2; // "елдер саны – 5"
      if (u >= 0 && u < e && (unit = grammar.unit(w.get(u - s))) != null) {
        groupEnd = i;
        listStart = u + 1;
        unitAt = u;
      } else if ((unit = grammar.unit(w.get(i - s))) != null && countAt < e && grammar.match("COUNT_WORD", w, i + 1 - s) > 0
          && (n = numbers.parseAt(doc, countAt, e)) != null) {
        groupEnd = i;
        listStart = n.tokenEnd();
      } else {
        continue;
      }
      if (n.value() > 100_000) {
        continue; // not a count of countries
      }
      boolean ablative = unitAt >= 0 && !grammar.strip("ABL", w.get(unitAt - s)).equals(w.get(unitAt - s));
      if (ablative && (unitAt + 1 >= e || grammar.match("CONSIST", w, unitAt + 1 - s) == 0)) {
        continue; // "40 елден келген байқаушы": where the members come from, not the members
      }
      while (groupEnd > s && grammar.match("MEMBERSHIP", w, groupEnd - 1 - s) > 0
          && grammar.match("COMPOSITION", w, groupEnd - 1 - s) == 0) {
        groupEnd--;
      }
      String caseName = ablative ? "NOM" : groupCase(doc, s, groupEnd, w, unitAt, memberWord);
      if (caseName == null) {
        continue; // the words before the total are no group's name
      }
      String group = groupName(doc, s, groupEnd, w, orgEndingAt, caseName);
      if (group == null) {
        return null;
      }
      List<Node> top = breakdown(doc, listStart, e, w, s, placeAt);
      List<BreakdownItem> items = new ArrayList<>();
      boolean consistent = sum(top) == n.value();
      for (Node nd : top) {
        items.add(nd.toItem());
        consistent &= nd.fits();
      }
      return new CountryGroupStat(group, (int) n.value(), unit, items, consistent);
    }
    return null;
  }

  /**
   * The case the group's name is in, read from how the sentence governs it, or null when the words
   * before the total cannot be a group: "GEN" before {@code құрамына} (ҰҚШҰ құрамына), "DAT" for the
   * complement of the membership word (ШЫҰ-ға мүше, елдер тобына кіреді), "NOM" for the subject of a
   * verb whose object is the counted noun (ЕҚЫҰ 57 мемлекетті біріктіреді), "OWNER" for the genitive
   * owner of "N мүше мемлекеті" (Ұйымның 57 мүше мемлекеті бар). A participle clause or an adverb
   * before the total ("көмек алған 19 мемлекеттің жетеуі") is in none of them: it describes the
   * counted countries and names no group.
   */
  private String groupCase(AnalyzedText doc, int s, int end, List<String> w, int unitAt, boolean memberWord) {
    int last = end - 1;
    if (last < s) {
      return null;
    }
    if (grammar.match("COMPOSITION", w, last - s) > 0) {
      return "GEN";
    }
    // the morphology's readings, or a dative ending of endings.tsv for a word it does not know
    if (hasCase(doc, last, "Dat") || !grammar.strip("DAT", doc.token(last).norm()).equals(doc.token(last).norm())) {
      return "DAT";
    }
    if (memberWord && (hasCase(doc, last, "Gen") || !grammar.strip("GEN", doc.token(last).norm()).equals(doc.token(last).norm()))) {
      return "OWNER";
    }
    // the accusative object of a verb of uniting right after it (елді мекенде is no object)
    boolean object = unitAt >= 0 && unitAt + 1 < doc.size() && hasCase(doc, unitAt, "Acc")
        && grammar.match("UNITE", w, unitAt + 1 - s) > 0;
    return object ? "NOM" : null;
  }

  /**
   * A postposition or a locative/ablative adverbial ends the words read back as a group name
   * (Қазіргі уақытта, БҰҰ деректері бойынша); an attributive locative stays (Еуропадағы ... ұйымы).
   */
  private boolean adverbial(String lowerWord) {
    return grammar.strip("ATTR", lowerWord).equals(lowerWord) && nominative.adverbial(lowerWord);
  }

  /** Whether the morphology reads token {@code i} in {@code caseName} (UD value) in any reading. */
  private boolean hasCase(AnalyzedText doc, int i, String caseName) {
    return doc.token(i).isWordLike() && nominative.canBe(doc.token(i).norm(), caseName);
  }

  private String groupName(AnalyzedText doc, int s, int end, List<String> w, Map<Integer, EntityMention> orgEndingAt,
      String caseName) {
    if (end <= s) {
      return null;
    }
    int last = end - 1;
    if (caseName.equals("GEN")) {
      last--; // before құрамына
    } else if (caseName.equals("OWNER")) {
      caseName = "GEN";
    }
    if (last < s || !doc.token(last).isWordLike() || grammar.match("PRONOUN", w, last - s) > 0) {
      return null; // "Оның құрамына ...": a pronoun names no group
    }
    int first = last;
    EntityMention org = orgEndingAt.get(last + 1);
    if (org != null && org.tokenStart() >= s) {
      first = org.tokenStart();
    } else {
      while (first > s && doc.token(first - 1).isWordLike() && grammar.match("STOP", w, first - 1 - s) == 0
          && grammar.match("PRONOUN", w, first - 1 - s) == 0 && !adverbial(w.get(first - 1 - s))) {
        first--;
      }
    }
    Token lt = doc.token(last);
    String lastWord = !lt.suffix().isEmpty() ? lt.base() : caseName.equals("NOM") ? lt.norm() : nominativeOf(caseName, lt.norm());
    String name = doc.text().substring(doc.token(first).start(), lt.start()) + lastWord;
    name = name.replaceAll("\\s+", " ").strip();
    for (List<String> gw : List.of(List.of(lastWord.toLowerCase(Locale.ROOT)))) {
      if (grammar.match("GROUP_WORD", gw, 0) > 0 && name.contains(" ")) {
        name = name.substring(0, name.lastIndexOf(' '));
      }
    }
    return name;
  }

  /** One part of a breakdown while it is being read. */
  private static final class Node {
    final String name;
    final int count;
    final boolean named;
    final List<Node> children = new ArrayList<>();
    boolean nestedByDash;

    Node(String name, int count, boolean named) {
      this.name = name;
      this.count = count;
      this.named = named;
    }

    BreakdownItem toItem() {
      return new BreakdownItem(name, count, children.stream().map(Node::toItem).toList());
    }

    /** A dash list names the parts exactly; an "of which" list may name only some. */
    boolean fits() {
      if (children.isEmpty()) {
        return true;
      }
      int s = sum(children);
      boolean ok = nestedByDash ? s == count : s <= count;
      for (Node c : children) {
        ok &= c.fits();
      }
      return ok;
    }
  }

  private static int sum(List<Node> nodes) {
    int s = 0;
    for (Node n : nodes) {
      s += n.count;
    }
    return s;
  }

  private enum Sep { NONE, COMMA, CONJ }

  private List<Node> breakdown(AnalyzedText doc, int from, int e, List<String> w, int s,
      Map<Integer, EntityMention> placeAt) {
    List<Node> top = new ArrayList<>();
    // the parts nested lists are being read under, outermost first (Азия, then Орталық Азия)
    ArrayDeque<Node> open = new ArrayDeque<>();
    // how many parts were open at each "(" still unclosed
    ArrayDeque<Integer> parens = new ArrayDeque<>();
    Node lastNode = null; // the part read last, at any depth
    Sep sep = Sep.NONE;
    int p = from;
    while (p < e) {
      Token t = doc.token(p);
      String lw = w.get(p - s);
      int k;
      if ((k = grammar.match("INCLUDING", w, p - s)) > 0) {
        if (lastNode != null && lastNode.count > 1 && !lastNode.named) {
          if (open.peekLast() != lastNode) {
            openUnder(open, lastNode);
          }
          lastNode.nestedByDash = false; // "of which" may name only some of the parts
        }
        sep = Sep.NONE;
        p += k;
        continue;
      }
      boolean dash = lw.equals("–") || lw.equals("—") || lw.equals("-") || lw.equals(":");
      if (dash || lw.equals("(")) {
        if (lw.equals("(")) {
          parens.addLast(open.size());
        }
        // "екі елі – Гайана мен Суринам", "бір елі – Албания", "үшеуі – Еуропада (Албания, ...)":
        // a list right after a regional count names its parts
        if (lastNode != null && !lastNode.named && lastNode.count >= 1 && lastNode.children.isEmpty()
            && open.peekLast() != lastNode) {
          openUnder(open, lastNode);
          lastNode.nestedByDash = true;
        }
        sep = lw.equals("(") ? Sep.COMMA : Sep.NONE;
        p++;
        continue;
      }
      if (lw.equals(",") || lw.equals(";")) {
        sep = Sep.COMMA;
        p++;
        continue;
      }
      if (lw.equals(")")) {
        int depth = parens.isEmpty() ? 0 : parens.removeLast();
        while (open.size() > depth) {
          open.removeLast();
        }
        sep = Sep.COMMA;
        p++;
        continue;
      }
      if ((k = grammar.match("CONJ", w, p - s)) > 0) {
        sep = Sep.CONJ;
        p += k;
        continue;
      }
      if ((k = grammar.match("SKIP", w, p - s)) > 0 || grammar.unit(lw) != null) {
        p += Math.max(k, 1);
        continue;
      }
      Node node;
      NumberExpression first = numbers.parseAt(doc, p, e);
      int regionAt = first == null ? -1 : first.tokenEnd() + 1;
      if (first != null && first.tokenEnd() < e && isCapitalised(doc.token(first.tokenEnd())) && first.value() <= 100_000
          && hasCase(doc, capitalisedEnd(doc, first.tokenEnd(), e, placeAt) - 1, "Loc")) {
        regionAt = first.tokenEnd(); // no dash: "үшеуі Орталық Азияда орналасқан – ..."
      }
      if (first != null && regionAt < e && (regionAt == first.tokenEnd() || isDash(w.get(regionAt - 1 - s)))
          && isCapitalised(doc.token(regionAt)) && first.value() <= 100_000) {
        // the count first, then the region in the locative: "27-сі – Африкада", "үшеуі – Еуропада"
        int end = capitalisedEnd(doc, regionAt, e, placeAt);
        EntityMention m = placeAt.get(regionAt);
        String name = m != null && m.tokenEnd() == end ? m.name() : nameStripped(doc, regionAt, end, "LOC");
        node = new Node(name, (int) first.value(), false);
        p = end;
      } else if (!t.isWordLike() || !Character.isUpperCase(t.norm().codePointAt(0))) {
        if (t.isWordLike() || t.type() == TokenType.NUMBER) {
          break; // an ordinary word ends the list
        }
        p++;
        continue;
      } else {
        // a part: "<Region>-ның N [unit]" or a named country
        int q = p;
        while (q < e && doc.token(q).isWordLike() && grammar.match("CONJ", w, q - s) == 0
            && grammar.match("SKIP", w, q - s) == 0 && numbers.parseAt(doc, q, e) == null) {
          q++;
        }
        q = coordinatedRegionEnd(doc, p, q, e, w, s);
        NumberExpression n = q < e && q > p ? numbers.parseAt(doc, q, e) : null;
        if (n != null && n.value() <= 100_000) {
          node = new Node(nameStripped(doc, p, q, "GEN"), (int) n.value(), false);
          p = n.tokenEnd();
        } else {
          EntityMention m = placeAt.get(p);
          int end;
          String name;
          if (m != null && m.tokenEnd() <= e) {
            end = m.tokenEnd();
            name = m.name();
          } else {
            end = capitalisedEnd(doc, p, e, placeAt);
            name = doc.text().substring(t.start(), doc.token(end - 1).end()).replaceAll("\\s+", " ");
            Token lt = doc.token(end - 1);
            if (!lt.suffix().isEmpty()) {
              name = doc.text().substring(t.start(), lt.start()) + lt.base();
            }
          }
          node = new Node(name, 1, true);
          p = end;
        }
      }
      place(node, open, top, sep);
      lastNode = node;
      sep = Sep.NONE;
    }
    return top;
  }

  /** Opens a nested list under {@code node}, closing the lists it does not belong to. */
  private static void openUnder(ArrayDeque<Node> open, Node node) {
    while (!open.isEmpty() && !open.peekLast().children.contains(node)) {
      open.removeLast();
    }
    open.addLast(node);
  }

  /**
   * Puts a part under the innermost open part it fits (its count leaves room, and it is joined to
   * the list: first, a named country, or after a conjunction), else at the top level.
   */
  private static void place(Node node, ArrayDeque<Node> open, List<Node> top, Sep sep) {
    while (!open.isEmpty()) {
      Node parent = open.peekLast();
      boolean fits = sum(parent.children) + node.count <= parent.count;
      boolean joined = sep == Sep.CONJ || node.named || parent.children.isEmpty();
      if (fits && joined) {
        parent.children.add(node);
        return;
      }
      open.removeLast();
      sep = Sep.NONE;
    }
    top.add(node);
  }

  private static boolean isDash(String w) {
    return w.equals("–") || w.equals("—") || w.equals("-");
  }

  private static boolean isCapitalised(Token t) {
    return t.isWordLike() && Character.isUpperCase(t.norm().codePointAt(0));
  }

  /** End of the place mention or the run of capitalised words starting at {@code p}. */
  private static int capitalisedEnd(AnalyzedText doc, int p, int e, Map<Integer, EntityMention> placeAt) {
    EntityMention m = placeAt.get(p);
    if (m != null && m.tokenEnd() <= e) {
      return m.tokenEnd();
    }
    int end = p + 1;
    while (end < e && isCapitalised(doc.token(end))) {
      end++;
    }
    return end;
  }

  /** The words {@code [p, q)} with the {@code caseName} ending of the last one removed. */
  private String nameStripped(AnalyzedText doc, int p, int q, String caseName) {
    Token lt = doc.token(q - 1);
    String lastWord = !lt.suffix().isEmpty() ? lt.base() : nominativeOf(caseName, lt.norm());
    return (doc.text().substring(doc.token(p).start(), lt.start()) + lastWord).replaceAll("\\s+", " ").strip();
  }

  /**
   * The last word of a name in the nominative: the morphology's reading without its case (only the
   * last word of a multi-word name inflects); the {@code caseName} endings of {@code endings.tsv}
   * when the morphology reads no case.
   */
  private String nominativeOf(String caseName, String word) {
    String n = nominative.of(word);
    return n != null ? n : grammar.strip(caseName, word);
  }

  /**
   * "Атлант және Үнді мұхиттарында он": names joined by a conjunction before one plural head and
   * one count are a single region ("Атлант және Үнді мұхиттары"). Given the words {@code [p, q)}
   * that stop at a conjunction, returns the end of the whole coordinated name when it is one, else
   * {@code q}.
   */
  private int coordinatedRegionEnd(AnalyzedText doc, int p, int q, int e, List<String> w, int s) {
    int conj;
    if (q <= p || q >= e || (conj = grammar.match("CONJ", w, q - s)) == 0 || nominative.of(doc.token(q - 1).norm()) != null) {
      return q; // the first name carries a case ending of its own: a separate part
    }
    int r = q + conj;
    if (r >= e || !isCapitalised(doc.token(r))) {
      return q;
    }
    int end = r;
    while (end < e && doc.token(end).isWordLike() && grammar.match("CONJ", w, end - s) == 0
        && grammar.match("SKIP", w, end - s) == 0 && numbers.parseAt(doc, end, e) == null) {
      end++;
    }
    boolean counted = end < e && end > r && numbers.parseAt(doc, end, e) != null;
    return counted && doc.token(end - 1).suffix().isEmpty() && nominative.plural(doc.token(end - 1).norm()) ? end : q;
  }
}
