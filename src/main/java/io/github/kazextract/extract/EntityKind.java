package io.github.kazextract.extract;

public enum EntityKind {
  PERSON, ORGANIZATION, PLACE
}
