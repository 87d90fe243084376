package io.github.kazextract.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.concurrent.atomic.AtomicReference;
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

  private static final ObjectMapper JSON = new ObjectMapper();
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
    AtomicReference<IOException> writeFailure = new AtomicReference<>();
    // the writer takes futures in submission order, so output order is input order
    Thread writer = new Thread(() -> {
      try {
        while (true) {
          Future<Outcome> f = pending.take();
          if (f == END) {
            break;
          }
          if (writeFailure.get() != null) {
            f.cancel(false);
            continue; // keep draining so the reader never blocks
          }
          Outcome o;
          try {
            o = f.get();
          } catch (ExecutionException e) {
            // safely() turns exceptions into error lines; only an Error (out of memory) gets here: stop
            writeFailure.set(new IOException("processing failed: " + e.getCause(), e.getCause()));
            continue;
          }
          try {
            out.write(o.line());
            out.write('\n');
          } catch (IOException e) {
            writeFailure.set(e);
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
    writer.setDaemon(true);
    writer.start();
    try {
      while (input.hasNext() && writeFailure.get() == null) {
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
      writer.interrupt();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (RuntimeException e) {
      writer.interrupt(); // the input failed as a whole: do not leave the writer waiting
      throw e;
    } finally {
      pool.shutdownNow();
    }
    if (writeFailure.get() != null) {
      throw writeFailure.get();
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
    ObjectNode o = JSON.createObjectNode();
    o.put("id", id);
    o.putObject("error").put("kind", kind).put("message", message);
    return new Outcome(o.toString(), kind, bytes);
  }
}
