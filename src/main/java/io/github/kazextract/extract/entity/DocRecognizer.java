package io.github.kazextract.extract.entity;

import io.github.kazextract.extract.EntityKind;
import io.github.kazextract.extract.EntityMention;
import io.github.kazextract.extract.EntityResult;
import io.github.kazextract.extract.entity.EntityModel.OrgRef;
import io.github.kazextract.extract.entity.EntityModel.PlaceRef;
import io.github.kazextract.extract.entity.EntityModel.RoleHead;
import io.github.kazextract.extract.entity.Spans.OrgSpan;
import io.github.kazextract.extract.entity.Spans.PersonSpan;
import io.github.kazextract.extract.entity.Spans.PlaceSpan;
import io.github.kazextract.extract.entity.Spans.RoleSpan;
import io.github.kazextract.model.Mention;
import io.github.kazextract.model.Organization;
import io.github.kazextract.model.Person;
import io.github.kazextract.model.Place;
import io.github.kazextract.model.PlaceKind;
import io.github.kazextract.pipeline.AnalyzedText;
import io.github.kazextract.token.Token;
import io.github.kazextract.token.TokenType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One recognition call: organisations, then well-known persons, places, titles and the remaining
 * person names, then titles attached to persons. Holds per-call state only; create one per
 * document.
 */
final class DocRecognizer {

  private static final int MAX_NAME_MODIFIERS = 7;
  /** How far back a predicate title looks for its subject, in tokens (bounds work on huge sentences). */
  private static final int MAX_SUBJECT_DISTANCE = 60;

  private final EntityModel m;
  private final DocTokens d;
  private final int n;
  private final int[] orgAt;
  private final int[] placeAt;
  private final int[] personAt;
  private final int[] roleAt;
  /** Role span index ending right before token i (apposition), or -1. */
  private final int[] roleEndsAt;
  private final List<OrgSpan> orgSpans = new ArrayList<>();
  private final List<PlaceSpan> placeSpans = new ArrayList<>();
  private final List<PersonSpan> personSpans = new ArrayList<>();
  private final List<RoleSpan> roleSpans = new ArrayList<>();
  /** Names seen right after their parent organisation (ұйымы Сыртқы істер министрлері кеңесі): bodies, not organisations. */
  private final Set<String> subBodyNames = new java.util.HashSet<>();

  DocRecognizer(EntityModel model, AnalyzedText doc) {
    this.m = model;
    this.d = new DocTokens(doc, model.endings, model.wordViews);
    this.n = d.size();
    orgAt = filled();
    placeAt = filled();
    personAt = filled();
    roleAt = filled();
    roleEndsAt = filled();
  }

  private int[] filled() {
    int[] a = new int[n + 1];
    Arrays.fill(a, -1);
    return a;
  }

  EntityResult run() {
    if (n == 0) {
      return EntityResult.EMPTY;
    }
    findOrganizations();
    findKnownPersons();
    findPlaces();
    pluralClassifiedPlaces();
    repeatClassifiedPlaces();
    findRoles();
    findPersons();
    return build();
  }

  // ---------------------------------------------------------------- organisations

  /** Runs of Latin words the document names before an organisation head (ACWA Power компаниясы), lower-cased. */
  private final Set<String> latinNamesBeforeHeads = new java.util.HashSet<>();

