package io.github.kazextract.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Runs a per-document function over a stream of documents on N threads and writes one output line
 * per document in input order. Documents pass through a bounded queue: the reader blocks while
 * {@code 4 × threads} documents are in flight, so memory does not grow with the corpus.
 */
final class BatchRunner {

  /** The output of one document: its line, and the error kind when it failed. */
  record Outcome(String line, String errorKind, long bytes) {}

  /** Figures of a finished run. */
  record Summary(long documents, long failed, long bytes, long nanos, Map<String, Long> errorsByKind) {
    double seconds() {
      return nanos / 1e9;
    }
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
  private static final Future<Outcome> END = CompletableFuture.completedFuture(null);

  private final int threads;
  private final Function<InputDocument, Outcome> process;
  private final BatchProgress progress;

  BatchRunner(int threads, Function<InputDocument, Outcome> process, BatchProgress progress) {
    this.threads = Math.max(1, threads);
    this.process = process;
    this.progress = progress;
  }

  /**
   * Processes every document of {@code input} and writes each outcome line to {@code out}.
   *
   * @throws IOException when the output cannot be written (the run stops)
   */
  Summary run(Iterator<InputDocument> input, Writer out) throws IOException {
    long start = System.nanoTime();
    BlockingQueue<Future<Outcome>> pending = new ArrayBlockingQueue<>(Math.max(8, threads * 4));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "kazextract-worker");
      t.setDaemon(true);
      return t;
    });
    AtomicLong documents = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    AtomicLong bytes = new AtomicLong();
    Map<String, Long> errors = new TreeMap<>();
    IOException[] writeFailure = new IOException[1];
    // the writer takes futures in submission order, so output order is input order
    Thread writer = new Thread(() -> {
      try {
        while (true) {
          Future<Outcome> f = pending.take();
          if (f == END) {
            break;
          }
          if (writeFailure[0] != null) {
            f.cancel(false);
            continue; // keep draining so the reader never blocks
          }
          Outcome o = get(f);
          try {
            out.write(o.line());
            out.write('\n');
          } catch (IOException e) {
            writeFailure[0] = e;
            continue;
          }
          documents.incrementAndGet();
          bytes.addAndGet(o.bytes());
          if (o.errorKind() != null) {
            failed.incrementAndGet();
            synchronized (errors) {
              errors.merge(o.errorKind(), 1L, Long::sum);
            }
          }
          progress.done(o.bytes());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "kazextract-writer");
    writer.start();
    try {
      while (input.hasNext() && writeFailure[0] == null) {
        InputDocument d = input.next();
        Future<Outcome> f = d.error() != null
            ? CompletableFuture.completedFuture(safely(d)) // nothing to compute: no thread hop
            : pool.submit(() -> safely(d));
        pending.put(f);
      }
      pending.put(END);
      writer.join();
      out.flush();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } finally {
      pool.shutdownNow();
    }
    if (writeFailure[0] != null) {
      throw writeFailure[0];
    }
    synchronized (errors) {
      return new Summary(documents.get(), failed.get(), bytes.get(), System.nanoTime() - start, Map.copyOf(errors));
    }
  }

  /** Runs the function; whatever it throws becomes that document's error line, and the run goes on. */
  private Outcome safely(InputDocument d) {
    try {
      return process.apply(d);
    } catch (RuntimeException | StackOverflowError e) {
      return error(d.id(), InputDocument.InputError.EXTRACTION, d.id() + ": " + e, d.bytes());
    }
  }

  /** The output line of a failed document: {@code {"id":..,"error":{"kind":..,"message":..}}}. */
  static Outcome error(String id, String kind, String message, long bytes) {
    com.fasterxml.jackson.databind.node.ObjectNode o = JSON.createObjectNode();
    o.put("id", id);
    o.putObject("error").put("kind", kind).put("message", message);
    return new Outcome(o.toString(), kind, bytes);
  }

  private static Outcome get(Future<Outcome> f) throws InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      // process() turns every failure into an outcome; reaching here is a bug in it
      throw new IllegalStateException(e.getCause());
    }
  }
}
