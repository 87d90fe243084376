package io.github.kazextract.extract.date;

import io.github.kazextract.morph.Analysis;
import io.github.kazextract.pipeline.AnalyzedText;
import io.github.kazextract.token.KazakhTokenizer;
import io.github.kazextract.token.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds an {@link AnalyzedText} with the real tokenizer but no morphology (lemma = word form),
 * sentences split at . ! ? and paragraphs at blank lines: the date, number and statistic rules must
 * work on surface forms alone, so their tests do not depend on the analyser.
 */
public final class TestDocs {

  private static final KazakhTokenizer TOKENIZER = new KazakhTokenizer();

  private TestDocs() {}

  public static AnalyzedText analyze(String text) {
    List<Token> tokens = TOKENIZER.tokens(text);
    List<List<Analysis>> analyses = new ArrayList<>();
    for (Token t : tokens) {
      analyses.add(List.of(new Analysis(t.norm(), "X", "")));
    }
    List<AnalyzedText.TokenRange> sentences = new ArrayList<>();
    List<AnalyzedText.TokenRange> paragraphs = new ArrayList<>();
    int s = 0;
    int p = 0;
    for (int i = 0; i < tokens.size(); i++) {
      boolean paraBreak = i + 1 < tokens.size()
          && text.substring(tokens.get(i).end(), tokens.get(i + 1).start()).chars().filter(c -> c == '\n').count() >= 2;
      String tx = tokens.get(i).text();
      if (paraBreak || tx.equals(".") || tx.equals("!") || tx.equals("?") || i + 1 == tokens.size()) {
        sentences.add(new AnalyzedText.TokenRange(s, i + 1));
        s = i + 1;
      }
      if (paraBreak || i + 1 == tokens.size()) {
        paragraphs.add(new AnalyzedText.TokenRange(p, i + 1));
        p = i + 1;
      }
    }
    return new AnalyzedText(text, tokens, analyses, sentences, paragraphs);
  }
}
