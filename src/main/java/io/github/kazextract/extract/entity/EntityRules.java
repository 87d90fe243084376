package io.github.kazextract.extract.entity;

import io.github.kazextract.extract.EntityResult;
import io.github.kazextract.pipeline.AnalyzedText;

/** Entry point of the entity rules for {@link io.github.kazextract.extract.EntityRecognizer}. */
public final class EntityRules {
  private EntityRules() {}

  public static EntityResult recognize(EntityModel model, AnalyzedText doc) {
    return new DocRecognizer(model, doc).run();
  }
}
