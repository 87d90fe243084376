package io.github.kazextract.extract.ner;

import io.github.kazextract.extract.date.RuleFiles;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * PERSON repairs from the words around a name, after the spans are resolved: a capitalised word
 * right before a surname is its given name ("Айнадин [Молдабеков]" → "[Айнадин Молдабеков]"), a
 * given name addressed between commas is a person even when it is also an ordinary word ("Қайырлы
 * күн , [Бірлік] !", "[Зейін] , елімізде ..."), and an unrecognised capitalised word joined to a
 * person by мен/пен/бен/және is a person too ("Құнанбай мен [Бөжейдің]"). Role and title words (models/extract/roles) never
 * join a name: "Елбасы Назарбаев". Immutable and thread-safe.
 */
final class NameContext {

  private final Set<String> vocativeNames;
  private final Set<String> surnames;
  private final Set<String> roleWords;
  private final SpanRules shapes;

  NameContext(Set<String> vocativeNames, Set<String> surnames, Set<String> roleWords, SpanRules shapes) {
    this.vocativeNames = Set.copyOf(vocativeNames);
    this.surnames = Set.copyOf(surnames);
    this.roleWords = Set.copyOf(roleWords);
    this.shapes = shapes;
  }

  /** A title or role word ("Елбасы", "Президент"), whatever its case. */
  boolean isRoleWord(String word) {
    return roleWords.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Role words: every word of the role heads and of the roles of well-known holders, lower case. */
  static Set<String> loadRoleWords() {
    Set<String> words = new HashSet<>();
    for (String[] r : RuleFiles.tsv("extract/roles/heads.tsv")) {
      addWords(words, r[0]);
    }
    for (String[] r : RuleFiles.tsv("extract/roles/holders.tsv")) {
      if (r.length > 1) {
        addWords(words, r[1].replace('|', ' '));
      }
    }
    for (String l : RuleFiles.lines("extract/roles/title-words.txt")) {
      addWords(words, l);
    }
    for (String l : RuleFiles.lines("gazetteer/ner/role-words.txt")) {
      addWords(words, l);
    }
    return words;
  }

  private static void addWords(Set<String> out, String text) {
    for (String w : text.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
  }

  List<NerSpan> apply(List<NerSpan> spans, List<String> tokens) {
    int n = tokens.size();
    boolean[] taken = new boolean[n];
    for (NerSpan s : spans) {
      for (int i = s.first(); i < s.end(); i++) {
        taken[i] = true;
      }
    }
    List<NerSpan> out = new ArrayList<>();
    for (NerSpan s : spans) {
      if (s.label().equals("PERSON") && s.first() > 0 && !taken[s.first() - 1] && joinsBefore(tokens, s.first())) {
        taken[s.first() - 1] = true;
        s = new NerSpan(s.first() - 1, s.end(), "PERSON");
      }
      out.add(s);
    }
    int[] personStart = new int[n + 1];
    int[] personEnd = new int[n + 1];
    java.util.Arrays.fill(personStart, -1);
    java.util.Arrays.fill(personEnd, -1);
    for (NerSpan s : out) {
      if (s.label().equals("PERSON")) {
        personStart[s.first()] = s.end();
        personEnd[s.end()] = s.first();
      }
    }
    for (int i = 0; i < n; i++) {
      if (taken[i]) {
        continue;
      }
      if (vocativeNames.contains(tokens.get(i)) && isAddressed(tokens, i)
          || i > 0 && isGivenNameSlot(tokens, i) && isCoordinatedWithPerson(tokens, i, personStart, personEnd)) {
        out.add(new NerSpan(i, i + 1, "PERSON"));
        taken[i] = true;
      }
    }
    out.sort(java.util.Comparator.comparingInt(NerSpan::first));
    return List.copyOf(out);
  }

  /**
   * The free word before a PERSON starting at {@code first} belongs to it: a given name before a
   * surname ("Айнадин [Молдабеков]"), a listed given name before any name ("Дана [Нұржан]"), or a
   * nominative surname before a given name (surname first: "Мизамова [Жаңылсын]").
   */
  private boolean joinsBefore(List<String> tokens, int first) {
    String prev = tokens.get(first - 1);
    String head = tokens.get(first);
    if (isSurname(head) || vocativeNames.contains(prev)) {
      return isGivenNameSlot(tokens, first - 1);
    }
    return vocativeNames.contains(head) && shapes.hasShape(prev, "SURNAME") && shapes.endsName(prev)
        && !roleWords.contains(prev.toLowerCase(Locale.ROOT));
  }

  private boolean isSurname(String w) {
    if (shapes.hasShape(w, "SURNAME") || shapes.hasShape(w, "PATRONYMIC")) {
      return true;
    }
    for (int len = w.length(); len >= 3; len--) {
      if (surnames.contains(w.substring(0, len))) {
        return true;
      }
    }
    return false;
  }

  /** A capitalised Cyrillic word, not a role word, not the sentence's first word unless a name. */
  private boolean isGivenNameSlot(List<String> tokens, int i) {
    String w = tokens.get(i);
    if (w.length() < 2 || !Character.isUpperCase(w.codePointAt(0)) || !Character.isLowerCase(w.codePointAt(w.length() - 1))
        || roleWords.contains(w.toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (c != '-' && (!Character.isLetter(c) || Character.UnicodeScript.of(c) != Character.UnicodeScript.CYRILLIC)) {
        return false;
      }
    }
    return i > 0 || vocativeNames.contains(w);
  }

  /** "Құнанбай мен [Бөжейдің]", "[Қарақат] пен Ербол Шәріпов": joined to a person by a conjunction. */
  private static boolean isCoordinatedWithPerson(List<String> tokens, int i, int[] personStart, int[] personEnd) {
    if (i + 2 < tokens.size() && isConjunction(tokens.get(i + 1)) && personStart[i + 2] >= 0) {
      return true;
    }
    return i >= 2 && isConjunction(tokens.get(i - 1)) && personEnd[i - 1] >= 0;
  }

  private static boolean isConjunction(String t) {
    return t.equals("мен") || t.equals("пен") || t.equals("бен") || t.equals("және");
  }

  /** Between commas, or first in the sentence before a comma: "Рақмет , Зейін .", "Азамат , сіз ...". */
  private static boolean isAddressed(List<String> tokens, int i) {
    String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
    if (i == 0) {
      return next.equals(",");
    }
    return tokens.get(i - 1).equals(",")
        && (next.equals(",") || next.equals(".") || next.equals("!") || next.equals("?"));
  }
}
