package io.github.kazextract.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A one-line progress display on standard error (documents done, documents/s, and the percentage
 * and ETA when the total input size is known), redrawn at most four times a second.
 */
final class BatchProgress implements AutoCloseable {

  /** A progress that shows nothing. */
  static final BatchProgress NONE = new BatchProgress(null, -1);

  private final PrintStream err;
  private final long totalBytes;
  private final AtomicLong docs = new AtomicLong();
  private final AtomicLong bytes = new AtomicLong();
  private final long start = System.nanoTime();
  private volatile long lastDraw;
  private boolean drawn;

  /** @param totalBytes input size, or -1 when unknown (then no percentage or ETA) */
  BatchProgress(PrintStream err, long totalBytes) {
    this.err = err;
    this.totalBytes = totalBytes;
  }

  /** Whether standard error is a terminal (Linux: /proc; elsewhere: whether a console exists). */
  static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (Exception e) {
      return System.console() != null;
    }
  }

  void done(long docBytes) {
    long d = docs.incrementAndGet();
    long b = bytes.addAndGet(docBytes);
    if (err == null) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastDraw < 250_000_000L) {
      return;
    }
    lastDraw = now;
    draw(d, b, now);
  }

  private synchronized void draw(long d, long b, long now) {
    double secs = Math.max(1e-9, (now - start) / 1e9);
    StringBuilder s = new StringBuilder("\r").append(d).append(" documents, ")
        .append(String.format("%.1f", d / secs)).append(" documents/s");
    if (totalBytes > 0 && b > 0) {
      double frac = Math.min(1.0, (double) b / totalBytes);
      int width = 24;
      int full = (int) Math.round(frac * width);
      long eta = Math.round(secs * (1 - frac) / frac);
      s.append(" [").append("#".repeat(full)).append(" ".repeat(width - full)).append("] ")
          .append(String.format("%3.0f%% ETA %d:%02d", frac * 100, eta / 60, eta % 60));
    }
    s.append("   ");
    err.print(s);
    err.flush();
    drawn = true;
  }

  /** Clears the line so the summary starts on a clean line. */
  @Override
  public synchronized void close() {
    if (err != null && drawn) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
