package io.github.kazextract.morph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Fills the LEMMA and FEATS columns of CoNLL-U text with {@link KazakhMorphology}'s first analysis.
 * Comment lines, blank lines, multi-word token ranges, empty nodes and every other column are copied
 * unchanged, so the word lines of the output match the input one to one.
 */
public final class ConllU {

  private final KazakhMorphology morphology;

  public ConllU(KazakhMorphology morphology) {
    this.morphology = Objects.requireNonNull(morphology, "morphology");
  }

  /**
   * Copies {@code in} to {@code out}, filling LEMMA and FEATS of word lines.
   *
   * @return the number of word lines filled
   * @throws IllegalArgumentException if a word line does not have 10 tab-separated columns
   */
  public long lemmatize(BufferedReader in, Writer out) throws IOException {
    long words = 0;
    long lineNo = 0;
    String line;
    boolean first = true;
    while ((line = in.readLine()) != null) {
      lineNo++;
      if (line.isEmpty()) {
        first = true;
      }
      if (line.isEmpty() || line.startsWith("#")) {
        out.write(line);
        out.write('\n');
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length != 10) {
        throw new IllegalArgumentException("line " + lineNo + ": expected 10 tab-separated columns, found " + cols.length);
      }
      String id = cols[0];
      if (id.indexOf('-') >= 0 || id.indexOf('.') >= 0) {
        out.write(line); // multi-word token range or empty node
        out.write('\n');
        continue;
      }
      // the first word of a sentence, after any opening punctuation, may be capitalised only for that
      boolean initial = first;
      if (!isPunctuation(cols[1])) {
        first = false;
      }
      // an analytic form written as one word (болған емес, деген екен): the first part carries the
      // lemma, the auxiliary after it does not
      int space = cols[1].indexOf(' ');
      String form = space > 0 ? cols[1].substring(0, space) : cols[1];
      Analysis a = (initial ? morphology.analyzeSentenceInitial(form) : morphology.analyze(form)).get(0);
      cols[2] = a.lemma().isEmpty() ? "_" : a.lemma();
      cols[5] = a.feats().isEmpty() ? "_" : a.feats();
      out.write(String.join("\t", cols));
      out.write('\n');
      words++;
    }
    out.flush();
    return words;
  }

  private static boolean isPunctuation(String form) {
    for (int i = 0; i < form.length(); i++) {
      if (Character.isLetterOrDigit(form.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
