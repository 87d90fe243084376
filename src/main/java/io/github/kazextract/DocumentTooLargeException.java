package io.github.kazextract;

/**
 * Thrown by {@link KazakhExtractor#extract} when a document is longer than the extractor's
 * configured limit ({@link KazakhExtractor.Builder#maxDocumentLength(int)}).
 */
public final class DocumentTooLargeException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final int length;
  private final int limit;

  public DocumentTooLargeException(int length, int limit) {
    super("document of " + length + " characters exceeds the limit of " + limit
        + " characters (KazakhExtractor.Builder.maxDocumentLength)");
    this.length = length;
    this.limit = limit;
  }

  /** The document's length in UTF-16 characters. */
  public int length() {
    return length;
  }

  /** The configured limit in UTF-16 characters. */
  public int limit() {
    return limit;
  }
}
