package io.github.kazextract.morph;

import java.util.Set;

/**
 * One suffix morpheme of {@code models/morph/suffixes.tsv} with its surface allomorphs.
 *
 * @param surfaces every surface form, lower case
 * @param contexts for each surface, the context bits (see {@link Phonology}) of stems it may follow
 */
record Morpheme(
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
    int[] contexts) {

  boolean verbal() {
    return out == 'V' || out == 'P' || afterVerbStem && !afterNominalStem;
  }
}
