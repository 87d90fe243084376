package io.github.kazextract.extract;

import io.github.kazextract.extract.entity.EntityModel;
import io.github.kazextract.extract.entity.EntityRules;
import io.github.kazextract.extract.gazetteer.Gazetteer;
import io.github.kazextract.pipeline.AnalyzedText;
import io.github.kazextract.token.KazakhTokenizer;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Finds persons (with their titles), organisations and places. Rules and lexicons are data under
 * {@code models/extract/} and {@code models/gazetteer/}; building loads them once, after which the
 * recognizer is immutable and thread-safe.
 */
public final class EntityRecognizer {

  private final EntityModel model;

  /** The bundled gazetteer and rules, read with the default tokenizer. */
  public EntityRecognizer() {
    this(Gazetteer.getDefault(), new KazakhTokenizer(), List.of());
  }

  /**
   * @param gazetteer name lists
   * @param tokenizer the tokenizer the documents are read with
   * @param extraRuleDirs directories with rule files named as under {@code models/extract/}
   *     ({@code roles/heads.tsv}, {@code organizations/heads.txt}, ...), added to the bundled ones
   */
  public EntityRecognizer(Gazetteer gazetteer, KazakhTokenizer tokenizer, List<Path> extraRuleDirs) {
    this.model = new EntityModel(
        Objects.requireNonNull(gazetteer, "gazetteer"), Objects.requireNonNull(tokenizer, "tokenizer"), List.copyOf(extraRuleDirs));
  }

  public EntityResult recognize(AnalyzedText doc) {
    Objects.requireNonNull(doc, "doc");
    return EntityRules.recognize(model, doc);
  }
}
