package io.github.kazextract.token;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import opennlp.tools.sentdetect.SentenceDetector;
import opennlp.tools.util.Span;

/**
 * Kazakh sentence splitter working on {@link KazakhTokenizer} tokens, so abbreviations ({@code
 * ж.}, {@code т.б.}) and initials ({@code Қ.}) are already single tokens and never split.
 *
 * <p>A sentence ends: at a paragraph break (a blank line); at a single line break unless the next
 * line goes on in lower case (so headlines without final punctuation are sentences); after {@code
 * . ! ? …} (and any closing quotes or brackets glued to them) when the next token can start a
 * sentence (not a lower-case word, not {@code , ; :}); after an abbreviation marked in {@code
 * abbreviations.tsv} as able to end a sentence. Inside quotes or brackets opened less than {@value
 * #MAX_QUOTED} characters earlier, sentence punctuation does not split, so quoted speech stays with
 * its {@code деді}. Lines holding only separator marks ({@code ***}, {@code * * *}, {@code ---})
 * are dropped: they belong to no sentence.
 *
 * <p>Sentence spans run from the first token's start to the last token's end. Immutable and
 * thread-safe.
 *
 * <p>Error model: every method throws only {@link NullPointerException} naming the parameter
 * ({@code s}, {@code text} or {@code tokens}) for a null argument. Empty or blank text (white space,
 * control characters alone) has no sentences: an empty array. Text in another language is split by
 * the same punctuation and line-break rules ({@code Hello world, it's 2024.} is one sentence).
 */
public final class KazakhSentenceDetector implements SentenceDetector {

  /** Quotes or brackets open longer than this (in characters) no longer hold sentences together. */
  static final int MAX_QUOTED = 300;

  private final KazakhTokenizer tokenizer;

  public KazakhSentenceDetector() {
    this(new KazakhTokenizer());
  }

  public KazakhSentenceDetector(KazakhTokenizer tokenizer) {
    this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
  }

  @Override
  public String[] sentDetect(CharSequence s) {
    return Span.spansToStrings(sentPosDetect(s), s);
  }

  @Override
  public Span[] sentPosDetect(CharSequence s) {
    Objects.requireNonNull(s, "s");
    String text = s.toString();
    return sentPosDetect(text, tokenizer.tokens(text));
  }

  /** Sentence spans over already computed {@code tokens} of {@code text}. */
  public Span[] sentPosDetect(String text, List<Token> tokens) {
    int[] idx = sentenceIndexes(text, tokens);
    List<Span> out = new ArrayList<>();
    int i = 0;
    while (i < idx.length) {
      if (idx[i] < 0) {
        i++;
        continue;
      }
      int first = i;
      int sentence = idx[i];
      int last = i;
      while (i < idx.length && (idx[i] == sentence || idx[i] < 0)) {
        if (idx[i] == sentence) {
          last = i;
        }
        i++;
      }
      out.add(new Span(tokens.get(first).start(), tokens.get(last).end()));
    }
    return out.toArray(new Span[0]);
  }

