package io.github.kazextract.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.kazextract.KazakhExtractor;
import io.github.kazextract.extract.ExtractionOptions;
import io.github.kazextract.model.Extraction;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Batch extraction over files, directories, standard input and JSON Lines corpora. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Extract persons, organisations, places, events and statistics.",
        "Reads release texts (files, directories of *.txt searched recursively, or standard input) or JSON Lines"
            + " corpora (--input-format jsonl: objects with id, text and optional published; other fields are copied"
            + " under meta). Writes one JSON line per document in input order (one indented object for a single file)."
            + " A document that cannot be read or extracted yields {\"id\":..,\"error\":{\"kind\":..,\"message\":..}}"
            + " and the run goes on; so does a missing or unreadable file named among several inputs (kind read)."
            + " A single named input that does not exist is bad input: a message on standard error, no output.",
        "Exit status: 0 all documents done, 1 bad input, 2 usage error, 3 some documents failed."})
final class ExtractCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "FILE|DIR|-",
      description = "release text files, directories, JSON Lines files (.jsonl, .jsonl.gz); - or none: standard input")
  List<Path> inputs = new java.util.ArrayList<>();

  @Option(names = "--input-format", paramLabel = "text|jsonl", description = "text (default): one document per file; jsonl: one object per line")
  String inputFormat = "text";

  @Option(names = "--published-date", paramLabel = "YYYY-MM-DD",
      description = "publication date, resolves dates without a year (a JSON Lines \"published\" field wins)")
  LocalDate publishedDate;

  @Option(names = "--format", paramLabel = "json|jsonl", description = "json (indented) or jsonl; default: json for one text file, jsonl otherwise")
  String format;

  @Option(names = "--output", paramLabel = "PATH", description = "write here instead of standard output")
  Path output;

  @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: available processors)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--resume", description = "append to --output, skipping documents whose ids it already holds")
  boolean resume;

  @Option(names = {"-q", "--quiet"}, description = "no progress bar and no summary on standard error")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    InputReader.Format fmt = switch (inputFormat) {
      case "text" -> InputReader.Format.TEXT;
      case "jsonl" -> InputReader.Format.JSONL;
      default -> throw new ParameterException(spec.commandLine(), "--input-format must be text or jsonl: " + inputFormat);
    };
    if (format != null && !format.equals("json") && !format.equals("jsonl")) {
      throw new ParameterException(spec.commandLine(), "--format must be json or jsonl: " + format);
    }
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    if (resume && output == null) {
      throw new ParameterException(spec.commandLine(), "--resume needs --output FILE");
    }
    // a sole input that does not exist leaves nothing to do: a plain error, no output; with several
    // inputs a missing one is that document's error line (InputReader) and the others still run
    if (inputs.size() == 1 && !inputs.get(0).equals(InputReader.STDIN) && !Files.exists(inputs.get(0))) {
      err.println("kazextract extract: " + inputs.get(0) + ": no such file or directory");
      return KazextractCli.EXIT_BAD_INPUT;
    }
    boolean singleFile = fmt == InputReader.Format.TEXT && inputs.size() == 1 && Files.isRegularFile(inputs.get(0));
    boolean pretty = format != null ? format.equals("json") : singleFile && !resume;

    Set<String> done = new HashSet<>();
    if (resume && Files.exists(output)) {
      try {
        done = ExtractResume.doneIds(output);
      } catch (IOException e) {
        err.println("kazextract extract: " + output + ": cannot resume: " + e.getMessage());
        return KazextractCli.EXIT_BAD_INPUT;
      }
    }

    long t0 = System.nanoTime();
    KazakhExtractor extractor = KazakhExtractor.builder().build();
    long loadNanos = System.nanoTime() - t0;
    Function<InputDocument, BatchRunner.Outcome> process = processor(extractor, pretty);

    boolean showProgress = !quiet && BatchProgress.stderrIsTerminal();
    Set<String> skip = done;
    BatchRunner.Summary summary;
    long skipped;
    try (Writer out = open();
        InputReader reader = new InputReader(inputs, fmt, System.in, skip::contains);
        BatchProgress progress = showProgress ? new BatchProgress(err, totalBytes(fmt)) : BatchProgress.NONE) {
      summary = new BatchRunner(threads, process, progress).run(reader, out);
      skipped = reader.skipped();
    } catch (IOException e) {
      err.println("kazextract extract: " + (output != null ? output : "standard output") + ": cannot write: " + e.getMessage());
      return KazextractCli.EXIT_BAD_INPUT;
    }
    if (!quiet) {
      err.println(summaryLine(summary, skipped, loadNanos));
    }
    return summary.failed() > 0 ? KazextractCli.EXIT_SOME_FAILED : KazextractCli.EXIT_OK;
  }

  /** Extraction of one document into its output line; failures become error lines. */
  private Function<InputDocument, BatchRunner.Outcome> processor(KazakhExtractor extractor, boolean pretty) {
    ObjectMapper mapper = Extraction.mapper();
    return d -> {
      if (d.error() != null) {
        return BatchRunner.error(d.id(), d.error().kind(), d.error().message(), d.bytes());
      }
      LocalDate date = d.published() != null ? d.published() : publishedDate;
      Extraction x = extractor.extract(d.text(), new ExtractionOptions(d.id(), date));
      String line;
      if (d.meta() == null) {
        line = pretty ? x.toPrettyJson() : x.toJson();
      } else {
        ObjectNode tree = mapper.valueToTree(x);
        tree.set("meta", d.meta());
        try {
          line = pretty ? mapper.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(tree)
              : mapper.writeValueAsString(tree);
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }
      return new BatchRunner.Outcome(line, null, d.bytes());
    };
  }

  private Writer open() throws IOException {
    if (output == null) {
      return new BufferedWriter(new OutputStreamWriter(unclosable(System.out), StandardCharsets.UTF_8), 1 << 16);
    }
    if (resume) {
      return Files.newBufferedWriter(output, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
    return Files.newBufferedWriter(output, StandardCharsets.UTF_8);
  }

  /**
   * Standard output that stays open when the run's writer is closed and that throws when a write
   * fails: a {@link PrintStream} only records its errors (full disk, closed pipe), and a run that
   * wrote nothing must not end with exit status 0.
   */
  static java.io.OutputStream unclosable(java.io.OutputStream out) {
    return new java.io.OutputStream() {
      @Override
      public void write(int b) throws IOException {
        out.write(b);
        check();
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        check();
      }

      @Override
      public void flush() throws IOException {
        out.flush();
        check();
      }

      @Override
      public void close() throws IOException {
        flush();
      }

      private void check() throws IOException {
        // checkError() flushes first, so the error of this very write is seen; the writer above
        // hands over 8 KB blocks, so the extra flushes cost nothing measurable
        if (out instanceof PrintStream ps && ps.checkError()) {
          throw new IOException("write failed (disk full, closed pipe or device error)");
        }
      }
    };
  }

  /**
   * Whether writing to standard output through {@code wrapper} failed. Both streams are checked:
   * {@link System#out} is itself a PrintStream that records its errors instead of passing them on.
   */
  static boolean standardOutputFailed(PrintStream wrapper) {
    boolean failed = wrapper.checkError(); // flushes into System.out first
    return System.out.checkError() || failed;
  }

  /** Input size for the progress ETA: the sum of the input files, -1 with standard input or gzip. */
  private long totalBytes(InputReader.Format fmt) {
    if (inputs.isEmpty()) {
      return -1;
    }
    long total = 0;
    for (Path p : inputs) {
      if (p.equals(InputReader.STDIN) || p.toString().endsWith(".gz")) {
        return -1;
      }
      try {
        if (Files.isDirectory(p)) {
          try (Stream<Path> s = Files.walk(p)) {
            total += s.filter(f -> InputReader.wanted(f, fmt) && Files.isRegularFile(f) && !f.toString().endsWith(".gz"))
                .mapToLong(f -> f.toFile().length()).sum();
          }
        } else {
          total += Files.size(p);
        }
      } catch (IOException | RuntimeException e) {
        return -1;
      }
    }
    return total;
  }

  static String summaryLine(BatchRunner.Summary s, long skipped, long loadNanos) {
    double secs = Math.max(1e-9, s.seconds());
    double mb = s.bytes() / 1e6;
    StringBuilder b = new StringBuilder("kazextract extract: ")
        .append(s.documents()).append(" documents (").append(s.documents() - s.failed()).append(" ok, ")
        .append(s.failed()).append(" failed");
    if (skipped > 0) {
      b.append(", ").append(skipped).append(" skipped as already done");
    }
    b.append("), ").append(String.format("%.2f MB in %.2f s: %.1f documents/s, %.2f MB/s; models loaded in %d ms",
        mb, secs, s.documents() / secs, mb / secs, loadNanos / 1_000_000));
    if (!s.errorsByKind().isEmpty()) {
      b.append("; errors:");
      new java.util.TreeMap<>(s.errorsByKind()).forEach((k, v) -> b.append(' ').append(k).append(' ').append(v));
    }
    return b.toString();
  }
}
