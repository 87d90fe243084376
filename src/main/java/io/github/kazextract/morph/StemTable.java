package io.github.kazextract.morph;

import java.util.Arrays;

/**
 * Lower-case stems with their part-of-speech bits, in flat arrays: the stems' letters back to back
 * in one {@code char[]} and an open-addressing hash table of their positions. Building it from the
 * 43k-line hunspell stem list allocates no object per stem, which is most of what a cold JVM spends
 * before its first analysis. Lookups use {@link String#hashCode()}, which the JDK caches per string.
 * Not thread-safe while being filled; read-only afterwards.
 */
final class StemTable {

  private char[] letters = new char[1 << 16];
  private int used;
  /** Per stem: start in {@link #letters}; the stem ends where the next begins. */
  private int[] starts = new int[1 << 12];
  private int[] hashes = new int[1 << 12];
  private byte[] bits = new byte[1 << 12];
  private int count;
  /** Open addressing, linear probing: stem number + 1, 0 for an empty slot. */
  private int[] slots = new int[1 << 13];
  private int removed;

  /** Expects about {@code stems} stems with {@code chars} letters in all: sizes the arrays once. */
  void reserve(int stems, int chars) {
    if (used + chars > letters.length) {
      letters = Arrays.copyOf(letters, used + chars);
    }
    if (count + stems + 1 > starts.length) {
      grow(count + stems + 1);
    }
  }

  /**
   * Adds the letters {@code text[from, to)}, lower-cased char by char, with {@code posBits} (ORed
   * into the bits of the same stem added before).
   */
  void add(CharSequence text, int from, int to, int posBits) {
    int n = to - from;
    if (n <= 0) {
      return;
    }
    if (used + n > letters.length) {
      letters = Arrays.copyOf(letters, Math.max(letters.length * 2, used + n));
    }
    int h = 0;
    for (int i = 0; i < n; i++) {
      char c = Character.toLowerCase(text.charAt(from + i));
      letters[used + i] = c;
      h = 31 * h + c;
    }
    int found = find(letters, used, n, h);
    if (found >= 0) {
      bits[found] |= (byte) posBits;
      return;
    }
    if (count + 2 > starts.length) {
      grow(starts.length * 2);
    }
    starts[count] = used;
    starts[count + 1] = used + n;
    hashes[count] = h;
    bits[count] = (byte) posBits;
    used += n;
    count++;
    if (count * 2 > slots.length) {
      rehash(slots.length * 2);
    } else {
      insert(count - 1);
    }
  }

  /** The bits of a lower-case stem, 0 if unknown. */
  int get(String lowerStem) {
    int n = lowerStem.length();
    int mask = slots.length - 1;
    int h = lowerStem.hashCode();
    for (int i = mix(h) & mask; ; i = (i + 1) & mask) {
      int s = slots[i] - 1;
      if (s < 0) {
        return 0;
      }
      if (hashes[s] == h && starts[s + 1] - starts[s] == n && sameLetters(lowerStem, starts[s])) {
        return bits[s];
      }
    }
  }

  /** Forgets a lower-case stem: it reads as unknown from now on. */
  void remove(String lowerStem) {
    int n = lowerStem.length();
    char[] key = lowerStem.toCharArray();
    int s = find(key, 0, n, lowerStem.hashCode());
    if (s >= 0 && bits[s] != 0) {
      bits[s] = 0;
      removed++;
    }
  }

  /** Number of known stems. */
  int size() {
    return count - removed;
  }

  private boolean sameLetters(String key, int start) {
    for (int i = 0; i < key.length(); i++) {
      if (letters[start + i] != key.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The number of the stem spelled {@code a[from, from+n)}, or -1. */
  private int find(char[] a, int from, int n, int h) {
    int mask = slots.length - 1;
    for (int i = mix(h) & mask; ; i = (i + 1) & mask) {
      int s = slots[i] - 1;
      if (s < 0) {
        return -1;
      }
      if (hashes[s] == h && starts[s + 1] - starts[s] == n
          && Arrays.equals(letters, starts[s], starts[s] + n, a, from, from + n)) {
        return s;
      }
    }
  }

  private void insert(int stem) {
    int mask = slots.length - 1;
    int i = mix(hashes[stem]) & mask;
    while (slots[i] != 0) {
      i = (i + 1) & mask;
    }
    slots[i] = stem + 1;
  }

  private void grow(int capacity) {
    starts = Arrays.copyOf(starts, capacity + 1);
    hashes = Arrays.copyOf(hashes, capacity + 1);
    bits = Arrays.copyOf(bits, capacity + 1);
    int slotsNeeded = Integer.highestOneBit(capacity) << 2;
    if (slotsNeeded > slots.length) {
      rehash(slotsNeeded);
    }
  }

  private void rehash(int size) {
    slots = new int[size];
    for (int s = 0; s < count; s++) {
      insert(s);
    }
  }

  /** Spreads String's hash, whose low bits are weak for short words. */
  private static int mix(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
