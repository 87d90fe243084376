package io.github.kazextract.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A bounded, thread-safe cache of per-word results for the pipeline's hot paths. New entries go
 * to a young generation; when it is full it becomes the old generation and the previous old one is
 * dropped, so memory stays under two generations while frequent words survive the turnover
 * (a hit in the old generation is copied back into the young one).
 */
public final class TwoGenerationCache<K, V> {

  private final int generationSize;
  private volatile Map<K, V> young = new ConcurrentHashMap<>();
  private volatile Map<K, V> old = new ConcurrentHashMap<>();

  /** A cache that keeps at most about {@code 2 * generationSize} entries. */
  public TwoGenerationCache(int generationSize) {
    if (generationSize < 1) {
      throw new IllegalArgumentException("generationSize must be positive: " + generationSize);
    }
    this.generationSize = generationSize;
  }

  /** The cached value, from either generation (an old one is promoted), or null. */
  public V get(K key) {
    V v = young.get(key);
    if (v == null) {
      v = old.get(key);
      if (v != null) {
        put(key, v);
      }
    }
    return v;
  }

  /** Caches {@code value} for {@code key} in the young generation, turning generations over when full. */
  public void put(K key, V value) {
    Map<K, V> y = young;
    if (y.size() >= generationSize) {
      synchronized (this) {
        if (young == y) {
          old = y;
          young = new ConcurrentHashMap<>();
        }
        y = young;
      }
    }
    y.put(key, value);
  }
}
