package io.github.kazextract.text;

/** The ways Kazakh text is written, as {@link ScriptDetector} tells them apart. */
public enum KazakhScript {
  /** Kazakh Cyrillic, the script the extractor's rules and canonical names are in. */
  CYRILLIC,
  /** The official Latin alphabet of 2021 (ä ğ ı i ñ ö q ş ū ü). */
  LATIN_2021,
  /** The acute-accent Latin alphabet of 2018 (á ǵ ı ń ó ú ý, sh, ch), Kazinform's Latin edition. */
  LATIN_2018,
  /** Latin letters without Kazakh special letters (Qazaqstan, zhane). */
  LATIN_INFORMAL,
  /** Arabic script (tote zhazu, with the high hamza ٴ), as written by Kazakhs in China. */
  ARABIC,
  /** Anything else: no Kazakh, or a Latin text that is not Kazakh. */
  OTHER;

  public boolean isLatin() {
    return this == LATIN_2021 || this == LATIN_2018 || this == LATIN_INFORMAL;
  }
}
