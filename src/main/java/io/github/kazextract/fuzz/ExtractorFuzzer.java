package io.github.kazextract.fuzz;

import io.github.kazextract.KazakhExtractor;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fuzzing harness: runs the tokenizer, sentence detector, morphology and extractor over random and
 * mutated inputs ({@link FuzzInputs}) for a fixed time budget and checks {@link Invariants} on
 * each. From the project root:
 *
 * <pre>
 * java -cp target/kazextract-cli.jar io.github.kazextract.fuzz.ExtractorFuzzer --seconds 60
 * </pre>
 *
 * <p>Options: {@code --seconds N} (budget, default 60), {@code --seed N} (default: the clock,
 * printed so a run can be repeated), {@code --max-length N} (default 4000 chars), {@code
 * --fragments FILE} (default {@code testdata/robust/fragments.txt}), {@code --corpus DIR} (seed
 * documents, default {@code testdata/releases} without its {@code holdout*} folders), {@code --failures DIR} (where failing inputs are
 * written, default {@code target/fuzz-failures}), {@code --timeout-ms N} (an input taking longer
 * counts as a hang, default 30000). Exit status 0 when no input failed, 1 otherwise, 2 on bad
 * arguments.
 */
public final class ExtractorFuzzer {

  /** What one run did. */
  public record Result(long seed, long inputs, long chars, List<Failure> failures) {}

  /** One failing input and what it broke. */
  public record Failure(String input, List<String> problems) {}

  /** Run settings. */
  public record Config(long seed, long millis, int maxLength, List<String> fragments, List<String> documents,
      long timeoutMillis, Path failuresDir) {}

  private ExtractorFuzzer() {}

