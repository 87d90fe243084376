package io.github.kazextract.model;

public enum EventFormat {
  PHONE, VIDEO_CONFERENCE, IN_PERSON, ONLINE
}
