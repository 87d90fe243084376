/**
 * Tokenizer ({@link io.github.kazextract.token.KazakhTokenizer}) and sentence splitter ({@link
 * io.github.kazextract.token.KazakhSentenceDetector}), both OpenNLP-compatible, plus typed {@link
 * io.github.kazextract.token.Token}s whose offsets are UTF-16 into the caller's string. Data files:
 * {@code models/token/abbreviations.tsv} (with its example corpus {@code
 * abbreviations.corpus.txt}) and {@code models/token/tlds.txt}.
 */
package io.github.kazextract.token;