  /**
   * For each token of {@code text}, the 0-based index of its sentence, or -1 for a token on a
   * dropped separator line ({@code ***}). Indexes never decrease.
   */
  public int[] sentenceIndexes(String text, List<Token> tokens) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(tokens, "tokens");
    int count = tokens.size();
    int[] idx = new int[count];
    int sentence = -1;
    boolean open = false; // a sentence is in progress
    int depth = 0;
    int openedAt = -1;
    TokenLexicon lexicon = tokenizer.lexicon();
    boolean[] paired = pairedQuotesAndBrackets(text, tokens);
    int i = 0;
    while (i < count) {
      Token t = tokens.get(i);
      int breaks = i == 0 ? 1 : lineBreaks(text, tokens.get(i - 1).end(), t.start());
      if (breaks > 0) {
        int sepEnd = separatorLineEnd(text, tokens, i);
        if (sepEnd > i) {
          for (int k = i; k < sepEnd; k++) {
            idx[k] = -1;
          }
          open = false;
          depth = 0;
          i = sepEnd;
          continue;
        }
        if (open && (breaks >= 2 || !continuesLine(t))) {
          open = false;
        }
        if (breaks >= 2) {
          depth = 0;
        }
      }
      if (!open) {
        sentence++;
        open = true;
        depth = 0;
      }
      idx[i] = sentence;
      // quote and bracket depth
      int dir = paired[i] ? direction(text, t) : 0;
      if (dir > 0) {
        if (depth == 0) {
          openedAt = t.start();
        }
        depth++;
      } else if (dir < 0 && depth > 0) {
        depth--;
      }
      boolean terminal = isTerminal(t)
          || (t.type() == TokenType.ABBREVIATION && t.text().endsWith(".") && lexicon.mayEndSentence(t.norm()));
      if (!terminal) {
        i++;
        continue;
      }
      // glue closing quotes, brackets and more end punctuation to the terminal mark
      int j = i + 1;
      while (j < count) {
        Token u = tokens.get(j);
        Token prev = tokens.get(j - 1);
        if (u.start() != prev.end()) {
          break;
        }
        int d = direction(text, u);
        if (d < 0) {
          if (depth > 0 && paired[j]) {
            depth--;
          }
        } else if (!isTerminal(u)) {
          break;
        }
        idx[j] = sentence;
        j++;
      }
      if (j < count) {
        Token next = tokens.get(j);
        boolean quoted = depth > 0 && t.start() - openedAt < MAX_QUOTED;
        if (!quoted && lineBreaks(text, tokens.get(j - 1).end(), next.start()) == 0 && canStart(next)
            && !attribution(tokens, j)) {
          open = false;
        }
      }
      i = j;
    }
    return idx;
  }

  /**
   * Dialogue attribution after the speech's own end mark: a dash followed by a lower-case word
   * ({@code ...барарсың... — деді.}, {@code же! - деп}) continues the sentence.
   */
  private static boolean attribution(List<Token> tokens, int j) {
    Token dash = tokens.get(j);
    return dash.text().length() == 1 && "-–—".indexOf(dash.text().charAt(0)) >= 0 && j + 1 < tokens.size()
        && Character.isLowerCase(tokens.get(j + 1).text().codePointAt(0));
  }

  /**
   * Marks the quotes and brackets that have a partner of the same kind in the same paragraph;
   * unpaired ones (a quote opened and never closed) must not hold sentences together.
   */
  static boolean[] pairedQuotesAndBrackets(String text, List<Token> tokens) {
    int count = tokens.size();
    boolean[] paired = new boolean[count];
    int[] stack = new int[16];
    int sp = 0;
    for (int i = 0; i < count; i++) {
      Token t = tokens.get(i);
      if (i > 0 && lineBreaks(text, tokens.get(i - 1).end(), t.start()) >= 2) {
        sp = 0;
      }
      int dir = direction(text, t);
      if (dir == 0) {
        continue;
      }
      int kind = kind(t.text().charAt(0));
      if (dir > 0) {
        if (sp == stack.length) {
          stack = java.util.Arrays.copyOf(stack, sp * 2);
        }
        stack[sp++] = i;
        continue;
      }
      // look a few levels down for an opener of the same kind; openers above it stay unpaired
      for (int p = sp - 1; p >= 0 && p >= sp - 8; p--) {
        if (kind(tokens.get(stack[p]).text().charAt(0)) == kind) {
          paired[stack[p]] = true;
          paired[i] = true;
          sp = p;
          break;
        }
      }
    }
    return paired;
  }

  private static int kind(char c) {
    switch (c) {
      case '«':
      case '»':
        return 0;
      case '(':
      case ')':
        return 1;
      case '[':
      case ']':
        return 2;
      default:
        return 3;
    }
  }

  /** Number of line breaks in {@code text[from, to)} (a paragraph separator counts two). */
  static int lineBreaks(String text, int from, int to) {
    int k = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\u2028' || c == '\u000B' || c == '\u000C' || c == '\u0085') {
        k++;
      } else if (c == '\r') {
        if (i + 1 >= to || text.charAt(i + 1) != '\n') {
          k++;
        }
      } else if (c == '\u2029') {
        k += 2;
      }
    }
    return k;
  }

  /** A line that starts with a lower-case letter continues the previous line's sentence. */
  private static boolean continuesLine(Token t) {
    int cp = t.text().codePointAt(0);
    return Character.isLowerCase(cp);
  }

  /** Sentence-final punctuation: a token made only of {@code . ! ? …}. */
  static boolean isTerminal(Token t) {
    if (t.type() != TokenType.PUNCTUATION) {
      return false;
    }
    String s = t.text();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '.' && c != '!' && c != '?' && c != '\u2026') {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code next} can begin a new sentence: not a lower-case word, not mid-sentence punctuation. */
  private static boolean canStart(Token next) {
    String s = next.text();
    int cp = s.codePointAt(0);
    if (Character.isLowerCase(cp)) {
      return false;
    }
    return ",;:)]}".indexOf(cp) < 0 && !(next.type() == TokenType.QUOTE && (cp == '»' || cp == '”'));
  }

  /**
   * +1 for an opening quote or bracket, -1 for a closing one, 0 otherwise. {@code « „ ( [} open,
   * {@code » ) ]} close; other quotes ({@code " “ ” '}) open when preceded by a space or the start
   * of text and close when glued to the preceding text.
   */
  static int direction(String text, Token t) {
    if (t.end() - t.start() != 1) {
      return 0;
    }
    char c = t.text().charAt(0);
    switch (c) {
      case '«':
      case '„':
      case '(':
      case '[':
        return 1;
      case '»':
      case ')':
      case ']':
        return -1;
      default:
        break;
    }
    if (t.type() != TokenType.QUOTE || c == '\'' || c == '\u2019') {
      return 0; // apostrophes are too ambiguous to count
    }
    int p = t.start() - 1;
    if (p < 0) {
      return 1;
    }
    char before = text.charAt(p);
    return KazakhTokenizer.isBlank(before) || "([{«„—–-".indexOf(before) >= 0 ? 1 : -1;
  }

  /** If token {@code i} starts a line holding only separator marks, the index after that line; else {@code i}. */
  private static int separatorLineEnd(String text, List<Token> tokens, int i) {
    int j = i;
    int chars = 0;
    while (j < tokens.size()) {
      Token t = tokens.get(j);
      if (j > i && lineBreaks(text, tokens.get(j - 1).end(), t.start()) > 0) {
        break;
      }
      if (!isSeparatorMark(t.text())) {
        return i;
      }
      chars += t.text().length();
      j++;
    }
    return chars >= 3 ? j : i;
  }

  private static boolean isSeparatorMark(String s) {
    for (int i = 0; i < s.length(); i++) {
      if ("*-_=~—–•·".indexOf(s.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }
}
