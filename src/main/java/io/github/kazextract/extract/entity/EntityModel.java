package io.github.kazextract.extract.entity;

import io.github.kazextract.extract.gazetteer.Gazetteer;
import io.github.kazextract.extract.gazetteer.ModelLines;
import io.github.kazextract.extract.gazetteer.OrgEntry;
import io.github.kazextract.extract.gazetteer.PlaceEntry;
import io.github.kazextract.model.PlaceKind;
import io.github.kazextract.token.KazakhTokenizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything entity recognition loads: the gazetteer indexed for phrase lookup and the rule
 * lexicons under {@code models/extract/{persons,organizations,places,roles}/}. Built once;
 * immutable and thread-safe.
 */
public final class EntityModel {

  /** A place lookup value: the entry and whether the key was its canonical name. */
  record PlaceRef(PlaceEntry entry, String matchedName) {
    boolean acronym() {
      return DocTokens.isAllCaps(matchedName) && matchedName.indexOf(' ') < 0;
    }
  }

  /** An organisation lookup value. */
  record OrgRef(OrgEntry entry, boolean ambiguous, String matchedName) {
    boolean acronym() {
      return DocTokens.isAcronymForm(matchedName) && matchedName.indexOf(' ') < 0;
    }
  }

  /** A role head: its words and how it extends to the left. */
  record RoleHead(String phrase, String extension) {}

  /** A place classifier: kind and whether the name keeps it. */
  record Classifier(PlaceKind kind, boolean keep) {}

  final ProperNounEndings endings;
  /** Word views shared by the documents this model reads (a cache; see {@link WordViews}). */
  final WordViews wordViews;
  final PhraseIndex<PlaceRef> places;
  final PhraseIndex<OrgRef> orgs;
  final PhraseIndex<String> knownPersons;
  final Set<String> givenNames;
  final Set<String> surnames;
  final Map<String, String> ambiguous;
  final Map<String, String> namePatterns;
  final PhraseIndex<RoleHead> roleHeads;
  final PhraseIndex<Boolean> titleWords;
  final PhraseIndex<Boolean> subBodies;
  final Set<String> predicates;
  /** Participle clause words between a predicate and the holder (қызметін атқарып келген Берік ...). */
  final Set<String> holderClauseWords;
  final Map<String, List<String>> holders;
  final Set<String> orgHeads;
  /** Heads that end a name only when capitalised (Үкіметі), lower-cased. */
  final Set<String> capitalisedOrgHeads;
  /** Heads that end a name only after two or more words (Қазақстан достары қоғамы, not Қазақстан қоғамы). */
  final Set<String> longNameOrgHeads;
  final Set<String> legalForms;
  final PhraseIndex<Boolean> sourceTriggers;
  final PhraseIndex<Boolean> departments;
  final Set<String> notOrgs;
  /** Word beginnings that make a quoted name before them an award («Барыс» орденімен). */
  final List<String> awardWords;
  /** Lower-case words that never sit inside an organisation name (Қазақстан мен банк). */
  final Set<String> orgStopWords;
  /** Lower-case words with a case ending that may stand inside an organisation name (жөніндегі). */
  final Set<String> orgModifierWords;
  /** Generic first words of a body that is not a name when only the sentence start capitalises it. */
  final Set<String> genericFirstWords;
  /** Sentence adverbs and connectives that open a sentence but never a name (Сондай-ақ Мәжіліс ...). */
  final Set<String> sentenceOpeners;
  /** Lower-case particles inside foreign names: whole words (бин, ибн) and hyphenated prefixes (әл-). */
  final Set<String> nameParticles;
  final List<String> nameParticlePrefixes;
  final List<String> stopEndings;
  final PhraseIndex<Classifier> classifiers;
  /** Phrases after a place that make it part of a group name (Каспий маңы мемлекеттері). */
  final PhraseIndex<Boolean> placeGroupPhrases;
  /** Words after a place that make it part of a competition's name (Азия ойындары). */
  final PhraseIndex<Boolean> competitionHeads;
  /** Кіші, Үлкен: size words that open a natural feature's name (Кіші Арал теңізі). */
  final Set<String> placeSizeWords;
  /** Plural classifier (lower case) → its singular. */
  final Map<String, String> pluralClassifiers;
  final KazakhTokenizer tokenizer;

