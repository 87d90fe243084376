package io.github.kazextract.extract;

import java.time.LocalDate;

/**
 * Per-call options.
 *
 * @param documentId the {@code id} written into the result, or null
 * @param publishedDate publication date used to resolve dates without a year ({@code 28 мамыр}), or null
 */
public record ExtractionOptions(String documentId, LocalDate publishedDate) {

  public static final ExtractionOptions DEFAULT = new ExtractionOptions(null, null);

  public static ExtractionOptions withId(String id) {
    return new ExtractionOptions(id, null);
  }

  public ExtractionOptions withPublishedDate(LocalDate date) {
    return new ExtractionOptions(documentId, date);
  }
}
