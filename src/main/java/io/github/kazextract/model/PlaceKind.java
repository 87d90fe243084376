package io.github.kazextract.model;

/** Kind of a place, as the extraction schema defines it. */
public enum PlaceKind {
  COUNTRY,
  /** Continent or world / cross-border region ({@code Орталық Азия}). */
  REGION,
  /** Settlement, canonical without {@code қаласы}. */
  CITY,
  /** Administrative units and natural features, with their classifier ({@code Ақмола облысы}). */
  OTHER
}
