package io.github.kazextract.extract;

import io.github.kazextract.pipeline.AnalyzedText;

/** Finds persons, organisations and places. PLACEHOLDER until the rules land. */
public final class EntityRecognizer {

  public EntityRecognizer() {}

  public EntityResult recognize(AnalyzedText doc) {
    return EntityResult.EMPTY;
  }
}
