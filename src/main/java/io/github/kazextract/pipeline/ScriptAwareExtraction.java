package io.github.kazextract.pipeline;

import io.github.kazextract.DocumentTooLargeException;
import io.github.kazextract.KazakhExtractor;
import io.github.kazextract.extract.ExtractionOptions;
import io.github.kazextract.model.Extraction;
import io.github.kazextract.text.KazakhTransliterator;
import io.github.kazextract.text.NormalizedText;
import java.util.Objects;

/**
 * Extraction from Kazakh in any script: a Latin-script or Arabic-script text is converted to its
 * Kazakh Cyrillic view, extracted there (canonical names come out in Cyrillic, as from the
 * Cyrillic twin of the text), and every mention is mapped back onto the caller's string. A
 * Cyrillic text goes to the extractor unchanged.
 */
public final class ScriptAwareExtraction {

  private ScriptAwareExtraction() {}

  /**
   * Extracts from {@code text} whatever its script.
   *
   * @throws NullPointerException if an argument is null
   * @throws DocumentTooLargeException if {@code text} is longer than the extractor's limit
   */
  public static Extraction extract(KazakhExtractor extractor, String text, ExtractionOptions options) {
    Objects.requireNonNull(extractor, "extractor");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(options, "options");
    if (text.length() > extractor.maxDocumentLength()) {
      throw new DocumentTooLargeException(text.length(), extractor.maxDocumentLength());
    }
    NormalizedText view = KazakhTransliterator.getDefault().toCyrillic(text);
    if (view.text() == text) {
      return extractor.extract(text, options);
    }
    return extractor.extract(view.text(), options).withMentionsMapped(view);
  }
}
