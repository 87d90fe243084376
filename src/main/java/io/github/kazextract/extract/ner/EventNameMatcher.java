package io.github.kazextract.extract.ner;

import io.github.kazextract.extract.date.RuleFiles;
import io.github.kazextract.extract.entity.ProperNounEndings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds named events, holidays and commemorations of {@code models/gazetteer/events.txt} in a
 * tokenized sentence ({@code Тәуелсіздік күніне}, {@code Ұлы Отан соғысында}). Every word but the
 * last must match exactly (ignoring case); the last may carry endings. A one-word name must be
 * capitalised, so the month {@code наурыз} is not the holiday {@code Наурыз}. Immutable.
 */
public final class EventNameMatcher {

  private final Map<String, List<String[]>> byFirstWord;
  private final Endings endings;
  private final List<String> heads;
  private final java.util.function.Predicate<String> isNumber;

  EventNameMatcher(List<String> names, Endings endings, List<String> heads, java.util.function.Predicate<String> isNumber) {
    this.heads = heads.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    this.isNumber = isNumber;
    Map<String, List<String[]>> m = new HashMap<>();
    for (String name : names) {
      String[] words = words(name.toLowerCase(Locale.ROOT));
      m.computeIfAbsent(words.length == 1 ? stem(words[0], false) : words[0], k -> new ArrayList<>()).add(words);
    }
    // longest name first, so "Ұлы Отан соғысы" wins over shorter names starting alike
    m.values().forEach(l -> l.sort((a, b) -> b.length - a.length));
    this.byFirstWord = Map.copyOf(m);
    this.endings = endings;
  }

  /** The matcher with the bundled list. */
  public static EventNameMatcher load() {
    return load(Endings.load());
  }

  static EventNameMatcher load(Endings endings) {
    DateSpanMatcher numbers = DateSpanMatcher.load(endings);
    return new EventNameMatcher(RuleFiles.lines("gazetteer/events.txt"), endings,
        RuleFiles.lines("gazetteer/ner/event-heads.txt"), w -> numbers.isNumber(w.toLowerCase(Locale.ROOT)));
  }

  /** Event spans of one sentence, in order, not overlapping. */
  public List<NerSpan> find(List<String> tokens) {
    List<NerSpan> out = new ArrayList<>(numbered(tokens));
    if (!out.isEmpty()) {
      return ConllTagger.resolve(tokens.size(), merge(out, named(tokens)));
    }
    return named(tokens);
  }

  private static List<NerSpan> merge(List<NerSpan> a, List<NerSpan> b) {
    List<NerSpan> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** Names of events.txt. */
  private List<NerSpan> named(List<String> tokens) {
    List<NerSpan> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int end = matchAt(tokens, i);
      if (end > i) {
        out.add(new NerSpan(i, end, "EVENT"));
        i = end;
      } else {
        i++;
      }
    }
    return out;
  }

  /**
   * Numbered events: a capitalised name ending in the genitive, numbers, and a head word:
   * "Абайдың 175 жылдығына". The name starts at most five words before the genitive.
   */
  private List<NerSpan> numbered(List<String> tokens) {
    List<NerSpan> out = new ArrayList<>();
    for (int h = 2; h < tokens.size(); h++) {
      if (!isHead(tokens.get(h))) {
        continue;
      }
      int g = h - 1;
      while (g >= 0 && isNumber.test(tokens.get(g))) {
        g--;
      }
      if (g == h - 1 || g < 0 || !isGenitive(tokens.get(g))) {
        continue;
      }
      // the name: the nearest capitalised word (or opening quote) at or before the genitive, and
      // the capitalised words and quotes right before it; a capitalised first word of the sentence
      // joins only when it is the genitive itself ("Мектепте Абайдың ..." starts at Абайдың)
      int start = -1;
      for (int k = g; k >= Math.max(0, g - 5); k--) {
        String t = tokens.get(k);
        if (!Character.isLetter(t.codePointAt(0)) && !t.equals("«") && !t.equals("»")) {
          break;
        }
        if (isNameStart(t) && (k > 0 || k == g)) {
          start = k;
          break;
        }
      }
      while (start > 1 && (isNameStart(tokens.get(start - 1)) || tokens.get(start - 1).equals("«"))) {
        start--;
      }
      if (start >= 0) {
        out.add(new NerSpan(start, h + 1, "EVENT"));
      }
    }
    return out;
  }

  private static boolean isNameStart(String t) {
    return Character.isUpperCase(t.codePointAt(0)) || t.equals("«");
  }

  private boolean isHead(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    for (String h : heads) {
      if (lower.startsWith(h)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isGenitive(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return lower.endsWith("ның") || lower.endsWith("нің") || lower.endsWith("дың") || lower.endsWith("дің")
        || lower.endsWith("тың") || lower.endsWith("тің");
  }

  private int matchAt(List<String> tokens, int i) {
    String first = tokens.get(i).toLowerCase(Locale.ROOT);
    int best = i;
    // a one-word name is indexed by its stem, so try every prefix of the word as a key
    for (int len = first.length(); len > 0; len--) {
      List<String[]> cands = byFirstWord.get(first.substring(0, len));
      if (cands == null) {
        continue;
      }
      for (String[] name : cands) {
        int end = i + name.length;
        if (end <= tokens.size() && end > best && matches(tokens, i, name)) {
          best = end;
        }
      }
    }
    return best;
  }

  private boolean matches(List<String> tokens, int i, String[] name) {
    int last = name.length - 1;
    for (int k = 0; k < last; k++) {
      if (!tokens.get(i + k).toLowerCase(Locale.ROOT).equals(name[k])) {
        return false;
      }
    }
    String word = tokens.get(i + last);
    // names are capitalised: "жаңа жыл" is "new year", "Жаңа жыл" the holiday
    if (!Character.isUpperCase(tokens.get(i).codePointAt(0))) {
      return false;
    }
    // "Наурыз айында" is the month March, not the holiday
    if (name.length == 1 && i + 1 < tokens.size() && tokens.get(i + 1).toLowerCase(Locale.ROOT).startsWith("ай")) {
      return false;
    }
    return endings.isForm(word.toLowerCase(Locale.ROOT), stem(name[last], name.length > 1));
  }

  /** The last word without a final possessive ending, so "күні" also matches "күніне". */
  private static String stem(String word, boolean strip) {
    if (!strip) {
      return word;
    }
    List<String> bare = ProperNounEndings.withoutPossessive(word, 3);
    return bare.isEmpty() ? word : bare.get(0);
  }

  /** Words of a name: split on spaces, punctuation separated as KazNERD tokenizes it. */
  static String[] words(String name) {
    return name.replaceAll("([,!?:;«»\"])", " $1 ").trim().split("\\s+");
  }
}
