package io.github.kazextract.token;

/** Coarse class of a token, decided by the tokenizer from its characters and context. */
public enum TokenType {
  /** A word in any script, including hyphenated compounds ({@code Қасым-Жомарт}). */
  WORD,
  /** An all-capital acronym, possibly with a hyphenated case suffix ({@code БҰҰ-ның}, {@code COVID-19}). */
  ACRONYM,
  /** A known abbreviation ({@code ж.}, {@code т.б.}, {@code млн}). */
  ABBREVIATION,
  /** One or more initials with their periods ({@code Қ.}, {@code Н.Ә.}, {@code Қ.-Ж.}). */
  INITIALS,
  /** A number, possibly with decimals, grouped thousands, a percent sign, range or ordinal suffix. */
  NUMBER,
  /** A date ({@code 28.05.2020}). */
  DATE,
  /** A time of day ({@code 14:30}). */
  TIME,
  URL,
  EMAIL,
  HASHTAG,
  /** An {@code @handle}. */
  HANDLE,
  /** A quote mark of any kind. */
  QUOTE,
  /** Other punctuation: . , ; : ! ? ( ) – and the like. */
  PUNCTUATION,
  /** Any other symbol. */
  SYMBOL
}
