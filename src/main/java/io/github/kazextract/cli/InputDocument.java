package io.github.kazextract.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;

/**
 * One document read from the input, or the reason it could not be read.
 *
 * @param id document id (file path without {@code .txt}, the JSON Lines {@code id}, or
 *     {@code source:line} when a line has none)
 * @param text the text, null when {@code error} is set
 * @param published publication date from a JSON Lines {@code published} field, or null
 * @param meta the other fields of a JSON Lines object, copied to the output; null when none
 * @param bytes input bytes this document took (for throughput figures)
 * @param error why the document could not be read, or null
 */
record InputDocument(String id, String text, LocalDate published, ObjectNode meta, long bytes, InputError error) {

  static InputDocument ok(String id, String text, LocalDate published, ObjectNode meta, long bytes) {
    return new InputDocument(id, text, published, meta, bytes, null);
  }

  static InputDocument failed(String id, long bytes, String kind, String message) {
    return new InputDocument(id, null, null, null, bytes, new InputError(kind, message));
  }

  /** A per-document failure: {@code kind} is a stable word for scripts, {@code message} names the file. */
  record InputError(String kind, String message) {
    /** Could not be read (I/O error, missing file). */
    static final String READ = "read";
    /** Not valid UTF-8. */
    static final String ENCODING = "encoding";
    /** A JSON Lines line that is not JSON. */
    static final String MALFORMED_JSON = "malformed_json";
    /** JSON without a usable {@code id}, {@code text} or {@code published}. */
    static final String INVALID_DOCUMENT = "invalid_document";
    /** The extractor failed on the text. */
    static final String EXTRACTION = "extraction";
  }
}