  /** Fuzzes until the time budget is spent or an input hangs. */
  public static Result run(KazakhExtractor extractor, Config c, PrintStream log) {
    Invariants invariants = new Invariants(extractor);
    FuzzInputs inputs = new FuzzInputs(c.seed(), c.fragments(), c.documents(), c.maxLength());
    List<Failure> failures = new ArrayList<>();
    long inputsTried = 0;
    long chars = 0;
    // warm up first, so that class loading and a cold JIT on a busy machine do not count as a hang
    invariants.violations(c.documents().isEmpty() ? "Мемлекет басшысы Астанада кездесу өткізді." : c.documents().get(0));
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(c.millis());
    ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "fuzz-worker");
      t.setDaemon(true); // a hung input must not keep the JVM alive
      return t;
    });
    try {
      while (System.nanoTime() < deadline) {
        String input = inputs.next();
        inputsTried++;
        chars += input.length();
        Future<List<String>> f = worker.submit(() -> invariants.violations(input));
        List<String> problems;
        boolean hung = false;
        try {
          problems = f.get(c.timeoutMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
          f.cancel(true);
          problems = List.of("no result within " + c.timeoutMillis() + " ms (hang or super-linear time)");
          hung = true;
        } catch (ExecutionException e) {
          problems = List.of("harness error: " + e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
        if (!problems.isEmpty()) {
          Failure failure = new Failure(hung ? input : minimize(invariants, input, problems.get(0)), problems);
          failures.add(failure);
          report(failure, failures.size(), c.failuresDir(), log);
        }
        if (hung) {
          break; // the worker may still be busy: stop rather than pile up threads
        }
      }
    } finally {
      worker.shutdownNow();
    }
    return new Result(c.seed(), inputsTried, chars, List.copyOf(failures));
  }

  /**
   * A shorter input that still shows the same first problem: chunks of halving size are removed
   * while the problem stays (a simple delta debugging), so that a report carries a small reproducer.
   */
  public static String minimize(Invariants invariants, String input, String problem) {
    String key = problemKey(problem);
    String best = input;
    int budget = 2_000; // checks; the inputs are small, each check takes milliseconds
    for (int chunk = Math.max(1, best.length() / 2); chunk >= 1 && budget > 0; chunk /= 2) {
      boolean removed = true;
      while (removed && budget > 0) {
        removed = false;
        for (int at = 0; at < best.length() && budget > 0; at += chunk) {
          String candidate = best.substring(0, at) + best.substring(Math.min(best.length(), at + chunk));
          budget--;
          List<String> p;
          try {
            p = invariants.violations(candidate);
          } catch (RuntimeException | StackOverflowError e) {
            continue;
          }
          if (!p.isEmpty() && problemKey(p.get(0)).equals(key)) {
            best = candidate;
            removed = true;
            at -= chunk;
          }
        }
      }
    }
    return best;
  }

  /** The kind of a problem without its varying numbers: what must stay the same while minimizing. */
  private static String problemKey(String problem) {
    return problem.replaceAll("[0-9]+", "#");
  }

  private static void report(Failure f, int n, Path dir, PrintStream log) {
    log.println("FAILURE " + n + ": input " + Invariants.quote(f.input()));
    for (String p : f.problems()) {
      log.println("  " + p);
    }
    if (dir != null) {
      try {
        Files.createDirectories(dir);
        Path file = dir.resolve("failure-" + n + ".txt");
        // UTF-16BE keeps lone surrogates that UTF-8 cannot carry
        Files.write(file, f.input().getBytes(StandardCharsets.UTF_16BE));
        log.println("  input saved (UTF-16BE) to " + file);
      } catch (IOException e) {
        log.println("  cannot save input: " + e.getMessage());
      }
    }
  }

  public static void main(String[] args) {
    System.exit(mainExit(args, System.out));
  }

  /** {@link #main} without {@code System.exit}: the exit status. */
  public static int mainExit(String[] args, PrintStream out) {
    long seconds = 60;
    long seed = System.currentTimeMillis();
    int maxLength = 4000;
    long timeout = 30_000;
    Path fragments = Path.of("testdata/robust/fragments.txt");
    Path corpus = Path.of("testdata/releases");
    Path failures = Path.of("target/fuzz-failures");
    try {
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        String v = i + 1 < args.length ? args[i + 1] : null;
        if (v == null) {
          throw new IllegalArgumentException("missing value after " + a);
        }
        switch (a) {
          case "--seconds" -> seconds = Long.parseLong(v);
          case "--seed" -> seed = Long.parseLong(v);
          case "--max-length" -> maxLength = Integer.parseInt(v);
          case "--timeout-ms" -> timeout = Long.parseLong(v);
          case "--fragments" -> fragments = Path.of(v);
          case "--corpus" -> corpus = Path.of(v);
          case "--failures" -> failures = Path.of(v);
          default -> throw new IllegalArgumentException("unknown option " + a);
        }
        i++;
      }
      if (seconds < 0 || maxLength < 1 || timeout < 1) {
        throw new IllegalArgumentException("--seconds, --max-length and --timeout-ms must be positive");
      }
    } catch (IllegalArgumentException e) {
      out.println("ExtractorFuzzer: " + e.getMessage());
      out.println("usage: ExtractorFuzzer [--seconds N] [--seed N] [--max-length N] [--timeout-ms N]"
          + " [--fragments FILE] [--corpus DIR] [--failures DIR]");
      return 2;
    }
    List<String> frags = Files.isRegularFile(fragments) ? FuzzInputs.readFragments(fragments) : List.of();
    List<String> docs = Files.isDirectory(corpus) ? FuzzInputs.readDocuments(corpus) : List.of();
    if (frags.isEmpty() || docs.isEmpty()) {
      out.println("ExtractorFuzzer: note: " + (frags.isEmpty() ? "no fragments (" + fragments + ") " : "")
          + (docs.isEmpty() ? "no seed documents (" + corpus + ") " : "") + "- fewer input shapes; run from the project root");
    }
    long t0 = System.nanoTime();
    KazakhExtractor extractor = KazakhExtractor.builder().build();
    out.printf("ExtractorFuzzer: seed %d, %d s budget, %d fragments, %d seed documents, models loaded in %d ms%n",
        seed, seconds, frags.size(), docs.size(), (System.nanoTime() - t0) / 1_000_000);
    Result r = run(extractor, new Config(seed, seconds * 1000, maxLength, frags, docs, timeout, failures), out);
    out.printf("ExtractorFuzzer: %d inputs (%d chars) tried, %d failed (seed %d)%n", r.inputs(), r.chars(),
        r.failures().size(), r.seed());
    return r.failures().isEmpty() ? 0 : 1;
  }
}
