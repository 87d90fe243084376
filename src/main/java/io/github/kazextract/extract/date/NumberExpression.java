package io.github.kazextract.extract.date;

/**
 * A cardinal number found in text, written in digits ({@code 32}, {@code 40-тан}) or words
 * ({@code отыз екі}, {@code онға}).
 *
 * @param tokenStart first token
 * @param tokenEnd token index after the last
 * @param start UTF-16 start offset in the original text
 * @param end UTF-16 end offset (exclusive)
 * @param value the integer value
 * @param words true when written in words
 */
public record NumberExpression(int tokenStart, int tokenEnd, int start, int end, long value, boolean words) {}
