package io.github.kazextract.pipeline;

import io.github.kazextract.morph.Analysis;
import io.github.kazextract.token.Token;
import java.util.List;

/**
 * A document after tokenization, sentence splitting and morphological analysis: what the
 * extraction rules read.
 *
 * @param text the caller's original text
 * @param tokens every token, in order
 * @param analyses per token, every analysis (most likely first); never empty
 * @param sentences per sentence, the token index range {@code [first, end)}
 * @param paragraphs per paragraph (text separated by blank lines), the token index range
 */
public record AnalyzedText(
    String text, List<Token> tokens, List<List<Analysis>> analyses, List<TokenRange> sentences, List<TokenRange> paragraphs) {

  /** A half-open range of token indexes. */
  public record TokenRange(int first, int end) {
    public int size() {
      return end - first;
    }
  }

  /** The lemma of the most likely analysis of token {@code i}. */
  public String lemma(int i) {
    return analyses.get(i).get(0).lemma();
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  public int size() {
    return tokens.size();
  }
}
