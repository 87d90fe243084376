package io.github.kazextract.extract.ner;

/**
 * A labelled span of sentence tokens.
 *
 * @param first index of the first token
 * @param end index after the last token
 * @param label KazNERD class (PERSON, ORGANISATION, GPE, LOCATION, DATE, EVENT)
 */
public record NerSpan(int first, int end, String label) {
  public NerSpan {
    if (first < 0 || end <= first) {
      throw new IllegalArgumentException("bad span " + first + ".." + end);
    }
  }

  public int length() {
    return end - first;
  }
}