  /**
   * @param gazetteer the name lists
   * @param tokenizer the tokenizer the documents are read with (keys are built with it)
   * @param extraRuleDirs directories with files named as under {@code models/extract/}, whose
   *     lines are added to the bundled ones
   */
  public EntityModel(Gazetteer gazetteer, KazakhTokenizer tokenizer, List<Path> extraRuleDirs) {
    this.tokenizer = tokenizer;
    Function<String, List<String>> rules = f -> {
      List<String> lines = new ArrayList<>(ModelLines.classpath("extract/" + f));
      for (Path d : extraRuleDirs) {
        lines.addAll(ModelLines.file(d.resolve(f)));
      }
      return lines;
    };
    endings = new ProperNounEndings(rules.apply("persons/proper-noun-endings.tsv"));
    Map<String, String> amb = new HashMap<>();
    gazetteer.ambiguous().forEach((k, v) -> amb.put(lower(k), v));
    ambiguous = Map.copyOf(amb);

    PhraseIndex.Builder<PlaceRef> pb = PhraseIndex.builder(tokenizer);
    for (PlaceEntry e : gazetteer.places()) {
      pb.add(e.name(), new PlaceRef(e, e.name()));
    }
    for (PlaceEntry e : gazetteer.places()) {
      for (String a : e.aliases()) {
        pb.add(a, new PlaceRef(e, a));
      }
    }
    places = pb.build();

    PhraseIndex.Builder<OrgRef> ob = PhraseIndex.builder(tokenizer);
    for (OrgEntry e : gazetteer.organizations()) {
      boolean amb1 = "ORG_WORD".equals(amb.get(lower(e.name()))) || "COMMON_WORD".equals(amb.get(lower(e.name())));
      ob.add(e.name(), new OrgRef(e, amb1, e.name()));
      for (String a : e.aliases()) {
        ob.add(a, new OrgRef(e, amb1 || amb.containsKey(lower(a)), a));
      }
    }
    orgs = ob.build();

    PhraseIndex.Builder<String> kp = PhraseIndex.builder(tokenizer);
    for (String p : gazetteer.persons()) {
      kp.add(p, p);
    }
    knownPersons = kp.build();
    givenNames = lowerSet(gazetteer.givenNames());
    Set<String> sn = new HashSet<>(lowerSet(gazetteer.surnames()));
    for (String p : gazetteer.persons()) {
      String[] w = p.split(" ");
      if (w.length > 1) {
        sn.add(lower(w[w.length - 1]));
      }
    }
    surnames = Set.copyOf(sn);

    Map<String, String> np = new LinkedHashMap<>();
    for (String line : rules.apply("persons/name-patterns.tsv")) {
      String[] c = ModelLines.columns(line);
      np.put(lower(c[0]), c.length > 1 ? c[1] : "SURNAME");
    }
    namePatterns = Map.copyOf(np);

    PhraseIndex.Builder<RoleHead> rh = PhraseIndex.builder(tokenizer);
    for (String line : rules.apply("roles/heads.tsv")) {
      String[] c = ModelLines.columns(line);
      rh.add(c[0], new RoleHead(c[0], c.length > 1 ? c[1] : "-"));
    }
    roleHeads = rh.build();
    titleWords = flagIndex(rules.apply("roles/title-words.txt"));
    subBodies = flagIndex(rules.apply("roles/sub-bodies.txt"));
    predicates = lowerSet(rules.apply("roles/predicates.txt"));
    holderClauseWords = lowerSet(rules.apply("roles/holder-clause-words.txt"));
    Map<String, List<String>> hs = new LinkedHashMap<>();
    for (String line : rules.apply("roles/holders.tsv")) {
      String[] c = ModelLines.columns(line);
      if (c.length > 1) {
        hs.put(c[0], ModelLines.bars(c[1]));
      }
    }
    holders = Map.copyOf(hs);
    orgHeads = lowerSet(rules.apply("organizations/heads.txt"));
    capitalisedOrgHeads = lowerSet(rules.apply("organizations/capitalised-heads.txt"));
    longNameOrgHeads = lowerSet(rules.apply("organizations/long-name-heads.txt"));
    legalForms = Set.copyOf(rules.apply("organizations/legal-forms.txt").stream().map(String::strip).toList());
    sourceTriggers = flagIndex(rules.apply("organizations/source-triggers.txt"));
    departments = flagIndex(rules.apply("organizations/departments.txt"));
    notOrgs = Set.copyOf(rules.apply("organizations/not-organizations.txt").stream().map(String::strip).toList());
    orgStopWords = lowerSet(rules.apply("organizations/modifier-stop-words.txt"));
    genericFirstWords = lowerSet(rules.apply("organizations/generic-first-words.txt"));
    sentenceOpeners = lowerSet(rules.apply("organizations/sentence-openers.txt"));
    orgModifierWords = lowerSet(rules.apply("organizations/modifier-words.txt"));
    Set<String> np1 = new HashSet<>();
    List<String> np2 = new ArrayList<>();
    for (String w : lowerSet(rules.apply("persons/name-particles.txt"))) {
      if (w.endsWith("-")) {
        np2.add(w);
      } else {
        np1.add(w);
      }
    }
    nameParticles = Set.copyOf(np1);
    nameParticlePrefixes = List.copyOf(np2);
    awardWords = List.copyOf(lowerSet(rules.apply("organizations/award-words.txt")));
    stopEndings = List.copyOf(lowerSet(rules.apply("organizations/modifier-stop-endings.txt")));
    PhraseIndex.Builder<Classifier> cb = PhraseIndex.builder(tokenizer);
    List<ModelLines.Line> classifierLines = new ArrayList<>(ModelLines.numberedClasspath("extract/places/classifiers.tsv"));
    for (Path d : extraRuleDirs) {
      classifierLines.addAll(ModelLines.numberedFile(d.resolve("places/classifiers.tsv")));
    }
    for (ModelLines.Line line : classifierLines) {
      String[] c = ModelLines.columns(line.text());
      if (c.length < 2 || c[0].isEmpty()) {
        throw line.error("expected classifier<TAB>kind[<TAB>keep|drop]");
      }
      PlaceKind kind;
      try {
        kind = PlaceKind.valueOf(c[1]);
      } catch (IllegalArgumentException e) {
        throw line.error("unknown place kind '" + c[1] + "' (COUNTRY, REGION, CITY or OTHER)");
      }
      if (c.length > 2 && !c[2].isEmpty() && !"keep".equals(c[2]) && !"drop".equals(c[2])) {
        throw line.error("third column must be keep or drop, not '" + c[2] + "'");
      }
      cb.add(c[0], new Classifier(kind, c.length < 3 || !"drop".equals(c[2])));
    }
    classifiers = cb.build();
    Map<String, String> pc = new HashMap<>();
    for (String line : rules.apply("places/plural-classifiers.tsv")) {
      String[] c = ModelLines.columns(line);
      if (c.length > 1 && !c[1].isEmpty()) {
        pc.put(lower(c[0]), c[1]);
      }
    }
    pluralClassifiers = Map.copyOf(pc);
    placeGroupPhrases = flagIndex(rules.apply("places/group-phrases.txt"));
    competitionHeads = flagIndex(rules.apply("places/competition-heads.txt"));
    placeSizeWords = lowerSet(rules.apply("places/size-words.txt"));
    wordViews = new WordViews(orgHeads, pluralClassifiers);
  }

  private PhraseIndex<Boolean> flagIndex(List<String> lines) {
    PhraseIndex.Builder<Boolean> b = PhraseIndex.builder(tokenizer);
    for (String l : lines) {
      b.add(ModelLines.columns(l)[0], Boolean.TRUE);
    }
    return b.build();
  }

  private static Set<String> lowerSet(java.util.Collection<String> in) {
    Set<String> out = new HashSet<>();
    for (String s : in) {
      String t = ModelLines.columns(s)[0];
      if (!t.isEmpty()) {
        out.add(lower(t));
      }
    }
    return Set.copyOf(out);
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
