package io.github.kazextract.extract.date;

import io.github.kazextract.pipeline.AnalyzedText;
import io.github.kazextract.token.Token;
import io.github.kazextract.token.TokenType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads cardinal numbers written in digits or Kazakh words ({@code отыз екі} = 32). The number
 * words are data ({@code models/extract/numbers/number-words.tsv}). Immutable and thread-safe.
 */
public final class NumberParser {

  private static volatile NumberParser defaultInstance;

  private final WordForms<Long> words;

  public NumberParser(Map<String, Long> numberWords, Set<String> suffixes) {
    this.words = new WordForms<>(numberWords, suffixes);
  }

  /** The parser with the bundled number words, loaded once. */
  public static NumberParser getDefault() {
    NumberParser p = defaultInstance;
    if (p == null) {
      synchronized (NumberParser.class) {
        p = defaultInstance;
        if (p == null) {
          Map<String, Long> m = new HashMap<>();
          for (String[] row : RuleFiles.tsv("extract/numbers/number-words.tsv")) {
            m.put(row[0], Long.parseLong(row[1]));
          }
          p = new NumberParser(m, WordForms.defaultSuffixes());
          defaultInstance = p;
        }
      }
    }
    return p;
  }

  /** Value of a single number word form ({@code онға} → 10), or null. */
  public Long wordValue(String word) {
    return words.lookup(word);
  }

  /**
   * The number starting at token {@code i} (not reaching {@code limit}), or null. A digit token
   * that is part of a decimal ({@code 3,2}) is not a cardinal and gives null.
   */
  public NumberExpression parseAt(AnalyzedText doc, int i, int limit) {
    Token t = doc.token(i);
    if (t.type() == TokenType.NUMBER) {
      if (isDecimalPart(doc, i, limit)) {
        return null;
      }
      long[] v = leadingDigits(t.norm());
      return v == null ? null : new NumberExpression(i, i + 1, t.start(), t.end(), v[0], false);
    }
    if (!t.isWordLike()) {
      return null;
    }
    long total = 0;
    long current = 0;
    long lastAdded = Long.MAX_VALUE;
    int j = i;
    while (j < limit && doc.token(j).isWordLike()) {
      Long v = words.lookup(doc.token(j).norm());
      if (v == null) {
        break;
      }
      if (v >= 1000) {
        total += (current == 0 ? 1 : current) * v;
        current = 0;
        lastAdded = v;
      } else if (v == 100) {
        current = (current == 0 ? 1 : current) * 100;
        lastAdded = 100;
      } else {
        // "он екі" adds a smaller part; "екі үш" is two numbers, stop before the second
        if (v >= lastAdded || (v < 10 && current % 10 != 0) || (v >= 10 && current % 100 != 0)) {
          break;
        }
        current += v;
        lastAdded = v;
      }
      j++;
      // an ending closes the number: "онға жетті"
      if (!words.isBare(doc.token(j - 1).norm())) {
        break;
      }
    }
    if (j == i) {
      return null;
    }
    return new NumberExpression(i, j, t.start(), doc.token(j - 1).end(), total + current, true);
  }

  /** Every number in tokens {@code [from, to)}, in text order, not overlapping. */
  public List<NumberExpression> find(AnalyzedText doc, int from, int to) {
    List<NumberExpression> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      NumberExpression n = parseAt(doc, i, to);
      if (n != null) {
        out.add(n);
        i = n.tokenEnd();
      } else {
        i++;
      }
    }
    return out;
  }

  private static boolean isDecimalPart(AnalyzedText doc, int i, int limit) {
    Token t = doc.token(i);
    if (i + 2 < limit) {
      Token sep = doc.token(i + 1);
      Token next = doc.token(i + 2);
      if ((sep.text().equals(",") || sep.text().equals(".")) && sep.start() == t.end()
          && next.start() == sep.end() && next.type() == TokenType.NUMBER) {
        return true;
      }
    }
    if (i >= 2) {
      Token sep = doc.token(i - 1);
      Token prev = doc.token(i - 2);
      if ((sep.text().equals(",") || sep.text().equals(".")) && sep.end() == t.start()
          && prev.end() == sep.start() && prev.type() == TokenType.NUMBER) {
        return true;
      }
    }
    String n = t.norm();
    for (int k = 0; k + 1 < n.length(); k++) {
      char c = n.charAt(k);
      if ((c == ',' || c == '.') && k > 0 && Character.isDigit(n.charAt(k - 1)) && Character.isDigit(n.charAt(k + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The leading integer of a digit token and, when it is a range ({@code 2020-2021}, {@code 3–4}),
   * the second integer: {@code {first}} or {@code {first, second}}; null when it starts with no digit.
   */
  public static long[] leadingDigits(String s) {
    int k = 0;
    long a = 0;
    while (k < s.length() && Character.isDigit(s.charAt(k)) && k < 12) {
      a = a * 10 + Character.digit(s.charAt(k), 10);
      k++;
    }
    if (k == 0) {
      return null;
    }
    if (k + 1 < s.length() && isRangeDash(s.charAt(k)) && Character.isDigit(s.charAt(k + 1))) {
      int m = k + 1;
      long b = 0;
      while (m < s.length() && Character.isDigit(s.charAt(m)) && m - k < 12) {
        b = b * 10 + Character.digit(s.charAt(m), 10);
        m++;
      }
      return new long[] {a, b};
    }
    return new long[] {a};
  }

  static boolean isRangeDash(char c) {
    return c == '-' || c == '–' || c == '—' || c == '‐' || c == '‑' || c == '−';
  }
}