  private void findOrganizations() {
    for (int i = 1; i < n; i++) {
      if (latinName(i - 1) && !latinName(i) && formIn(i, m.orgHeads) != null) {
        int[] r = latinRun(i - 1);
        latinNamesBeforeHeads.add(d.joinedLower(r[0], r[1]));
      }
    }
    List<OrgSpan> cands = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      gazetteerOrg(i, cands);
      headOrg(i, cands);
      quotedOrg(i, cands);
      latinLegalOrg(i, cands);
      sourceOrg(i, cands);
      if (d.isAcronym(i) && !m.notOrgs.contains(base(i)) && m.places.get(PhraseIndex.key(d.token(i))).isEmpty()
          && !RomanNumerals.isNumeral(base(i)) && !inLatinName(i)) {
        cands.add(new OrgSpan(i, i + 1, base(i), List.of(), true));
      }
    }
    cands.sort(Comparator.comparingInt((OrgSpan o) -> o.end() - o.start()).reversed().thenComparingInt(OrgSpan::start));
    for (OrgSpan o : cands) {
      if (free(orgAt, o.start(), o.end()) && !awardAfter(o.start(), o.end()) && !m.notOrgs.contains(o.name())
          && !subBodyNames.contains(PhraseIndex.lower(o.name()))) {
        addOrg(o);
      }
    }
    extendOverParticles();
    parentheticalAcronyms();
    repeatOrgNames();
  }

  /**
   * Whether token i lies in a run of Latin words that the document names before an organisation
   * head (ACWA Power компаниясы): then ACWA alone is no acronym and Siemens alone no gazetteer hit.
   */
  private boolean inLatinName(int i) {
    if (!latinName(i) || latinNamesBeforeHeads.isEmpty()) {
      return false;
    }
    int[] r = latinRun(i);
    return r[1] - r[0] > 1 && latinNamesBeforeHeads.contains(d.joinedLower(r[0], r[1]));
  }

  /** The run of adjacent Latin words around token i, {start, end}. */
  private int[] latinRun(int i) {
    int a = i;
    int b = i + 1;
    while (a > d.sentenceStart[i] && i - a < 6 && latinName(a - 1) && d.token(a - 1).suffix().isEmpty()) {
      a--;
    }
    while (b < d.sentenceEnd[i] && b - i < 6 && latinName(b) && d.token(b - 1).suffix().isEmpty()) {
      b++;
    }
    return new int[] {a, b};
  }

  /** A word or acronym in Latin script starting with a capital (ACWA, Power, TotalEnergies). */
  private boolean latinName(int i) {
    Token t = d.token(i);
    if (t.type() != TokenType.WORD && t.type() != TokenType.ACRONYM) {
      return false;
    }
    String w = t.type() == TokenType.ACRONYM ? t.base() : t.norm();
    return !w.isEmpty() && w.charAt(0) >= 'A' && w.charAt(0) <= 'Z';
  }

  private String base(int i) {
    Token t = d.token(i);
    return t.type() == TokenType.ACRONYM ? t.base() : t.norm();
  }

  private void addOrg(OrgSpan o) {
    int idx = orgSpans.size();
    orgSpans.add(o);
    for (int k = o.start(); k < o.end(); k++) {
      orgAt[k] = idx;
    }
  }

  private static boolean free(int[] at, int a, int b) {
    for (int k = a; k < b; k++) {
      if (at[k] >= 0) {
        return false;
      }
    }
    return true;
  }

  private void gazetteerOrg(int i, List<OrgSpan> out) {
    if (m.orgs.isEmpty() || !(d.isCap(i) || d.isAcronym(i) || isLatinCap(i))) {
      return;
    }
    // an acronym in the list (ЕС, РФ) matches only a word written in capitals
    PhraseIndex.Hit<OrgRef> h = m.orgs.longest(d, i, d.sentenceEnd[i], k -> true, (v, len) -> !v.acronym() || d.isAcronym(i));
    if (h == null) {
      return;
    }
    if (inLatinName(h.start()) && latinRun(h.start())[1] - latinRun(h.start())[0] > h.end() - h.start()) {
      return; // Siemens in Siemens Energy (компаниясы): the Latin run is a longer name
    }
    if (h.value().ambiguous() && !(d.quoted[i] && i > 0 && d.openQuote[h.end()] == i - 1)) {
      return; // an organisation name that is also a common word: only as a quoted name
    }
    if (!h.lastForm().equals(d.forms(h.end() - 1).get(0)) && !confirmedStem(h.end() - 1, h.lastForm())) {
      return;
    }
    String written = d.canonical(h.start(), h.end(), h.lastForm());
    List<String> aliases = new ArrayList<>();
    aliases.add(h.value().entry().name());
    aliases.addAll(h.value().entry().aliases());
    out.add(new OrgSpan(h.start(), h.end(), written, aliases, h.end() - h.start() == 1 && d.isAcronym(i)));
  }

  /** A stem of a capitalised word is trusted when the ending removed is a real case ending. */
  private boolean confirmedStem(int k, String stem) {
    return d.forms(k).contains(stem);
  }

  private boolean isLatinCap(int i) {
    Token t = d.token(i);
    if (t.type() != TokenType.WORD) {
      return false;
    }
    char c = t.norm().charAt(0);
    return c >= 'A' && c <= 'Z';
  }

  /** The form of token i that is in {@code set} (lower-cased), or null. */
  private String formIn(int i, Set<String> set) {
    if (set == m.orgHeads) {
      // asked of most tokens several times: the shared word view holds the answer
      WordViews.View v = d.wordView(i);
      return v == null ? null : v.orgHead();
    }
    return formInSet(i, set);
  }

  private String formInSet(int i, Set<String> set) {
    if (!d.isWord(i)) {
      return null;
    }
    List<String> lf = d.lowerForms(i);
    for (int k = 0; k < lf.size(); k++) {
      if (set.contains(lf.get(k))) {
        return d.forms(i).get(k);
      }
    }
    return null;
  }

  private boolean hasCase(int i, String... cases) {
    for (ProperNounEndings.Stem s : d.stems(i)) {
      for (String c : cases) {
        if (c.equals(s.grammaticalCase())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A lower-case word in an oblique case (ұйымына, банктің): ends the modifiers of a name. The
   * ending must be confirmed by the morphology, so қайта ("again") is not қай + -та.
   */
  private boolean obliqueLower(int i, boolean genitiveToo) {
    boolean ending = genitiveToo ? hasCase(i, "DAT", "LOC", "ABL", "INS", "GEN") : hasCase(i, "DAT", "LOC", "ABL", "INS");
    if (!ending || m.orgModifierWords.contains(d.lower(i))) {
      return false;
    }
    List<io.github.kazextract.morph.Analysis> as = d.doc.analyses().get(i);
    if (as.isEmpty()) {
      return true;
    }
    String c = as.get(0).feature("Case");
    return "Dat".equals(c) || "Loc".equals(c) || "Abl".equals(c) || "Ins".equals(c) || genitiveToo && "Gen".equals(c);
  }

  /**
   * Adverbs, pronouns, numerals, particles and finite verbs do not stand inside a name (Тараптар
   * бүгін тағы бір мәрте Мәжілісте); an adverb before a verbal noun does (қайта құру және даму банкі).
   */
  private boolean functionWord(int i) {
    List<io.github.kazextract.morph.Analysis> as = d.doc.analyses().get(i);
    if (as.isEmpty()) {
      return false;
    }
    io.github.kazextract.morph.Analysis a = as.get(0);
    return switch (a.upos()) {
      case "ADV" -> !(i + 1 < n && verbalNoun(i + 1));
      case "PRON", "DET", "NUM", "AUX", "PART", "SCONJ" -> true;
      case "VERB" -> a.feats().contains("VerbForm=Fin");
      default -> false;
    };
  }

  /** A plural or possessed common noun (Тараптар, Қорғаушысы): a sentence start, not a name. */
  private boolean pluralNoun(int i) {
    List<io.github.kazextract.morph.Analysis> as = d.doc.analyses().get(i);
    if (as.isEmpty()) {
      return false;
    }
    io.github.kazextract.morph.Analysis a = as.get(0);
    return "NOUN".equals(a.upos()) && a.feats().contains("Number=Plur")
        || a.feats().contains("Person[psor]") && !a.lemma().equalsIgnoreCase(d.token(i).norm()) && m.places.get(d.lower(i)).isEmpty();
  }

  /** A verbal noun (құтқару, дамытудың): it takes an object before it. */
  private boolean verbalNoun(int i) {
    if (!d.isLowerWord(i)) {
      return false;
    }
    List<io.github.kazextract.morph.Analysis> as = d.doc.analyses().get(i);
    for (int k = 0; k < as.size() && k < 3; k++) {
      if (as.get(k).feats().contains("VerbForm=Ger")) {
        return true;
      }
    }
    return false;
  }

  private boolean stopEnding(int i) {
    String w = d.lower(i);
    for (String e : m.stopEndings) {
      if (w.length() > e.length() + 2 && w.endsWith(e)) {
        return !lexiconNoun(i) && !m.orgModifierWords.contains(w); // өнеркәсіп is a noun, not a converb in -іп
      }
    }
    return false;
  }

  /** The morphology's best reading is a noun in the nominative whose lemma is the word as written. */
  private boolean lexiconNoun(int i) {
    List<io.github.kazextract.morph.Analysis> as = d.doc.analyses().get(i);
    if (as.isEmpty()) {
      return false;
    }
    io.github.kazextract.morph.Analysis a = as.get(0);
    return "NOUN".equals(a.upos()) && "Case=Nom".equals(a.feats()) && a.lemma().equalsIgnoreCase(d.token(i).norm());
  }

  /** A capitalised word that carries a case ending (Кездесуде, Францияның): not a name's first word. */
  private boolean inflectedCap(int i) {
    return d.hasEnding(i, 3) && m.orgs.get(d.lower(i)).isEmpty() && m.places.get(d.lower(i)).isEmpty() && !dictionaryNominative(i);
  }

  /**
   * The morphology's best reading is a common noun in the nominative, as written (Сауда "trade", not
   * Сау + -да). Not trusted against an accusative or genitive reading (Жиынды is жиын + -ды at the
   * start of a sentence far more often than the adjective).
   */
  private boolean dictionaryNominative(int i) {
    return !hasCase(i, "ACC", "GEN") && lexiconNoun(i);
  }

  /** Pronouns, adverbs, conjunctions, verbs: never the first word of a name (Оның айтуынша, Осылайша). */
  private boolean closedClass(int i) {
    List<io.github.kazextract.morph.Analysis> as = d.doc.analyses().get(i);
    if (as.isEmpty()) {
      return false;
    }
    String u = as.get(0).upos();
    if (u.equals("VERB") && as.get(0).feats().isEmpty() && d.isCap(i) && !d.isFirstInSentence(i)) {
      return false; // Су ресурстары: a capitalised bare stem inside a sentence is a noun the lexicon lacks
    }
    return u.equals("PRON") || u.equals("DET") || u.equals("ADV") || u.equals("CCONJ") || u.equals("SCONJ") || u.equals("ADP")
        || u.equals("VERB") || u.equals("AUX") || u.equals("PART");
  }

  private boolean personWord(int i) {
    return m.givenNames.contains(d.lower(i)) || surnameForm(i) != null;
  }

  /** Head-noun rule: Шанхай ынтымақтастық ұйымы, «Самұрық-Қазына» ұлттық әл-ауқат қоры, БҰҰ Бас Ассамблеясы. */
  private void headOrg(int i, List<OrgSpan> out) {
    if (d.quoted[i]) {
      return;
    }
    String head = formIn(i, m.orgHeads);
    if (head == null && d.isCap(i)) {
      head = formIn(i, m.capitalisedOrgHeads);
    }
    boolean longNameOnly = false;
    if (head == null) {
      head = formIn(i, m.longNameOrgHeads);
      longNameOnly = head != null;
    }
    if (head == null || i > 0 && possessiveTitle(i - 1)) {
      return; // вице-министрі қызметін атқарған: a post held, not a body
    }
    int sentStart = d.sentenceStart[i];
    int j = i - 1;
    int mods = 0;
    int start = -1;
    boolean quotedStart = false;
    while (j >= sentStart && mods < MAX_NAME_MODIFIERS) {
      if (d.isLowerWord(j) && m.orgStopWords.contains(d.lower(j))) {
        return; // Қазақстан мен банк: a coordinated phrase, not a name
      }
      if (d.isLowerWord(j) && !stopEnding(j) && !obliqueLower(j, true) && !functionWord(j) && formIn(j, m.orgHeads) == null) {
        j--;
        mods++;
        continue;
      }
      if (isComma(j) && j > sentStart && mods > 0 && d.isLowerWord(j - 1) && d.isLowerWord(j + 1)) {
        j--;
        continue;
      }
      break;
    }
    // Аралды құтқарудың халықаралық қоры: a verbal noun and its object open the name
    boolean objectStart = false;
    // (not at the start of a sentence, where any word has a capital: Баланы оңалту ... комиссия)
    if (j > sentStart && mods > 0 && verbalNoun(j) && hasCase(j, "GEN") && d.isCap(j - 1) && hasCase(j - 1, "ACC", "DAT")
        && !d.isFirstInSentence(j - 1)) {
      j--;
      objectStart = true;
    } else if (j >= sentStart && j + 1 < i && d.isCap(j) && verbalNoun(j + 1) && hasCase(j, "ACC", "DAT") && !d.isFirstInSentence(j)) {
      objectStart = true;
    }
    if (j < sentStart || closedClass(j) && !objectStart) {
      return;
    }
    if (d.openQuote[j] >= 0) {
      start = d.openQuote[j];
      quotedStart = true;
    } else if ((d.isCap(j) || isLatinCap(j) || d.isAcronym(j) && d.token(j).suffix().isEmpty())
        && (!inflectedCap(j) || objectStart) && formIn(j, m.orgHeads) == null && !(personWord(j) && j + 1 < n && d.isCap(j + 1))
        && !(d.isFirstInSentence(j) && m.sentenceOpeners.contains(d.lower(j)))
        && !(j > sentStart && given(j - 1) && adjacent(j - 1, j))
        && !(j > sentStart && initials(j - 1) && adjacent(j - 1, j))) { // Б.Әлімжанова облыстық ... басқармасын: a person
      start = j;
    } else {
      return;
    }
    if (!quotedStart && !objectStart) {
      start = chainLeft(start, sentStart, d.isCap(i));
    }
    if (start >= i || longNameOnly && i - start < 2) {
      return;
    }
    // «Қазақстан темір жолы» басқармасының төрағасы: a part (sub-bodies.txt) of the quoted organisation
    if (longNameOnly && quotedStart && m.subBodies.longest(d, i, i + 1, x -> true) != null) {
      return;
    }
    // Ислам ынтымақтастық ұйымы Сыртқы істер министрлері кеңесі: a body of the organisation named before it
    // (only a body named after its members, a plural such as министрлері or басшылары: Ұжымдық
    // қауіпсіздік туралы шарт ұйымы Ұжымдық қауіпсіздік кеңесі is an organisation of its own)
    // Премьер-министр швед компаниясының басшысы: a post title followed by lower-case words opens no name
    // (Премьер-министр Кеңсесі, with a capitalised head, is a body)
    if (!quotedStart && !m.roleHeads.get(d.lower(start)).isEmpty() && allLower(start + 1, i + 1)) {
      return;
    }
    if (!quotedStart && parentBefore(start) && namedAfterMembers(start, i)) {
      subBodyNames.add(PhraseIndex.lower(d.canonical(start, i + 1, head))); // and so wherever else it is named
      return;
    }
    // Облыс әкімдігінің мәліметінше: a generic body capitalised only because it opens the sentence
    if (!quotedStart && d.isFirstInSentence(start) && m.genericFirstWords.contains(d.lower(start)) && allLower(start + 1, i + 1)) {
      return;
    }
    // Әлеуметтік әл-ауқат басқармасы: a head that needs a long name needs a proper first word too, not
    // one capitalised only by the sentence start (Оман инвестициялық басқармасы is a body)
    if (longNameOnly && !quotedStart && d.isFirstInSentence(start) && allLower(start + 1, i + 1)
        && m.places.longest(d, start, i, k -> true) == null) {
      return;
    }
    // Тараптар, Қорғаушысы ...: a plural or possessed noun capitalised by the sentence start names no body
    if (!quotedStart && d.isFirstInSentence(start) && pluralNoun(start)) {
      return;
    }
    if (!quotedStart && endsInDepartment(start, i)) {
      return;
    }
    String name = d.canonical(start, i + 1, head);
    List<String> aliases = new ArrayList<>();
    if (quotedStart) {
      if (j <= start + 1) {
        return; // « „банк: an empty quoted name names nothing
      }
      aliases.add(d.span(start + 1, j));
    } else if (allLatin(start, i)) {
      // TotalEnergies компаниясы: the Latin name is the name, the Kazakh head only says what it is
      aliases.add(name);
      name = d.span(start, i);
    }
    out.add(new OrgSpan(start, i + 1, name, aliases, false));
  }

  /** ҚМГ баспасөз қызметі: the name ends in a lower-case department phrase (departments.txt). */
  private boolean endsInDepartment(int start, int head) {
    for (int k = Math.max(start, head - 3); k < head; k++) {
      PhraseIndex.Hit<Boolean> h = m.departments.longest(d, k, head + 1, x -> true);
      if (h != null && h.end() == head + 1 && allLower(k, head + 1)) {
        return true;
      }
    }
    return false;
  }

  /** A title head in the possessive (министрі, Елшісі, директоры): a name never has one right before its head noun. */
  private boolean possessiveTitle(int k) {
    if (!d.isWord(k)) {
      return false;
    }
    String w = d.lower(k);
    char last = w.charAt(w.length() - 1);
    return (last == 'ы' || last == 'і') && !m.roleHeads.get(w).isEmpty();
  }

  /**
   * Whether an organisation is named right before token {@code start}: a head noun (ұйымы, ұйымның,
   * кеңестің), maybe followed by its bracketed acronym, or an acronym (ИЫҰ).
   */
  private boolean parentBefore(int start) {
    int p = start - 1;
    if (bracketedAcronym(p)) {
      p -= 3;
    }
    if (p < d.sentenceStart[start]) {
      return false;
    }
    if (d.isAcronym(p) && !RomanNumerals.isNumeral(base(p))) {
      return true;
    }
    if (!d.isLowerWord(p)) {
      return false;
    }
    for (String f : d.lowerForms(p)) {
      if (m.orgHeads.contains(f) || m.orgHeads.contains(f + "ы") || m.orgHeads.contains(f + "і")) {
        return true;
      }
    }
    return false;
  }

  /** Plural possessive endings: a body named after its members (министрлері кеңесі, басшылары кеңесі). */
  private static final String[] MEMBER_PLURALS = {"лары", "лері", "дары", "дері", "тары", "тері"};

  private boolean namedAfterMembers(int a, int b) {
    for (int k = a; k < b; k++) {
      String w = d.lower(k);
      for (String e : MEMBER_PLURALS) {
        if (w.endsWith(e) && w.length() > e.length() + 2) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean allLatin(int a, int b) {
    for (int k = a; k < b; k++) {
      if (!latinName(k)) {
        return false;
      }
    }
    return b > a;
  }

  private boolean allLower(int a, int b) {
    for (int k = a; k < b; k++) {
      if (!d.isLowerWord(k)) {
        return false;
      }
    }
    return true;
  }

  /** Extends a name's start over capitalised nominative words: БҰҰ Бас, Түркия Ұлы Ұлттық, Түркі мемлекеттерінің. */
  private int chainLeft(int start, int sentStart, boolean capHead) {
    int k = start - 1;
    int limit = Math.max(sentStart, start - MAX_NAME_MODIFIERS);
    while (k >= limit) {
      // a run of capitalised Latin words is one name: ACWA Power компаниясы
      if (latinName(start) && latinName(k) && d.token(k).suffix().isEmpty()) {
        start = k--;
        continue;
      }
      if (latinName(start) && !latinName(k)) {
        break; // Пак Ки Док Korea Zinc компаниясы: a Latin name takes no Cyrillic words before it
      }
      // Жапониядағы Қазақстан достары қоғамы: a country's society abroad, named with the host place (-дағы)
      if (k == start - 1 && d.isCap(k) && isCountry(start) && placeAttributive(k)) {
        start = k;
        break;
      }
      // an acronym joins only a capitalised name (БҰҰ Бас Ассамблеясы, not ҰҚШҰ Ұжымдық қауіпсіздік кеңесі)
      boolean cap = (d.isCap(k) || capHead && d.isAcronym(k) && d.token(k).suffix().isEmpty()) && !inflectedCap(k) && !personWord(k)
          && formIn(k, m.orgHeads) == null;
      if (cap && d.isFirstInSentence(k) && d.isCap(k) && m.places.get(d.lower(k)).isEmpty() && m.orgs.get(d.lower(k)).isEmpty()) {
        cap = false; // a sentence-initial capital says nothing
      }
      if (cap) {
        start = k--;
        continue;
      }
      // Түркі мемлекеттерінің Парламенттік Ассамблеясы: a genitive word right after a capitalised one
      if (d.isLowerWord(k) && k - 1 >= sentStart && d.isCap(k - 1) && !inflectedCap(k - 1) && hasCase(k, "GEN")
          && d.isCap(start) && !d.isFirstInSentence(k - 1)) {
        start = k - 1;
        k -= 2;
        continue;
      }
      // Қазақстан – Қырғызстан Жоғары мемлекетаралық кеңесі
      if (isDash(k) && k - 1 >= sentStart && d.isCap(k - 1) && d.isCap(k + 1) && !m.places.get(d.lower(k - 1)).isEmpty()
          && !m.places.get(d.lower(k + 1)).isEmpty()) {
        start = k - 1;
        k -= 2;
        continue;
      }
      break;
    }
    return start;
  }

  private boolean isCountry(int k) {
    for (PlaceRef r : m.places.get(d.lower(k))) {
      if (r.entry().kind() == PlaceKind.COUNTRY) {
        return true;
      }
    }
    return false;
  }

  /** A place name in the locative attributive (Жапониядағы, Германиядағы): "that is in X". */
  private boolean placeAttributive(int k) {
    String w = d.lower(k);
    if (!(w.endsWith("ғы") || w.endsWith("гі"))) {
      return false;
    }
    for (ProperNounEndings.Stem st : d.stems(k)) {
      if ("LOC".equals(st.grammaticalCase()) && !m.places.get(PhraseIndex.lower(st.stem())).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private boolean isComma(int i) {
    return i >= 0 && i < n && ",".equals(d.token(i).norm());
  }

  private boolean isDash(int i) {
    if (i < 0 || i >= n || d.token(i).type() != TokenType.PUNCTUATION) {
      return false;
    }
    String t = d.token(i).text();
    return t.length() == 1 && "-–—‒―−".indexOf(t.charAt(0)) >= 0;
  }

  /** «Қазақстан темір жолы» ҰК АҚ; «Қайраттың» бас бапкері → Қайрат. */
  private void quotedOrg(int i, List<OrgSpan> out) {
    int close = d.closeQuote[i];
    if (close < 0 || close - i < 2 || close - i > 6 || !(d.isCap(i + 1) || isLatinCap(i + 1) || d.isAcronym(i + 1))) {
      return;
    }
    int k = close + 1;
    while (k < n && d.token(k).type() != TokenType.QUOTE && m.legalForms.contains(base(k))) {
      k++;
    }
    String core = d.canonical(i + 1, close, nominal(close - 1));
    if (k > close + 1) {
      String name = d.canonical(i, k, base(k - 1));
      out.add(new OrgSpan(i, k, name, List.of(core), false));
      return;
    }
    if (close + 1 < n && (followsAsBody(close + 1))) {
      out.add(new OrgSpan(i, close + 1, core, List.of(), false));
    }
  }

  /** Kaspi Bank АҚ, Tengizchevroil ЖШС: an unquoted Latin name with a legal form after it. */
  private void latinLegalOrg(int i, List<OrgSpan> out) {
    if (!latinName(i) || i > 0 && latinName(i - 1) && d.token(i - 1).suffix().isEmpty() || d.quoted[i]) {
      return;
    }
    int[] r = latinRun(i);
    int k = r[1];
    while (k < n && k - r[1] < 3 && m.legalForms.contains(base(k))) {
      k++;
    }
    if (k > r[1] && r[0] == i) {
      out.add(new OrgSpan(i, k, d.canonical(i, k, base(k - 1)), List.of(d.span(i, r[1])), false));
    }
  }

  /** Whether the quoted span [a, b) is followed by an award word: «Барыс» орденімен names an order. */
  private boolean awardAfter(int a, int b) {
    int k;
    if (b < n && d.openQuote[b] >= 0 && d.quoted[a]) {
      k = b + 1; // the span is the text inside the quotes
    } else if (b - 1 > a && d.openQuote[b - 1] >= 0) {
      k = b; // the span includes the quotes
    } else {
      return false;
    }
    if (k >= n || !d.isWord(k)) {
      return false;
    }
    String w = d.lower(k);
    for (String p : m.awardWords) {
      if (w.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  /** A sub-body or title right after a quoted name makes the name an organisation. */
  private boolean followsAsBody(int k) {
    if (m.subBodies.longest(d, k, d.sentenceEnd[k], x -> true) != null) {
      return true;
    }
    PhraseIndex.Hit<Boolean> tw = m.titleWords.longest(d, k, d.sentenceEnd[k], x -> true);
    int h = tw != null ? tw.end() : k;
    return h < n && m.roleHeads.longest(d, h, d.sentenceEnd[h], x -> true) != null;
  }

  /** деп хабарлайды Ақорда / Kazinform. */
  private void sourceOrg(int i, List<OrgSpan> out) {
    PhraseIndex.Hit<Boolean> t = m.sourceTriggers.longest(d, i, d.sentenceEnd[i], k -> true);
    if (t == null) {
      return;
    }
    int s = t.end();
    if (s >= n || !(d.isCap(s) || isLatinCap(s) || d.isAcronym(s))) {
      return;
    }
    int e = s + 1;
    while (e < n && e - s < 3 && (d.isCap(e) || isLatinCap(e)) && d.forms(e - 1).size() == 1) {
      e++;
    }
    out.add(new OrgSpan(s, e, d.canonical(s, e, nominal(e - 1)), List.of(), false));
  }

  /**
   * Оман Мәжіліс әш-Шурасы: a name runs on over a hyphenated particle word right after it, as person
   * names do (name-particles.txt); the longer name is another body, so the shorter one's aliases go.
   */
  private void extendOverParticles() {
    for (int idx = 0; idx < orgSpans.size(); idx++) {
      OrgSpan o = orgSpans.get(idx);
      int e = o.end();
      if (o.acronym() || e >= n || d.quoted[e] || orgAt[e] >= 0 || !d.isWord(e) || !adjacent(e - 1, e) || !prefixParticle(e)
          || d.sentence[e] != d.sentence[o.start()]) {
        continue;
      }
      OrgSpan longer = new OrgSpan(o.start(), e + 1, d.canonical(o.start(), e + 1, nominal(e)), List.of(), false);
      orgSpans.set(idx, longer);
      orgAt[e] = idx;
    }
  }

  /** Full Name (ACR): the acronym in brackets joins the organisation before it. */
  private void parentheticalAcronyms() {
    for (int idx = 0; idx < orgSpans.size(); idx++) {
      OrgSpan o = orgSpans.get(idx);
      int p = o.end();
      if (p + 2 < n && "(".equals(d.token(p).norm()) && ")".equals(d.token(p + 2).norm()) && uppers(d.text(p + 1)) >= 2) {
        List<String> al = new ArrayList<>(o.aliases());
        al.add(base(p + 1));
        OrgSpan merged = new OrgSpan(o.start(), o.end(), o.name(), al, o.acronym());
        orgSpans.set(idx, merged);
        if (orgAt[p + 1] < 0) {
          orgAt[p + 1] = orgSpans.size();
          orgSpans.add(new OrgSpan(p + 1, p + 2, base(p + 1), List.of(o.name()), true));
        }
      }
    }
  }

  private static int uppers(String s) {
    int c = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isUpperCase(s.charAt(i))) {
        c++;
      }
    }
    return c;
  }

  /** Every other occurrence of a name or alias already found (the headline's «Самұрық-Қазына»). */
  private void repeatOrgNames() {
    if (orgSpans.isEmpty()) {
      return;
    }
    PhraseIndex.Builder<Integer> b = PhraseIndex.builder(m.tokenizer);
    Set<String> added = new java.util.HashSet<>(); // each distinct name once: documents repeat names
    for (int idx = 0; idx < orgSpans.size(); idx++) {
      OrgSpan o = orgSpans.get(idx);
      if (!o.acronym() && added.add(o.name())) {
        b.add(o.name(), idx);
      }
      for (String a : o.aliases()) {
        if (!a.isEmpty() && Character.isUpperCase(a.codePointAt(0)) && added.add(a)) {
          b.add(a, idx);
        }
      }
    }
    PhraseIndex<Integer> idx = b.build();
    for (int i = 0; i < n; i++) {
      if (orgAt[i] >= 0 || !(d.isCap(i) || isLatinCap(i) || d.isAcronym(i))) {
        continue;
      }
      PhraseIndex.Hit<Integer> h = idx.longest(d, i, d.sentenceEnd[i], k -> orgAt[k] < 0);
      if (h == null || h.end() - h.start() == 1 && d.isFirstInSentence(i) && !d.quoted[i] && !d.isAcronym(i)) {
        continue;
      }
      if (!d.quoted[i] && m.places.longest(d, i, h.end(), k -> true) != null
          && m.places.longest(d, i, h.end(), k -> true).end() == h.end()) {
        continue; // «Орталық Азия» as a quoted company name does not make every Орталық Азия a company
      }
      if (awardAfter(h.start(), h.end())) {
        continue;
      }
      OrgSpan src = orgSpans.get(h.value());
      String written = d.canonical(h.start(), h.end(), h.lastForm());
      List<String> al = new ArrayList<>(src.aliases());
      al.add(src.name());
      addOrg(new OrgSpan(h.start(), h.end(), written, al, h.end() - h.start() == 1 && d.isAcronym(i)));
      i = h.end() - 1;
    }
  }

  // ---------------------------------------------------------------- places

  private void findPlaces() {
    for (int i = 0; i < n; i++) {
      if (orgAt[i] >= 0 || personAt[i] >= 0 || d.quoted[i] || !(d.isCap(i) || d.isAcronym(i))) {
        continue;
      }
      final int at = i;
      PhraseIndex.Hit<PlaceRef> h = m.places.isEmpty() ? null
          : m.places.longest(d, i, d.sentenceEnd[i], k -> orgAt[k] < 0 && personAt[k] < 0 && !d.quoted[k],
              (v, len) -> !v.acronym() || d.isAcronym(at));
      PlaceSpan p = null;
      if (h != null && acceptPlace(h)) {
        p = placeFromHit(h);
      }
      // a capitalised word and a classifier: Теңіз кен орны, Шымкент қаласы
      int after = p != null ? p.end() : i + 1;
      if ((p == null || p.end() - p.start() == 1) && after < n) {
        PhraseIndex.Hit<EntityModel.Classifier> c = m.classifiers.longest(d, after, d.sentenceEnd[i], k -> orgAt[k] < 0);
        if (c != null && (d.forms(after - 1).get(0).equals(d.token(after - 1).norm()) && !inflectedCap(after - 1)
            || p == null && locativeLookalike(after - 1))) {
          EntityModel.Classifier cl = c.value();
          String name = cl.keep() ? d.canonical(i, c.end(), c.lastForm()) : d.token(i).norm();
          PlaceKind kind = cl.keep() ? cl.kind() : PlaceKind.CITY;
          if (!cl.keep() && p != null) {
            name = p.name();
          }
          p = new PlaceSpan(i, c.end(), name, kind);
        }
      }
      // Кіші Арал теңізі: a capitalised size word opens the feature's name
      if (p != null && p.kind() == PlaceKind.OTHER && p.start() > 0 && d.sentence[p.start() - 1] == d.sentence[p.start()]
          && d.isCap(p.start() - 1) && placeAt[p.start() - 1] < 0 && orgAt[p.start() - 1] < 0 && personAt[p.start() - 1] < 0
          && m.placeSizeWords.contains(d.lower(p.start() - 1))) {
        p = new PlaceSpan(p.start() - 1, p.end(), d.token(p.start() - 1).norm() + " " + p.name(), p.kind());
      }
      if (p != null && p.end() < n && (m.placeGroupPhrases.longest(d, p.end(), d.sentenceEnd[i], k -> true) != null
          || m.competitionHeads.longest(d, p.end(), d.sentenceEnd[i], k -> true) != null)) {
        i = p.end() - 1; // Каспий маңы мемлекеттері: a group of countries, not the sea
        continue;
      }
      if (p != null) {
        int idx = placeSpans.size();
        placeSpans.add(p);
        for (int k = p.start(); k < p.end(); k++) {
          placeAt[k] = idx;
        }
        i = p.end() - 1;
      }
    }
  }

  /** Жамбыл, Түркістан және Қызылорда облыстарында: every listed name takes the singular classifier. */
  private void pluralClassifiedPlaces() {
    for (int k = 1; k < n; k++) {
      if (d.quoted[k]) {
        continue;
      }
      WordViews.View v = d.wordView(k);
      String singular = v != null ? v.pluralSingular() : m.pluralClassifiers.get(d.lowerForms(k).get(0));
      if (singular == null) {
        continue;
      }
      EntityModel.Classifier cl = null;
      for (EntityModel.Classifier x : m.classifiers.get(PhraseIndex.lower(singular))) {
        cl = x;
      }
      if (cl == null) {
        continue;
      }
      // each listed name is one to three capitalised words (Солтүстік Қазақстан), listed with , және мен
      List<int[]> names = new ArrayList<>();
      int j = k - 1;
      int ss = d.sentenceStart[k];
      while (j >= ss && names.size() < 20) {
        int b = j + 1;
        while (j >= ss && b - j <= 3 && listedPlaceWord(j)) {
          j--;
        }
        if (j + 1 == b) {
          break;
        }
        names.add(new int[] {j + 1, b});
        if (j >= ss && (isComma(j) || "және".equals(d.lower(j)) || "мен".equals(d.lower(j)) || "пен".equals(d.lower(j)))) {
          j--;
        } else {
          break;
        }
      }
      if (names.size() < 2) {
        continue;
      }
      for (int[] g : names) {
        StringBuilder sb = new StringBuilder();
        for (int t = g[0]; t < g[1]; t++) {
          sb.append(t > g[0] ? " " : "").append(d.token(t).norm());
        }
        String name = cl.keep() ? sb + " " + singular : sb.toString();
        PlaceSpan p = new PlaceSpan(g[0], g[1], name, cl.keep() ? cl.kind() : PlaceKind.CITY);
        // a place found inside the name (Қазақстан in Батыс Қазақстан, the city Қостанай) is not meant here
        int slot = -1;
        for (int t = g[0]; t < g[1]; t++) {
          if (placeAt[t] >= 0 && slot < 0) {
            slot = placeAt[t];
          } else if (placeAt[t] >= 0 && placeAt[t] != slot) {
            placeSpans.set(placeAt[t], p);
          }
        }
        if (slot < 0) {
          slot = placeSpans.size();
          placeSpans.add(p);
        } else {
          placeSpans.set(slot, p);
        }
        for (int t = g[0]; t < g[1]; t++) {
          placeAt[t] = slot;
        }
      }
    }
  }

  /**
   * Other mentions of a one-word place the document introduced with its classifier (Ханкенди
   * қаласында ... headline "Ханкендиде өткен саммит"): the same place, not part of a name.
   */
  private void repeatClassifiedPlaces() {
    Map<String, PlaceSpan> byName = new HashMap<>();
    for (PlaceSpan p : placeSpans) {
      if (p.end() - p.start() >= 2 && p.name().indexOf(' ') < 0 && m.places.get(PhraseIndex.lower(p.name())).isEmpty()) {
        byName.putIfAbsent(p.name(), p);
      }
    }
    if (byName.isEmpty()) {
      return;
    }
    for (int k = 0; k < n; k++) {
      if (placeAt[k] >= 0 || orgAt[k] >= 0 || personAt[k] >= 0 || d.quoted[k] || !d.isCap(k)) {
        continue;
      }
      for (String f : d.forms(k)) {
        PlaceSpan src = byName.get(f);
        if (src != null) {
          int idx = placeSpans.size();
          placeSpans.add(new PlaceSpan(k, k + 1, src.name(), src.kind()));
          placeAt[k] = idx;
          break;
        }
      }
    }
  }

  private boolean listedPlaceWord(int j) {
    if (d.isFirstInSentence(j) && m.places.get(d.lower(j)).isEmpty()) {
      return false; // Жоба Павлодар, Ақсу ... қалалары: the sentence-initial capital is no part of the name
    }
    return d.isCap(j) && orgAt[j] < 0 && personAt[j] < 0 && (!d.hasEnding(j, 3) || !m.places.get(d.lower(j)).isEmpty());
  }

  private boolean acceptPlace(PhraseIndex.Hit<PlaceRef> h) {
    int i = h.start();
    String type = m.ambiguous.get(PhraseIndex.lower(h.value().matchedName()));
    if (type == null) {
      type = m.ambiguous.get(PhraseIndex.lower(h.value().entry().name()));
    }
    // a single word followed by a surname is a person's given name (Темірлан Жақсылықов)
    if (h.end() - h.start() == 1 && h.end() < n && d.isCap(h.end()) && surnameForm(h.end()) != null && orgAt[h.end()] < 0
        && m.places.get(d.lower(h.end())).isEmpty()) {
      return false;
    }
    if (h.end() - h.start() == 1 && type != null) {
      if ("COMMON_WORD".equals(type) && d.isFirstInSentence(i)) {
        return false;
      }
      if ("NAME_PLACE".equals(type)) {
        int nx = h.end();
        if (nx < n && d.isCap(nx) && personWord(nx)) {
          return false;
        }
      }
    }
    return true;
  }

  private PlaceSpan placeFromHit(PhraseIndex.Hit<PlaceRef> h) {
    PlaceRef r = h.value();
    String name = r.entry().name();
    // the canonical name is the text's own nominative (Египет, Нұр-Сұлтан, Қазақстан Республикасы):
    // aliases match, they do not rename; an acronym (РФ) still takes the full name
    if (!r.matchedName().equals(name) && !r.acronym() && !isLatinCap(h.start())) {
      name = d.canonical(h.start(), h.end(), h.lastForm());
    }
    return new PlaceSpan(h.start(), h.end(), name, r.entry().kind());
  }

  // ---------------------------------------------------------------- roles

  private void findRoles() {
    for (int i = 0; i < n; i++) {
      if (d.quoted[i] || !d.isWord(i)) {
        continue;
      }
      PhraseIndex.Hit<RoleHead> h = m.roleHeads.longest(d, i, d.sentenceEnd[i], k -> !d.quoted[k]);
      if (h == null) {
        continue;
      }
      int left = extendRoleLeft(h.start(), h.value().extension());
      if (left < 0) {
        continue;
      }
      String text = roleText(left, h.end(), h.lastForm());
      int idx = roleSpans.size();
      roleSpans.add(new RoleSpan(left, h.end(), text));
      for (int k = left; k < h.end(); k++) {
        if (roleAt[k] < 0) {
          roleAt[k] = idx;
        }
      }
      roleEndsAt[h.end()] = idx;
      i = h.end() - 1;
    }
    countriesOfRoleOrgs();
  }

  /**
   * Ресей Үкіметінің Төрағасы: a country that opens the organisation of a title is a place too
   * (conventions: country names inside role phrases count) when a capitalised body follows it;
   * Қазақстан халқы Ассамблеясы names the assembly of a people, the country nested in its name.
   */
  private void countriesOfRoleOrgs() {
    for (RoleSpan r : roleSpans) {
      int a = r.start();
      int oi = orgAt[a];
      if (oi < 0 || orgSpans.get(oi).start() != a || d.token(a).type() == TokenType.QUOTE || !d.isCap(a)) {
        continue;
      }
      OrgSpan o = orgSpans.get(oi);
      PhraseIndex.Hit<PlaceRef> h = m.places.longest(d, a, o.end() - 1, k -> placeAt[k] < 0, (v, len) -> !v.acronym());
      if (h == null || h.value().entry().kind() != PlaceKind.COUNTRY || !d.forms(h.end() - 1).get(0).equals(h.lastForm())
          || !d.isCap(h.end())) {
        continue;
      }
      int idx = placeSpans.size();
      placeSpans.add(placeFromHit(h));
      for (int k = h.start(); k < h.end(); k++) {
        placeAt[k] = idx;
      }
    }
  }

  /** Canonical title text without a bracketed acronym: Азия даму банкінің (АДБ) президенті → без (АДБ). */
  private String roleText(int a, int b, String lastForm) {
    for (int q = a + 1; q + 2 < b; q++) {
      if (bracketedAcronym(q + 2)) {
        String head = d.doc.text().substring(d.token(a).start(), d.token(q - 1).end());
        return DocTokens.collapse(head + " " + d.canonical(q + 3, b, lastForm));
      }
    }
    return d.canonical(a, b, lastForm);
  }

  /** Whether token p closes a bracketed acronym: ( АДБ ). */
  private boolean bracketedAcronym(int p) {
    return p >= 2 && p < n && ")".equals(d.token(p).norm()) && "(".equals(d.token(p - 2).norm()) && uppers(d.text(p - 1)) >= 2;
  }

  /** The first token of the title whose head starts at {@code hs}; -1 when the head needs a modifier it lacks. */
  private int extendRoleLeft(int hs, String extension) {
    int sentStart = d.sentenceStart[hs];
    int left = hs;
    boolean mod = false;
    if ("domain".equals(extension)) {
      int j = left - 1;
      int mods = 0;
      while (j >= sentStart && mods < MAX_NAME_MODIFIERS && orgAt[j] < 0 && placeAt[j] < 0) {
        if (d.isLowerWord(j) && !stopEnding(j) && !obliqueLower(j, false)) {
          j--;
          mods++;
        } else if (isComma(j) && j > sentStart && (d.isLowerWord(j - 1) || mods > 0 && d.isCap(j - 1)) && d.isLowerWord(j + 1)) {
          j--; // Инвестициялар, өнеркәсіп және сауда министрі: fields listed with commas
        } else {
          break;
        }
      }
      if (j >= sentStart && d.isCap(j) && orgAt[j] < 0 && placeAt[j] < 0 && !inflectedCap(j) && !personWord(j)) {
        left = j;
        mod = true;
      } else if (j >= sentStart && mods > 0 && placeAt[j] >= 0 && placeSpans.get(placeAt[j]).end() == j + 1
          && placeSpans.get(placeAt[j]).kind() == PlaceKind.COUNTRY && !hasCase(j, "ACC", "DAT", "LOC", "ABL", "INS")) {
        left = placeSpans.get(placeAt[j]).start(); // Әзірбайжанның цифрлық даму және көлік министрі
        mod = true;
      }
    }
    while (left > sentStart) {
      int p = left - 1;
      if (bracketedAcronym(p) && p - 3 >= sentStart) {
        left = p - 2; // Азия даму банкінің (АДБ) президенті: the title goes on before the bracket
        continue;
      }
      PhraseIndex.Hit<Boolean> tw = longestEndingAt(m.titleWords, p);
      if (tw != null) {
        left = tw.start();
        mod = true;
        continue;
      }
      int placeIdx = placeAt[p];
      if (placeIdx >= 0 && placeSpans.get(placeIdx).end() == p + 1 && hasCase(p, "LOC") && d.lower(p).endsWith("ғы")
          || placeIdx >= 0 && d.lower(p).endsWith("гі") && hasCase(p, "LOC")) {
        left = placeSpans.get(placeIdx).start(); // Малайзиядағы Елшісі
        mod = true;
        continue;
      }
      PhraseIndex.Hit<Boolean> sb = longestEndingAt(m.subBodies, p);
      // Ұлттық қауіпсіздік комитетінің төрағасы: the whole organisation, not its last word as a sub-body
      boolean orgEnds = sb != null && orgAt[p] >= 0 && orgSpans.get(orgAt[p]).end() == p + 1 && orgSpans.get(orgAt[p]).start() < sb.start();
      if (sb != null && hasCase(p, "GEN") && !orgEnds) {
        left = sb.start(); // басқармасының төрағасы
        mod = true;
        int q = left - 1;
        // съезд хатшылығының басшысы: one bare lower-case noun names whose sub-body it is
        if (q >= sentStart && d.isLowerWord(q) && orgAt[q] < 0 && placeAt[q] < 0 && !closedClass(q) && !stopEnding(q)
            && !hasCase(q, "GEN", "ACC", "DAT", "LOC", "ABL", "INS") && longestEndingAt(m.titleWords, q) == null) {
          left = q;
        }
        continue;
      }
      if (d.isWord(p) && hasCase(p, "GEN") && orgAt[p] < 0 && placeAt[p] < 0) {
        PhraseIndex.Hit<RoleHead> inner = longestEndingAt(m.roleHeads, p);
        if (inner != null) {
          int l2 = extendRoleLeft(inner.start(), inner.value().extension());
          if (l2 >= 0) {
            left = l2; // әкімінің орынбасары, министрінің орынбасары
            mod = true;
            break;
          }
        }
      }
      if (obliqueName(p)) {
        break; // Ақордада Мемлекеттік кеңесші: a name in an oblique case is where, not whose
      }
      int orgIdx = orgAt[p];
      if (orgIdx >= 0 && orgSpans.get(orgIdx).end() == p + 1) {
        left = orgSpans.get(orgIdx).start();
        mod = true;
        break;
      }
      if (placeIdx >= 0 && placeSpans.get(placeIdx).end() == p + 1) {
        left = placeSpans.get(placeIdx).start();
        mod = true;
        break;
      }
      break;
    }
    if (left + 2 < n && "(".equals(d.token(left).norm()) && bracketedAcronym(left + 2)) {
      left += 3; // nothing named before the bracket
    }
    if (!mod && !"-".equals(extension)) {
      return -1;
    }
    return left;
  }

  /** An organisation or place word in a locative, ablative, dative or instrumental case (not the attributive -ғы/-гі). */
  private boolean obliqueName(int p) {
    String w = d.lower(p);
    // the gazetteer form itself is nominative: Өзбекстан is not Өзбекс + -тан
    return (orgAt[p] >= 0 || placeAt[p] >= 0) && m.orgs.get(w).isEmpty() && m.places.get(w).isEmpty()
        && hasCase(p, "LOC", "ABL", "DAT", "INS") && !w.endsWith("ғы") && !w.endsWith("гі");
  }

  /**
   * A name whose only case reading is a locative (Антофагаста = Антофагас + -та): before a classifier it
   * is nominative, since a classifier's name is never in the locative (Антофагаста облысы).
   */
  private boolean locativeLookalike(int i) {
    return d.isCap(i) && hasCase(i, "LOC") && !hasCase(i, "GEN", "ACC", "DAT", "ABL", "INS")
        && !d.lower(i).endsWith("ғы") && !d.lower(i).endsWith("гі");
  }

  /** Longest entry of {@code idx} whose last token is {@code p}. */
  private <V> PhraseIndex.Hit<V> longestEndingAt(PhraseIndex<V> idx, int p) {
    int from = Math.max(d.sentenceStart[p], p - idx.maxLen() + 1);
    for (int s = from; s <= p; s++) {
      PhraseIndex.Hit<V> h = idx.longest(d, s, p + 1, k -> true);
      if (h != null && h.end() == p + 1) {
        return h;
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- persons

  private void findKnownPersons() {
    if (m.knownPersons.isEmpty()) {
      return;
    }
    for (int i = 0; i < n; i++) {
      if (!d.isCap(i) || orgAt[i] >= 0 || d.quoted[i]) {
        continue;
      }
      PhraseIndex.Hit<String> h = m.knownPersons.longest(d, i, d.sentenceEnd[i], k -> orgAt[k] < 0 && !d.quoted[k]);
      if (h == null || h.end() - h.start() < 2) {
        continue;
      }
      List<String> words = new ArrayList<>(List.of(h.value().split(" ")));
      addPerson(new PersonSpan(h.start(), h.end(), words, null, true));
      i = h.end() - 1;
    }
  }

  private void addPerson(PersonSpan p) {
    int idx = personSpans.size();
    personSpans.add(p);
    for (int k = p.start(); k < p.end(); k++) {
      personAt[k] = idx;
    }
  }

  private boolean initials(int i) {
    return i < n && d.token(i).type() == TokenType.INITIALS;
  }

  private boolean nameToken(int i) {
    return (d.isCap(i) || initials(i)) && orgAt[i] < 0 && placeAt[i] < 0 && personAt[i] < 0 && roleAt[i] < 0 && !d.quoted[i];
  }

  private boolean given(int i) {
    if (!d.isCap(i)) {
      return false;
    }
    return m.givenNames.contains(d.lower(i));
  }

  private String[] surnameMemo;

  /** The nominative surname or patronymic form of token i, or null when it is not one. */
  private String surnameForm(int i) {
    if (surnameMemo == null) {
      surnameMemo = new String[n];
    }
    String v = surnameMemo[i];
    if (v == null) {
      String f = surnameForm0(i);
      v = f == null ? "" : f;
      surnameMemo[i] = v;
    }
    return v.isEmpty() ? null : v;
  }

  private String surnameForm0(int i) {
    if (!d.isCap(i)) {
      return null;
    }
    String w = d.token(i).norm();
    if (m.surnames.contains(PhraseIndex.lower(w)) || pattern(w) != null) {
      return w;
    }
    for (String s : m.endings.stems(w, 3)) {
      if (m.surnames.contains(PhraseIndex.lower(s)) || pattern(s) != null) {
        return s;
      }
    }
    return null;
  }

  private String pattern(String w) {
    String l = PhraseIndex.lower(w);
    for (Map.Entry<String, String> e : m.namePatterns.entrySet()) {
      if (l.length() > e.getKey().length() + 1 && l.endsWith(e.getKey())) {
        return e.getValue();
      }
    }
    return null;
  }

  /** Nominative of the last word of a name: list, pattern, the stem seen elsewhere, a clear case ending. */
  private String nominal(int i) {
    String w = d.token(i).type() == TokenType.ACRONYM ? d.token(i).base() : d.token(i).norm();
    if (d.token(i).type() != TokenType.WORD) {
      return w;
    }
    String s = surnameForm(i);
    if (s != null) {
      return s;
    }
    List<ProperNounEndings.Stem> stems = m.endings.analyse(w, 3);
    if (stems.isEmpty()) {
      return w;
    }
    for (ProperNounEndings.Stem st : stems) {
      if (seenAlone(st.stem())) {
        return st.stem();
      }
    }
    for (ProperNounEndings.Stem st : stems) {
      String e = st.ending();
      // unconfirmed: only endings that cannot end a name (not -да/-те, not the possessive -на/-н);
      // the accusative -ны/-ні after a vowel stem can (Шимон Головняны қабылдады → Головня)
      boolean acc = "ACC".equals(st.grammaticalCase()) && e.length() == 2;
      // a three-letter stem only before the unambiguous instrumental -мен/-пен/-бен (Чан Тхань Манмен → Ман)
      boolean shortIns = st.stem().length() == 3 && "INS".equals(st.grammaticalCase()) && e.length() == 3
          && "мнң".indexOf(Character.toLowerCase(st.stem().charAt(2))) >= 0; // not Кармен
      if ((st.stem().length() >= 4 || shortIns) && !"LOC".equals(st.grammaticalCase())
          && (acc || e.length() >= 3 || e.charAt(0) != 'н' && e.charAt(0) != 'Н')) {
        return st.stem();
      }
    }
    return w;
  }

  private boolean seenAlone(String form) {
    return d.hasToken(form);
  }

  private void findPersons() {
    int i = 0;
    while (i < n) {
      if (!nameToken(i)) {
        i++;
        continue;
      }
      int e = i;
      while (e < n && (nameToken(e) || e > i && particleInName(e)) && d.sentence[e] == d.sentence[i] && (e == i || adjacent(e - 1, e))) {
        e++;
      }
      splitRun(i, e);
      i = e;
    }
    repeatPersonNames();
  }

  /** A lower-case particle inside a name: әл-Иса (prefix + capital), or бин between two name words. */
  private boolean particleInName(int e) {
    if (!d.isWord(e) || d.quoted[e] || orgAt[e] >= 0 || placeAt[e] >= 0 || roleAt[e] >= 0) {
      return false;
    }
    return prefixParticle(e) || m.nameParticles.contains(d.lower(e)) && e + 1 < n && (nameToken(e + 1) || prefixParticle(e + 1));
  }

  private boolean prefixParticle(int e) {
    String w = d.lower(e);
    String t = d.token(e).norm();
    for (String p : m.nameParticlePrefixes) {
      if (w.startsWith(p) && t.length() > p.length() && Character.isUpperCase(t.charAt(p.length()))) {
        return true;
      }
    }
    return false;
  }

  private boolean adjacent(int a, int b) {
    return d.token(b).start() - d.token(a).end() <= 1;
  }

  private void splitRun(int a, int e) {
    int s = a;
    for (int k = a; k < e; k++) {
      boolean cut = k + 1 == e;
      if (!cut && (wordParticle(k) || wordParticle(k + 1))) {
        continue; // бин/ибн binds the words on both sides (Абдуллатиф бин Рашид әз-Зайани)
      }
      if (!cut && initials(k + 1) && k >= s) {
        cut = true;
      }
      if (!cut && !initials(k)) {
        String sf = surnameForm(k);
        if (sf != null && (!sf.equals(d.token(k).norm()) || given(k + 1) && k > s)) {
          cut = true;
        } else if (sf != null && !"PATRONYMIC".equals(pattern(sf)) && surnameForm(k + 1) != null
            && !"PATRONYMIC".equals(pattern(surnameForm(k + 1)))) {
          cut = true; // two surnames in a row are two people (Тоқаев Путинмен сөйлесті)
        } else if (k - s >= 1 && given(k + 1) && (sf != null || k - s >= 1 && !given(k))) {
          cut = true;
        } else if (!d.forms(k).get(0).equals(nominal(k)) && surnameForm(k) == null && k > s) {
          cut = true; // an inflected word ends the name
        }
      }
      if (cut) {
        piece(s, k + 1);
        s = k + 1;
      }
    }
  }

  private void piece(int a, int b) {
    // leading capitalised words with a case ending are not part of a name (Рәсімге, Кездесуде)
    // ... unless a patronymic follows: an unknown given name (Аршын Серікқызы) only looks inflected
    while (b - a >= 2 && !initials(a) && !given(a) && inflectedCap(a) && !isPatronymic(a + 1)) {
      a++;
    }
    // a capitalised word before a given name is not part of the name (Ақын Темірхан Медетбек)
    while (b - a >= 3 && !initials(a) && !given(a) && given(a + 1) && surnameForm(a) == null) {
      a++;
    }
    // a patronymic followed by a surname has exactly one given name before it: a capitalised word
    // before that is a title or occupation (Ғалым Мейрамгүл Сағынтайқызы Әбенова)
    for (int p = a + 2; p < b - 1; p++) {
      if (isPatronymic(p) && !initials(a)) {
        a = p - 1;
        break;
      }
    }
    // three words are given name, patronymic, surname; otherwise the first is a common word
    // written with a capital (Шабуылшы Бақтиёр Зайнутдинов)
    if (b - a >= 3 && !initials(a) && !given(a) && !isPatronymic(a + 1) && surnameForm(b - 1) != null && knownPersonAt(a) == null
        && roleEndsAt[a] < 0) {
      a++;
    }
    int len = b - a;
    if (len <= 0 || len > 4) {
      return;
    }
    boolean apposition = roleEndsAt[a] >= 0;
    if (initials(a)) {
      if (len == 2 && d.isCap(a + 1)) {
        addPerson(new PersonSpan(a, b, List.of(nominal(a + 1)), d.token(a).norm(), true));
      }
      return;
    }
    boolean patronymic = false;
    for (int k = a; k < b; k++) {
      String sf = surnameForm(k);
      if (sf != null && "PATRONYMIC".equals(pattern(sf))) {
        patronymic = true;
      }
    }
    boolean strong = len >= 2 && (given(a) || surnameForm(b - 1) != null || patronymic || apposition && (len <= 3 || allCapitalised(a, b)) || allProper(a, b)
        || wordParticleInside(a, b));
    boolean weak = len == 1 && surnameForm(a) != null;
    if (!strong && !weak) {
      return;
    }
    List<String> words = new ArrayList<>();
    for (int k = a; k < b - 1; k++) {
      words.add(d.token(k).norm());
    }
    words.add(nominal(b - 1));
    addPerson(new PersonSpan(a, b, words, null, strong || apposition));
  }

  /** бин/ибн between capitalised words marks a patronymic chain whatever the given name (Салим бин Насер әл-Ауфи). */
  private boolean wordParticleInside(int a, int b) {
    for (int k = a + 1; k < b - 1; k++) {
      if (wordParticle(k) && d.isCap(k - 1)) {
        return true;
      }
    }
    return false;
  }

  private boolean wordParticle(int k) {
    return d.isWord(k) && !d.isCap(k) && m.nameParticles.contains(d.lower(k));
  }

  private boolean isPatronymic(int i) {
    String sf = surnameForm(i);
    return sf != null && "PATRONYMIC".equals(pattern(sf));
  }

  private String knownPersonAt(int i) {
    PhraseIndex.Hit<String> h = m.knownPersons.isEmpty() ? null : m.knownPersons.longest(d, i, d.sentenceEnd[i], k -> true);
    return h == null ? null : h.value();
  }

  /** Two or three words the morphology reads as proper nouns, none sentence-initial: an unseen name. */
  /** Four capitalised words in apposition to a title: a Vietnamese or Spanish full name (Нгуен Тхи Фыонг Тхао). */
  private boolean allCapitalised(int a, int b) {
    for (int k = a; k < b; k++) {
      if (!d.isCap(k) || d.isFirstInSentence(k)) {
        return false;
      }
    }
    return true;
  }

  private boolean allProper(int a, int b) {
    if (b - a > 3 || d.isFirstInSentence(a)) {
      return false;
    }
    for (int k = a; k < b; k++) {
      List<io.github.kazextract.morph.Analysis> as = d.doc.analyses().get(k);
      if (as.isEmpty() || !"PROPN".equals(as.get(0).upos())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Full names found once, written again where nothing marks them as names (Ан Док Гын after its
   * introduction with a title): the same person, before any of its words is read as a surname alone.
   */
  private void repeatFullNames() {
    PhraseIndex.Builder<Integer> b = PhraseIndex.builder(m.tokenizer);
    Set<String> added = new java.util.HashSet<>();
    for (int idx = 0; idx < personSpans.size(); idx++) {
      PersonSpan p = personSpans.get(idx);
      if (p.words().size() >= 2 && p.initials() == null && added.add(String.join(" ", p.words()))) {
        b.add(String.join(" ", p.words()), idx);
      }
    }
    if (added.isEmpty()) {
      return;
    }
    PhraseIndex<Integer> idx = b.build();
    for (int i = 0; i < n; i++) {
      if (!d.isCap(i) || personAt[i] >= 0 || orgAt[i] >= 0 || placeAt[i] >= 0 || d.quoted[i]) {
        continue;
      }
      PhraseIndex.Hit<Integer> h = idx.longest(d, i, d.sentenceEnd[i], k -> personAt[k] < 0 && orgAt[k] < 0 && placeAt[k] < 0 && !d.quoted[k]);
      if (h == null || h.end() - h.start() < 2) {
        continue;
      }
      PersonSpan full = personSpans.get(h.value());
      addPerson(new PersonSpan(h.start(), h.end(), full.words(), null, true));
      i = h.end() - 1;
    }
  }

  /** Surname-only and initials mentions of persons named in full elsewhere in the document. */
  private void repeatPersonNames() {
    repeatFullNames();
    Map<String, Integer> bySurname = new HashMap<>();
    for (int idx = 0; idx < personSpans.size(); idx++) {
      PersonSpan p = personSpans.get(idx);
      if (p.words().size() >= 2) {
        bySurname.putIfAbsent(PhraseIndex.lower(p.surname()), idx);
      }
    }
    if (bySurname.isEmpty()) {
      return;
    }
    for (int i = 0; i < n; i++) {
      if (!d.isCap(i) || personAt[i] >= 0 || orgAt[i] >= 0 || placeAt[i] >= 0 || d.quoted[i]) {
        continue;
      }
      for (String f : d.forms(i)) {
        Integer idx = bySurname.get(PhraseIndex.lower(f));
        if (idx != null) {
          PersonSpan full = personSpans.get(idx);
          int a = i > 0 && initials(i - 1) && personAt[i - 1] < 0 && adjacent(i - 1, i) ? i - 1 : i;
          addPerson(new PersonSpan(a, i + 1, List.of(full.surname()), a < i ? d.token(a).norm() : null, false));
          break;
        }
      }
    }
  }

  // ---------------------------------------------------------------- assembly

  /** A merged person: the fullest name, its roles and mentions. */
  private static final class PersonAcc {
    List<String> words;
    String initials;
    final List<Integer> spans = new ArrayList<>();
    final LinkedHashSet<String> roles = new LinkedHashSet<>();
    final List<int[]> roleMentions = new ArrayList<>();

    String name() {
      if (words.size() == 1 && initials != null) {
        return initials + words.get(0);
      }
      return String.join(" ", words);
    }
  }

  private EntityResult build() {
    List<PersonAcc> persons = mergePersons();
    attachRoles(persons);

    List<EntityMention> mentions = new ArrayList<>();
    List<Person> outPersons = new ArrayList<>();
    for (PersonAcc p : persons) {
      String name = p.name();
      List<Mention> ms = new ArrayList<>();
      for (int idx : p.spans) {
        PersonSpan s = personSpans.get(idx);
        ms.add(mention(s.start(), s.end()));
        mentions.add(em(EntityKind.PERSON, name, null, s.start(), s.end(), false));
      }
      for (int[] r : p.roleMentions) {
        mentions.add(em(EntityKind.PERSON, name, null, r[0], r[1], true));
      }
      ms.sort(Comparator.comparingInt(Mention::start));
      outPersons.add(new Person(name, pruneRoles(p.roles), ms));
    }

    List<Organization> outOrgs = new ArrayList<>();
    for (List<Integer> group : groupOrgs()) {
      String name = orgName(group);
      LinkedHashMap<String, String> names = new LinkedHashMap<>();
      List<Mention> ms = new ArrayList<>();
      for (int idx : group) {
        OrgSpan o = orgSpans.get(idx);
        names.putIfAbsent(PhraseIndex.lower(o.name()), o.name());
        for (String a : o.aliases()) {
          names.putIfAbsent(PhraseIndex.lower(a), a);
        }
        ms.add(mention(o.start(), o.end()));
        mentions.add(em(EntityKind.ORGANIZATION, name, null, o.start(), o.end(), false));
      }
      names.remove(PhraseIndex.lower(name));
      ms.sort(Comparator.comparingInt(Mention::start));
      outOrgs.add(new Organization(name, List.copyOf(names.values()), ms));
    }

    Map<String, List<PlaceSpan>> places = new LinkedHashMap<>();
    Set<PlaceSpan> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (PlaceSpan p : placeSpans) {
      if (!seen.add(p)) {
        continue; // one span replaced several found inside it
      }
      places.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(p);
    }
    List<Place> outPlaces = new ArrayList<>();
    for (Map.Entry<String, List<PlaceSpan>> e : places.entrySet()) {
      List<Mention> ms = new ArrayList<>();
      PlaceKind kind = e.getValue().get(0).kind();
      for (PlaceSpan p : e.getValue()) {
        ms.add(mention(p.start(), p.end()));
        mentions.add(em(EntityKind.PLACE, p.name(), kind.name(), p.start(), p.end(), false));
      }
      outPlaces.add(new Place(e.getKey(), kind, ms));
    }
    mentions.sort(Comparator.comparingInt(EntityMention::start).thenComparingInt(EntityMention::end));
    return new EntityResult(outPersons, outOrgs, outPlaces, mentions);
  }

  private Mention mention(int a, int b) {
    int s = d.token(a).start();
    int e = d.token(b - 1).end();
    return new Mention(s, e, d.doc.text().substring(s, e));
  }

  private EntityMention em(EntityKind kind, String name, String subtype, int a, int b, boolean byRole) {
    return new EntityMention(kind, name, subtype, a, b, d.token(a).start(), d.token(b - 1).end(), byRole);
  }

  private List<PersonAcc> mergePersons() {
    List<PersonAcc> out = new ArrayList<>();
    Map<String, List<PersonAcc>> bySurname = new HashMap<>();
    // full names first, in text order, then the shorter mentions
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < personSpans.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt((Integer i) -> -personSpans.get(i).words().size()).thenComparingInt(i -> i));
    for (int idx : order) {
      PersonSpan s = personSpans.get(idx);
      String key = PhraseIndex.lower(s.surname());
      List<PersonAcc> same = bySurname.computeIfAbsent(key, k -> new ArrayList<>());
      PersonAcc target = null;
      for (PersonAcc p : same) {
        if (compatible(p, s)) {
          target = p;
          break;
        }
      }
      if (target == null) {
        if (s.words().size() == 1 && s.initials() == null && !s.strong()) {
          continue; // a lone surname without a full name in the document
        }
        target = new PersonAcc();
        target.words = s.words();
        target.initials = s.initials();
        same.add(target);
        out.add(target);
      }
      target.spans.add(idx);
    }
    // persons in order of first mention
    out.sort(Comparator.comparingInt(p -> p.spans.stream().mapToInt(i -> personSpans.get(i).start()).min().orElse(0)));
    for (int pi = 0; pi < out.size(); pi++) {
      PersonAcc p = out.get(pi);
      p.spans.sort(Comparator.comparingInt(i -> personSpans.get(i).start()));
      for (int i : p.spans) {
        personAt[personSpans.get(i).start()] = -2 - pi; // encoded person index for roles
      }
    }
    return out;
  }

  private static boolean compatible(PersonAcc p, PersonSpan s) {
    if (s.words().size() == 1) {
      if (s.initials() == null) {
        return true;
      }
      return p.words.size() >= 2 ? initialsMatch(s.initials(), p.words.get(0)) : s.initials().equals(p.initials);
    }
    if (p.words.size() == s.words().size() || p.words.size() > s.words().size()) {
      // same full name, or a shorter one whose words all appear
      return p.words.containsAll(s.words().subList(0, s.words().size() - 1));
    }
    return false;
  }

  private static boolean initialsMatch(String initials, String given) {
    return !initials.isEmpty() && !given.isEmpty() && Character.toLowerCase(initials.charAt(0)) == Character.toLowerCase(given.charAt(0));
  }

  /** The merged person a person span token belongs to, or -1. */
  private int personOfToken(int k) {
    int v = personAt[k];
    if (v <= -2) {
      return -2 - v;
    }
    if (v >= 0) {
      PersonSpan s = personSpans.get(v);
      int w = personAt[s.start()];
      return w <= -2 ? -2 - w : -1;
    }
    return -1;
  }

  /** person index|lower-case title pairs given by a predicate (... әкімі болып тағайындалды). */
  private final Set<String> appointedTitles = new java.util.HashSet<>();

  private void attachRoles(List<PersonAcc> persons) {
    List<RoleSpan> roleOnly = new ArrayList<>();
    Map<Integer, Integer> predicateOf = new HashMap<>();
    Map<Integer, Integer> appositionOf = new HashMap<>();
    for (RoleSpan r : roleSpans) {
      int p = r.end() < n ? personOfToken(r.end()) : -1;
      if (p >= 0 && personAt[r.end()] <= -2) {
        if (!heldByOther(r, p, persons) && !objectOfKnownHolder(r, p, persons)) {
          persons.get(p).roles.add(r.text()); // apposition: Өзбекстан Президенті Шавкат Мирзиёев
          appositionOf.put(r.start(), p);
          continue;
        }
        roleOnly.add(r); // Мемлекет басшысы Бақытжан Сағынтаевтан ... алды: the title is the subject
        continue;
      }
      if (r.end() < n && m.predicates.contains(d.lower(r.end()))) {
        // Ақтөбе облысының әкімі болып Асхат Шахаров тағайындалды: the person follows the predicate word
        int after = r.end() + 1 < n && personAt[r.end() + 1] <= -2 ? personOfToken(r.end() + 1) : -1;
        // Ұлытау облысының әкімі қызметін атқарып келген Берік Әбдіғалиев: a participle clause names the holder
        int k = r.end() + 1;
        while (after < 0 && k < n && k <= r.end() + 3 && d.isLowerWord(k) && m.holderClauseWords.contains(d.lower(k))) {
          k++;
          if (k < n && personAt[k] <= -2) {
            after = personOfToken(k);
          }
        }
        int subj = after >= 0 ? after : subjectBefore(r.start());
        if (subj >= 0) {
          persons.get(subj).roles.add(r.text());
          predicateOf.put(r.start(), subj);
          appointedTitles.add(subj + "|" + PhraseIndex.lower(r.text()));
          continue;
        }
      }
      // Әлібек Құдайбергенов, KazAID басқармасының төрағасы, ...: a title set off by commas after a name
      int before = commaAppositionOf(r);
      if (before >= 0 && !heldByOther(r, before, persons)) {
        persons.get(before).roles.add(r.text());
        continue;
      }
      roleOnly.add(r);
    }
    // Премьер-министрдің орынбасары – Ұлттық экономика министрі болып: titles joined by a dash share the
    // predicate; stacked before a name (ЕҚЫҰ Төрағасы, Финляндия Сыртқы істер министрі Элина Валтонен)
    // titles joined by a dash or a comma are all the person's
    for (int ri = roleSpans.size() - 2; ri >= 0; ri--) {
      RoleSpan r = roleSpans.get(ri);
      RoleSpan next = roleSpans.get(ri + 1);
      Integer p = predicateOf.get(next.start());
      if (p != null && next.start() == r.end() + 1 && isDash(r.end()) && roleOnly.remove(r)) {
        persons.get(p).roles.add(r.text());
        predicateOf.put(r.start(), p);
        continue;
      }
      Integer a = appositionOf.get(next.start());
      if (a != null && next.start() == r.end() + 1 && (isDash(r.end()) || isComma(r.end())) && roleOnly.contains(r)
          && !heldByOther(r, a, persons)) {
        roleOnly.remove(r);
        persons.get(a).roles.add(r.text());
        appositionOf.put(r.start(), a);
      }
    }
    // role-only titles: the person already holding it, then the known holder
    for (RoleSpan r : roleOnly) {
      String key = PhraseIndex.lower(r.text());
      int target = -1;
      boolean add = false;
      for (int i = 0; i < persons.size() && target < 0; i++) {
        for (String role : persons.get(i).roles) {
          if (PhraseIndex.lower(role).equals(key)) {
            target = i;
            break;
          }
        }
      }
      for (int i = 0; i < persons.size() && target < 0; i++) {
        List<String> titles = m.holders.get(persons.get(i).name());
        if (titles != null) {
          for (String t : titles) {
            if (PhraseIndex.lower(t).equals(key)) {
              target = i;
              add = true;
              break;
            }
          }
        }
      }
      if (target >= 0) {
        if (add) {
          persons.get(target).roles.add(r.text());
        }
        persons.get(target).roleMentions.add(new int[] {r.start(), r.end()});
      }
    }
    // shortened repeats (Бас хатшы after БҰҰ Бас хатшысы) stand for the same person
    java.util.Set<Integer> resolved = new java.util.HashSet<>();
    for (PersonAcc p : persons) {
      for (int[] rm : p.roleMentions) {
        resolved.add(rm[0]);
      }
    }
    for (RoleSpan r : roleOnly) {
      if (resolved.contains(r.start())) {
        continue;
      }
      for (PersonAcc p : persons) {
        boolean hit = false;
        for (String role : p.roles) {
          if (shortened(r.text(), role)) {
            hit = true;
            break;
          }
        }
        if (hit) {
          p.roleMentions.add(new int[] {r.start(), r.end()});
          break;
        }
      }
    }
  }

  /** The person named right before ", title," (the title uninflected), or -1. */
  private int commaAppositionOf(RoleSpan r) {
    int a = r.start();
    int e = r.end();
    if (a < 2 || !isComma(a - 1) || !isComma(e) || d.sentenceStart[a - 2] != d.sentenceStart[a]) {
      return -1;
    }
    if (!d.isWord(e - 1) || obliqueLower(e - 1, true) || hasCase(e - 1, "INS", "ABL", "LOC")) {
      return -1;
    }
    return personAt[a - 2] == -1 ? -1 : personOfToken(a - 2);
  }

  /**
   * Whether the title before person {@code p} belongs to someone else in the document: the known
   * holder of the title, or a person already given exactly this title.
   */
  private boolean heldByOther(RoleSpan r, int p, List<PersonAcc> persons) {
    String key = PhraseIndex.lower(r.text());
    for (int i = 0; i < persons.size(); i++) {
      if (i == p) {
        continue;
      }
      PersonAcc q = persons.get(i);
      for (String role : q.roles) {
        // a post someone is appointed to was held before by another: ... әкімі болып тағайындалды ...
        // Жаңаарқа ауданының әкімі Серік Дәулетов ... босатылды
        if (PhraseIndex.lower(role).equals(key) && !appointedTitles.contains(i + "|" + key)) {
          return true;
        }
      }
      List<String> titles = m.holders.get(q.name());
      if (titles != null) {
        for (String t : titles) {
          if (PhraseIndex.lower(t).equals(key)) {
            List<String> own = m.holders.get(persons.get(p).name());
            return own == null || own.stream().noneMatch(x -> PhraseIndex.lower(x).equals(key));
          }
        }
      }
    }
    return false;
  }

  /**
   * Мемлекет басшысы Ғ.Көпбаевты ... тағайындады: a title whose known holder is someone else,
   * before a name in an oblique case, is the subject of the sentence and the name its object.
   */
  private boolean objectOfKnownHolder(RoleSpan r, int p, List<PersonAcc> persons) {
    String key = PhraseIndex.lower(r.text());
    String self = persons.get(p).name();
    boolean other = false;
    for (Map.Entry<String, List<String>> e : m.holders.entrySet()) {
      for (String t : e.getValue()) {
        if (PhraseIndex.lower(t).equals(key)) {
          if (e.getKey().equals(self)) {
            return false;
          }
          other = true;
        }
      }
    }
    if (!other) {
      return false;
    }
    if (spanStartingAt == null) {
      spanStartingAt = new HashMap<>();
      for (PersonSpan s : personSpans) {
        spanStartingAt.putIfAbsent(s.start(), s);
      }
    }
    PersonSpan s = spanStartingAt.get(r.end());
    return s != null && !d.token(s.end() - 1).norm().equals(s.surname()); // the name carries a case ending
  }

  /** Person spans by first token, built on first use. */
  private Map<Integer, PersonSpan> spanStartingAt;

  /** Nearest person named before token {@code at} in its sentence, or after «ол» the last one before it. */
  private int subjectBefore(int at) {
    int ss = Math.max(d.sentenceStart[at], at - MAX_SUBJECT_DISTANCE);
    for (int k = at - 1; k >= ss; k--) {
      int p = personOfToken(k);
      if (p >= 0) {
        return p;
      }
    }
    for (int k = ss; k < at; k++) {
      if ("ол".equals(d.lower(k))) {
        for (int j = ss - 1; j >= Math.max(0, ss - MAX_SUBJECT_DISTANCE); j--) {
          int p = personOfToken(j);
          if (p >= 0) {
            return p;
          }
        }
      }
    }
    return -1;
  }

  /** Whether {@code shortRole} is a shortened form of {@code fullRole}: its words all begin words of it. */
  static boolean shortened(String shortRole, String fullRole) {
    String[] a = words(shortRole);
    String[] b = words(fullRole);
    if (a.length > b.length) {
      return false;
    }
    int j = 0;
    for (String w : a) {
      boolean found = false;
      while (j < b.length) {
        String x = b[j++];
        // one word an inflected form of the other; a shared beginning alone is not enough
        // (вице-премьер is no short form of вице-президенті)
        if (x.startsWith(w) || w.startsWith(x) || common(w, x) >= Math.max(4, Math.min(w.length(), x.length()) - 2)) {
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  private static int common(String a, String b) {
    int k = 0;
    while (k < a.length() && k < b.length() && a.charAt(k) == b.charAt(k)) {
      k++;
    }
    return k;
  }

  private static String[] words(String s) {
    return PhraseIndex.lower(s).replaceAll("[«»\"“”,]", " ").trim().split("\\s+");
  }

  private static List<String> pruneRoles(Set<String> roles) {
    List<String> in = new ArrayList<>();
    for (String r : roles) {
      boolean dup = false;
      for (String x : in) {
        if (PhraseIndex.lower(x).equals(PhraseIndex.lower(r))) {
          dup = true;
        }
      }
      if (!dup) {
        in.add(r);
      }
    }
    List<String> out = new ArrayList<>();
    for (String r : in) {
      boolean shorter = false;
      for (String x : in) {
        if (x != r && words(x).length > words(r).length && shortened(r, x)) {
          shorter = true;
        }
      }
      if (!shorter) {
        out.add(r);
      }
    }
    return out;
  }

  /** Organisation spans grouped by shared name or alias. */
  private List<List<Integer>> groupOrgs() {
    int k = orgSpans.size();
    int[] parent = new int[k];
    for (int i = 0; i < k; i++) {
      parent[i] = i;
    }
    Map<String, Integer> owner = new HashMap<>();
    for (int i = 0; i < k; i++) {
      OrgSpan o = orgSpans.get(i);
      List<String> keys = new ArrayList<>();
      keys.add(o.name());
      keys.addAll(o.aliases());
      for (String key : keys) {
        String l = PhraseIndex.lower(DocTokens.collapse(key.replace("«", "").replace("»", "")));
        Integer prev = owner.putIfAbsent(l, i);
        if (prev != null) {
          union(parent, prev, i);
        }
      }
    }
    // Түркия Ұлы Ұлттық Мәжілісі ... Ұлы Ұлттық Мәжіліс: a capitalised name repeated without its country
    Map<String, Integer> withoutCountry = new HashMap<>();
    for (int i = 0; i < k; i++) {
      String[] w = orgSpans.get(i).name().split(" ");
      if (w.length >= 3 && isCountryName(w[0]) && allCapitalisedWords(w, 1)) {
        for (String key : bareHeadKeys(w, 1)) {
          withoutCountry.putIfAbsent(key, i);
        }
      }
    }
    for (int i = 0; i < k && !withoutCountry.isEmpty(); i++) {
      String[] w = orgSpans.get(i).name().split(" ");
      Integer longer = w.length >= 2 && allCapitalisedWords(w, 0) ? withoutCountry.get(PhraseIndex.lower(String.join(" ", w))) : null;
      if (longer != null && longer != i) {
        union(parent, longer, i);
      }
    }
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < k; i++) {
      groups.computeIfAbsent(find(parent, i), x -> new ArrayList<>()).add(i);
    }
    List<List<Integer>> out = new ArrayList<>(groups.values());
    out.sort(Comparator.comparingInt(g -> g.stream().mapToInt(i -> orgSpans.get(i).start()).min().orElse(0)));
    return out;
  }

  private boolean isCountryName(String word) {
    for (PlaceRef r : m.places.get(PhraseIndex.lower(word))) {
      if (r.entry().kind() == PlaceKind.COUNTRY) {
        return true;
      }
    }
    return false;
  }

  private static boolean allCapitalisedWords(String[] w, int from) {
    for (int k = from; k < w.length; k++) {
      if (w[k].isEmpty() || !Character.isUpperCase(w[k].codePointAt(0)) && !(k > from && capitalAfterHyphen(w[k]))) {
        return false;
      }
    }
    return true;
  }

  /** әш-Шурасы: a particle joined by a hyphen to a capitalised word. */
  private static boolean capitalAfterHyphen(String w) {
    int h = w.indexOf('-');
    return h > 0 && h <= 3 && h + 1 < w.length() && Character.isUpperCase(w.codePointAt(h + 1));
  }

  /**
   * Words from {@code from}, lower case: as written, and with the last word's possessive ending
   * removed (Мәжілісі → мәжіліс, Палатасы → палата), the forms the name takes standing alone.
   */
  private static List<String> bareHeadKeys(String[] w, int from) {
    String head = PhraseIndex.lower(String.join(" ", Arrays.copyOfRange(w, from, w.length)));
    List<String> keys = new ArrayList<>(List.of(head));
    int lastWord = head.lastIndexOf(' ') + 1;
    for (String bare : ProperNounEndings.withoutPossessive(head.substring(lastWord), 3)) {
      keys.add(head.substring(0, lastWord).concat(bare));
    }
    return keys;
  }

  private static int find(int[] p, int i) {
    while (p[i] != i) {
      p[i] = p[p[i]];
      i = p[i];
    }
    return i;
  }

  private static void union(int[] p, int a, int b) {
    p[find(p, a)] = find(p, b);
  }

  /**
   * The registered name of a company when the text writes it («Қазақстан темір жолы» ҰК АҚ), else the
   * acronym when the text uses one, else the longest name written in the text.
   */
  private String orgName(List<Integer> group) {
    String best = null;
    for (int idx : group) {
      String nm = orgSpans.get(idx).name();
      if (nm.startsWith("«") && m.legalForms.contains(nm.substring(nm.lastIndexOf(' ') + 1))
          && (best == null || nm.length() > best.length())) {
        best = nm;
      }
    }
    if (best != null) {
      return best;
    }
    for (int idx : group) {
      OrgSpan o = orgSpans.get(idx);
      if (o.acronym()) {
        return o.name();
      }
      if (best == null || o.name().length() > best.length()) {
        best = o.name();
      }
    }
    return best;
  }
}
