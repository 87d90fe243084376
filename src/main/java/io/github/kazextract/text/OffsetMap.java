package io.github.kazextract.text;

import java.util.Arrays;

/**
 * Maps positions in a derived string (normalized, transliterated...) back to UTF-16 offsets in
 * the caller's original string. Each derived character remembers the original range it came
 * from; several derived characters may share one range (a composed or expanded sequence), and an
 * original character may map to nothing (a removed zero-width space). Immutable.
 */
public final class OffsetMap {

  // null for the identity map: most texts need no change, and their map should cost nothing
  private final int[] starts;
  private final int[] ends;
  private final int length;
  private final int originalLength;

  OffsetMap(int[] starts, int[] ends, int length, int originalLength) {
    this.starts = Arrays.copyOf(starts, length);
    this.ends = Arrays.copyOf(ends, length);
    this.length = length;
    this.originalLength = originalLength;
  }

  private OffsetMap(int length) {
    this.starts = null;
    this.ends = null;
    this.length = length;
    this.originalLength = length;
  }

  /** The identity map over a string of {@code length} characters. */
  public static OffsetMap identity(int length) {
    return new OffsetMap(length);
  }

  /** Length of the derived string. */
  public int length() {
    return length;
  }

  public int originalLength() {
    return originalLength;
  }

  /** Original offset where derived character {@code i} starts; {@code length()} maps to the end. */
  public int originalStart(int i) {
    if (i < 0 || i > length) {
      throw new IndexOutOfBoundsException(i);
    }
    return starts == null ? i : i == length ? originalLength : starts[i];
  }

  /** Original exclusive end offset of a derived span ending (exclusive) at {@code end}. */
  public int originalEnd(int end) {
    if (end < 0 || end > length) {
      throw new IndexOutOfBoundsException(end);
    }
    if (ends == null) {
      return end;
    }
    return end == 0 ? (length == 0 ? 0 : starts[0]) : ends[end - 1];
  }

  /** Composes {@code derivedFromThis} (a map from a string derived from this one) with this map. */
  public OffsetMap compose(OffsetMap derivedFromThis) {
    if (derivedFromThis.starts == null) {
      return this;
    }
    if (starts == null) {
      return derivedFromThis;
    }
    int n = derivedFromThis.length();
    int[] s = new int[n];
    int[] e = new int[n];
    for (int i = 0; i < n; i++) {
      s[i] = starts[derivedFromThis.starts[i]];
      e[i] = ends[derivedFromThis.ends[i] - 1];
    }
    return new OffsetMap(s, e, n, originalLength);
  }

  /** Builds a derived string and its map together, one appended character at a time. */
  public static final class Builder {
    private final int originalLength;
    private final StringBuilder text;
    private int[] starts;
    private int[] ends;

    public Builder(int originalLength, int expectedLength) {
      this.originalLength = originalLength;
      int cap = Math.max(16, expectedLength);
      this.text = new StringBuilder(cap);
      this.starts = new int[cap];
      this.ends = new int[cap];
    }

    /** Appends {@code c}, which came from the original range {@code [origStart, origEnd)}. */
    public Builder append(char c, int origStart, int origEnd) {
      int n = text.length();
      if (n == starts.length) {
        int cap = n * 2;
        starts = Arrays.copyOf(starts, cap);
        ends = Arrays.copyOf(ends, cap);
      }
      text.append(c);
      starts[n] = origStart;
      ends[n] = origEnd;
      return this;
    }

    /** Appends every character of {@code s}, all coming from {@code [origStart, origEnd)}. */
    public Builder append(CharSequence s, int origStart, int origEnd) {
      for (int i = 0; i < s.length(); i++) {
        append(s.charAt(i), origStart, origEnd);
      }
      return this;
    }

    public int length() {
      return text.length();
    }

    /** Replaces the derived character at {@code i} without changing where it came from. */
    public void setCharAt(int i, char c) {
      text.setCharAt(i, c);
    }

    public char charAt(int i) {
      return text.charAt(i);
    }

    public String text() {
      return text.toString();
    }

    public OffsetMap map() {
      return new OffsetMap(starts, ends, text.length(), originalLength);
    }
  }
}
