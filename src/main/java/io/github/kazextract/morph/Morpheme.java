package io.github.kazextract.morph;

import java.util.Set;

/**
 * One suffix morpheme of {@code models/morph/suffixes.tsv} with its surface allomorphs.
 *
 * @param surfaces every surface form, lower case
 * @param contexts for each surface, the context bits (see {@link Phonology}) of stems it may follow
 * @param featNames the names of {@code feats}, parsed once ({@code Case} of {@code Case=Dat})
 * @param featValues their values, in the same order
 * @param index the line's position in {@code suffixes.tsv}: indexes per-morpheme tables
 */
record Morpheme(
    int index,
    String id,
    String feats,
    Set<String> left,
    boolean afterNominalStem,
    boolean afterVerbStem,
    boolean canEnd,
    char out,
    double cost,
    double knownCost,
    String[] surfaces,
    int[] contexts,
    String[] featNames,
    String[] featValues) {

  boolean verbal() {
    return out == 'V' || out == 'P' || afterVerbStem && !afterNominalStem;
  }
}
