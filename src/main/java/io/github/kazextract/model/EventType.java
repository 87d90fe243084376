package io.github.kazextract.model;

public enum EventType {
  PHONE_CALL, MEETING, VISIT, FORUM, SIGNING, AWARD, APPOINTMENT, CHAIRMANSHIP, OTHER
}
