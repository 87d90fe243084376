package io.github.kazextract.model;

/** A span of the caller's original text: UTF-16 offsets, {@code end} exclusive, {@code text} the exact substring. */
public record Mention(int start, int end, String text) {}
