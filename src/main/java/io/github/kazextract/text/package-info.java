/**
 * Text layer: normalization for matching ({@link io.github.kazextract.text.TextNormalizer}:
 * Unicode-property folds of spaces, invisible characters, dashes and quotes; NFC; per-word
 * look-alike repair) and derived views that keep an {@link io.github.kazextract.text.OffsetMap} to
 * the caller's original string ({@link io.github.kazextract.text.NormalizedText}), the mechanism
 * later transliteration views (Latin, Arabic-script Kazakh) are built on: build the derived string
 * with {@link io.github.kazextract.text.OffsetMap.Builder}, then {@link
 * io.github.kazextract.text.OffsetMap#compose(io.github.kazextract.text.OffsetMap)} chains views.
 * Data files: {@code models/token/lookalikes.tsv}. Everything here is immutable and thread-safe.
 */
package io.github.kazextract.text;
