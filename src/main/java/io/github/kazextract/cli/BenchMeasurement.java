package io.github.kazextract.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;

/**
 * Throughput and latency of one stage over an in-memory corpus: N threads take documents in turn
 * (cycling through the corpus) for a warm-up period, then for the measured period. Each document's
 * latency is kept (a uniform sample of at most {@value #MAX_SAMPLES} per thread) for p50/p99.
 */
final class BenchMeasurement {

  static final int MAX_SAMPLES = 1 << 20;

  /** Figures of one measured run; rates are per second of wall time. */
  record Result(String name, long documents, double seconds, double documentsPerSecond, double megabytesPerSecond,
      double tokensPerSecond, double p50Millis, double p99Millis, double cpuSeconds) {

    /** Documents per second of the measuring threads' own CPU time: what a free core would do, whatever else runs. */
    double documentsPerCpuSecond() {
      return cpuSeconds > 0 ? documents / cpuSeconds : Double.NaN;
    }

    Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", name);
      m.put("documentsMeasured", documents);
      m.put("seconds", round(seconds, 3));
      m.put("documentsPerSecond", round(documentsPerSecond, 1));
      m.put("megabytesPerSecond", round(megabytesPerSecond, 3));
      m.put("tokensPerSecond", round(tokensPerSecond, 0));
      m.put("p50Millis", round(p50Millis, 4));
      m.put("p99Millis", round(p99Millis, 4));
      m.put("cpuSeconds", round(cpuSeconds, 3));
      m.put("documentsPerCpuSecond", round(documentsPerCpuSecond(), 1));
      return m;
    }
  }

  private final List<String> texts;
  private final long[] bytes;
  /** Next document; measurement goes on from where warm-up stopped, so a slow stage still sees the corpus. */
  private final AtomicInteger next = new AtomicInteger();

  BenchMeasurement(List<String> texts, long[] bytes) {
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("no documents to measure");
    }
    this.texts = texts;
    this.bytes = bytes;
  }

  /**
   * Warms {@code stage} up, then measures it.
   *
   * @param stage processes one text and returns its token count
   */
  Result measure(String name, ToIntFunction<String> stage, int threads, double warmupSeconds, double seconds)
      throws InterruptedException {
    if (warmupSeconds > 0) {
      run(stage, threads, warmupSeconds);
    }
    return result(name, run(stage, threads, seconds));
  }

  /**
   * Measures several stages side by side under the same conditions: warms each up, then runs
   * them in turn for {@code rounds} rounds of {@code seconds / rounds} each (the order reversed
   * every other round), so a change in the machine's load during the run touches every stage
   * alike. The figures of each stage add up its rounds.
   */
  List<Result> measureInterleaved(List<String> names, List<ToIntFunction<String>> stages, int threads, double warmupSeconds,
      double seconds, int rounds) throws InterruptedException {
    int[] t = new int[stages.size()];
    Arrays.fill(t, threads);
    return measureInterleaved(names, stages, t, warmupSeconds, seconds, rounds);
  }

  /** As above, each stage with its own number of threads (the same stage on 1 and on N threads). */
  List<Result> measureInterleaved(List<String> names, List<ToIntFunction<String>> stages, int[] threads,
      double warmupSeconds, double seconds, int rounds) throws InterruptedException {
    int k = stages.size();
    if (warmupSeconds > 0) {
      for (int j = 0; j < k; j++) {
        run(stages.get(j), threads[j], warmupSeconds);
      }
    }
    Run[] total = new Run[k];
    for (int j = 0; j < k; j++) {
      total[j] = new Run();
    }
    for (int r = 0; r < rounds; r++) {
      for (int jj = 0; jj < k; jj++) {
        int j = r % 2 == 0 ? jj : k - 1 - jj;
        Run one = run(stages.get(j), threads[j], seconds / rounds);
        total[j].docs += one.docs;
        total[j].bytes += one.bytes;
        total[j].tokens += one.tokens;
        total[j].nanos += one.nanos;
        total[j].cpuNanos += one.cpuNanos;
        total[j].samples.addAll(one.samples);
      }
    }
    List<Result> out = new ArrayList<>(k);
    for (int j = 0; j < k; j++) {
      out.add(result(names.get(j), total[j]));
    }
    return out;
  }

  private static Result result(String name, Run r) {
    long[] all = r.latencies();
    Arrays.sort(all);
    double secs = r.nanos / 1e9;
    return new Result(name, r.docs, secs, r.docs / secs, r.bytes / 1e6 / secs, r.tokens / secs,
        percentile(all, 0.50) / 1e6, percentile(all, 0.99) / 1e6, r.cpuNanos / 1e9);
  }

  /** Nearest-rank percentile of sorted values. */
  static double percentile(long[] sorted, double q) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(q * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private static final class Run {
    long docs;
    long bytes;
    long tokens;
    long nanos;
    /** CPU time of the measuring threads (0 where the JVM cannot measure it). */
    long cpuNanos;
    final List<long[]> samples = new ArrayList<>();

    long[] latencies() {
      return samples.stream().flatMapToLong(Arrays::stream).toArray();
    }
  }

  private Run run(ToIntFunction<String> stage, int threads, double seconds) throws InterruptedException {
    CountDownLatch start = new CountDownLatch(1);
    long[][] counts = new long[threads][];
    long[][] samples = new long[threads][];
    RuntimeException[] failure = new RuntimeException[1];
    List<Thread> workers = new ArrayList<>();
    long durationNanos = (long) (seconds * 1e9);
    long[] startedAt = new long[1];
    for (int t = 0; t < threads; t++) {
      int me = t;
      Thread w = new Thread(() -> {
        long docs = 0;
        long b = 0;
        long tokens = 0;
        long[] lat = new long[1024];
        int kept = 0;
        SplittableRandom random = new SplittableRandom(me);
        long cpu0 = 0;
        try {
          start.await();
          cpu0 = threadCpuNanos();
          long end = startedAt[0] + durationNanos;
          long now = System.nanoTime();
          while (now < end) {
            int i = Math.floorMod(next.getAndIncrement(), texts.size());
            long t0 = now;
            tokens += stage.applyAsInt(texts.get(i));
            now = System.nanoTime();
            long l = now - t0;
            docs++;
            b += bytes[i];
            if (kept < MAX_SAMPLES) {
              if (kept == lat.length) {
                lat = Arrays.copyOf(lat, kept * 2);
              }
              lat[kept++] = l;
            } else {
              long slot = random.nextLong(docs); // reservoir sampling keeps a uniform sample
              if (slot < MAX_SAMPLES) {
                lat[(int) slot] = l;
              }
            }
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
          synchronized (failure) {
            failure[0] = e;
          }
        }
        long cpu = cpu0 > 0 ? threadCpuNanos() - cpu0 : 0;
        counts[me] = new long[] {docs, b, tokens, System.nanoTime(), cpu};
        samples[me] = Arrays.copyOf(lat, kept);
      }, "kazextract-bench-" + t);
      workers.add(w);
      w.start();
    }
    startedAt[0] = System.nanoTime();
    start.countDown();
    for (Thread w : workers) {
      w.join();
    }
    if (failure[0] != null) {
      throw failure[0];
    }
    Run r = new Run();
    long last = startedAt[0];
    for (int t = 0; t < threads; t++) {
      r.docs += counts[t][0];
      r.bytes += counts[t][1];
      r.tokens += counts[t][2];
      last = Math.max(last, counts[t][3]);
      r.cpuNanos += counts[t][4];
      r.samples.add(samples[t]);
    }
    r.nanos = Math.max(1, last - startedAt[0]);
    return r;
  }

  /**
   * How much faster {@code threads} threads run a pure CPU loop (no memory traffic, no allocation,
   * nothing shared) than one thread: what this machine gives to that many threads at all. A
   * virtual machine whose cores are hyper-threads of one core, or are overcommitted, shows well
   * under {@code threads} here; the pipeline cannot scale better than this. One and
   * {@code threads} threads take turns in {@code rounds} rounds.
   */
  static double machineScaling(int threads, double seconds, int rounds) throws InterruptedException {
    double one = 0;
    double many = 0;
    spin(1, 0.2);
    for (int r = 0; r < rounds; r++) {
      one += spin(1, seconds / rounds / 2);
      many += spin(threads, seconds / rounds / 2);
    }
    return many / one;
  }

  /** Loop iterations per second of {@code threads} threads together. */
  private static double spin(int threads, double seconds) throws InterruptedException {
    long[] counts = new long[threads * 16]; // one slot every 128 bytes: no false sharing
    List<Thread> workers = new ArrayList<>();
    long end = System.nanoTime() + (long) (seconds * 1e9);
    long started = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      int me = t;
      Thread w = new Thread(() -> {
        long x = 0x9E3779B97F4A7C15L + me;
        long n = 0;
        while (System.nanoTime() < end) {
          for (int i = 0; i < 10_000; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
          }
          n += 10_000;
        }
        counts[me * 16] = n;
        counts[me * 16 + 1] = x; // keeps the loop from being optimised away
      }, "kazextract-bench-spin-" + t);
      workers.add(w);
      w.start();
    }
    long total = 0;
    for (int t = 0; t < threads; t++) {
      workers.get(t).join();
      total += counts[t * 16];
    }
    return total / ((System.nanoTime() - started) / 1e9);
  }

  /** Heap in use after a full collection, in MB: the live data (models, caches), without garbage. */
  static double liveHeapMegabytes() {
    System.gc();
    System.gc();
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getUsage() != null) {
        sum += p.getUsage().getUsed();
      }
    }
    return sum / 1e6;
  }

  private static long threadCpuNanos() {
    java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    return mx.isCurrentThreadCpuTimeSupported() ? Math.max(0, mx.getCurrentThreadCpuTime()) : 0;
  }

  /** Peak used heap since the JVM started (sum of the heap pools' peaks), in MB. */
  static double peakHeapMegabytes() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum / 1e6;
  }

  static double maxHeapMegabytes() {
    return Runtime.getRuntime().maxMemory() / 1e6;
  }

  static double round(double v, int decimals) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return v;
    }
    return java.math.BigDecimal.valueOf(v).setScale(decimals, java.math.RoundingMode.HALF_UP).doubleValue();
  }
}
