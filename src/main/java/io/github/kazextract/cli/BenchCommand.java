package io.github.kazextract.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.kazextract.KazakhExtractor;
import io.github.kazextract.morph.KazakhMorphology;
import io.github.kazextract.pipeline.TextAnalyzer;
import io.github.kazextract.token.KazakhSentenceDetector;
import io.github.kazextract.token.KazakhTokenizer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Throughput, latency, heap and load time of one stage over a corpus. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measure throughput after warm-up: documents/s, MB/s, tokens/s, per-document p50/p99 latency,"
        + " peak heap and model load time.",
        "STAGE is tokenize, analyze (tokens, sentences, morphology), extract (the full pipeline; default)"
            + " or cold (starts --runs fresh JVMs, each timing its first analysis or its first extraction)."
            + " bench tokenize also measures OpenNLP's SimpleTokenizer and a whitespace split in the same run,"
            + " taking turns in 10 rounds so that all three share the machine's conditions.",
        "docs/CPU-s is documents per second of the measuring threads' CPU time: what a free core would do.",
        "INPUT is read like extract's input (files, directories, JSON Lines); the corpus is held in memory."
            + " Default: the shipped KazNERD corpus testdata/bench/kaznerd-releases.jsonl.gz."})
final class BenchCommand implements Callable<Integer> {

  static final List<String> STAGES = List.of("tokenize", "analyze", "extract", "cold");
  /** Rounds in which bench tokenize alternates the tokenizers it compares. */
  static final int INTERLEAVED_ROUNDS = 10;

  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "[STAGE] INPUT", description = "stage, then files or directories")
  List<String> args = new ArrayList<>();

  @Option(names = "--input-format", paramLabel = "text|jsonl",
      description = "default: jsonl when every input ends in .jsonl or .jsonl.gz, else text")
  String inputFormat;

  @Option(names = "--threads", paramLabel = "N", description = "threads running the stage (default: 1)")
  int threads = 1;

  @Option(names = "--warmup", paramLabel = "S", description = "warm-up seconds before measuring (default: 5)")
  double warmup = 5;

  @Option(names = "--seconds", paramLabel = "S", description = "measured seconds (default: 10)")
  double seconds = 10;

  @Option(names = "--json", description = "print the figures as one JSON object")
  boolean json;

  @Option(names = "--scaling", description = "with --threads N > 1: also measure the stage on 1 thread, taking turns"
      + " with N threads in 10 rounds, and a pure CPU loop on 1 and N threads (what the machine itself gives N threads)")
  boolean scaling;

  @Option(names = "--runs", paramLabel = "N", description = "bench cold: fresh JVMs per measurement (default: 10)")
  int runs = 10;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    String stage = "extract";
    List<Path> inputs = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      if (i == 0 && STAGES.contains(args.get(0))) {
        stage = args.get(0);
      } else {
        inputs.add(Path.of(args.get(i)));
      }
    }
    if (threads < 1 || warmup < 0 || !(seconds > 0) || runs < 1) {
      throw new ParameterException(spec.commandLine(), "need --threads >= 1, --warmup >= 0, --seconds > 0 and --runs >= 1");
    }
    if (stage.equals("cold")) {
      if (!inputs.isEmpty()) {
        throw new ParameterException(spec.commandLine(), "bench cold takes no INPUT");
      }
      return ColdStartRuns.run(runs, json, err);
    }
    if (inputs.isEmpty()) {
      Path shipped = io.github.kazextract.bench.BenchCorpus.SHIPPED;
      if (!Files.exists(shipped)) {
        throw new ParameterException(spec.commandLine(), "no INPUT given and " + shipped + " is not here");
      }
      inputs.add(shipped);
    }
    for (Path p : inputs) {
      if (!Files.exists(p)) {
        err.println("kazextract bench: " + p + ": no such file or directory");
        return KazextractCli.EXIT_BAD_INPUT;
      }
    }
    InputReader.Format format = format(inputs);
    if (format == null) {
      throw new ParameterException(spec.commandLine(), "--input-format must be text or jsonl: " + inputFormat);
    }

    List<String> texts = new ArrayList<>();
    List<Long> sizes = new ArrayList<>();
    int failed = 0;
    try (InputReader reader = new InputReader(inputs, format, System.in, id -> false)) {
      while (reader.hasNext()) {
        InputDocument d = reader.next();
        if (d.error() != null) {
          if (failed++ < 5) {
            err.println("kazextract bench: skipped: " + d.error().message());
          }
          continue;
        }
        texts.add(d.text());
        sizes.add((long) d.text().getBytes(StandardCharsets.UTF_8).length);
      }
    }
    if (texts.isEmpty()) {
      err.println("kazextract bench: no readable documents in " + inputs);
      return KazextractCli.EXIT_BAD_INPUT;
    }
    long[] bytes = sizes.stream().mapToLong(Long::longValue).toArray();
    long totalBytes = sizes.stream().mapToLong(Long::longValue).sum();

    // load time: building the stage and running it on one document (models may load lazily)
    long t0 = System.nanoTime();
    ToIntFunction<String> main = stage(stage);
    main.applyAsInt(texts.get(0));
    double loadMillis = (System.nanoTime() - t0) / 1e6;

    BenchMeasurement m = new BenchMeasurement(texts, bytes);
    List<BenchMeasurement.Result> results = new ArrayList<>();
    if (stage.equals("tokenize")) {
      // side by side: the three tokenizers take turns in short rounds, so they share the conditions
      SimpleTokenizer simple = SimpleTokenizer.INSTANCE;
      WhitespaceTokenizer ws = WhitespaceTokenizer.INSTANCE;
      results.addAll(m.measureInterleaved(List.of("kazextract", "opennlp-simple", "whitespace"),
          List.of(main, t -> simple.tokenizePos(t).length, t -> ws.tokenizePos(t).length), threads, warmup, seconds,
          INTERLEAVED_ROUNDS));
    } else if (scaling && threads > 1) {
      results.addAll(m.measureInterleaved(List.of("kazextract", "1 thread"), List.of(main, main), new int[] {threads, 1},
          warmup, seconds, INTERLEAVED_ROUNDS));
    } else {
      results.add(m.measure("kazextract", main, threads, warmup, seconds));
    }
    Double machineScaling = null;
    if (scaling && threads > 1) {
      machineScaling = BenchMeasurement.machineScaling(threads, Math.max(0.5, Math.min(4, seconds / 5)), INTERLEAVED_ROUNDS);
    }

    Map<String, Object> out = new LinkedHashMap<>();
    BenchMeasurement.Result r = results.get(0);
    out.put("stage", stage);
    out.put("corpus", String.join(" ", inputs.stream().map(Path::toString).toList()));
    out.put("documents", texts.size());
    out.put("megabytes", BenchMeasurement.round(totalBytes / 1e6, 3));
    out.put("threads", threads);
    out.put("warmupSeconds", warmup);
    out.putAll(r.toMap());
    out.remove("name");
    out.put("peakHeapMegabytes", BenchMeasurement.round(BenchMeasurement.peakHeapMegabytes(), 1));
    out.put("maxHeapMegabytes", BenchMeasurement.round(BenchMeasurement.maxHeapMegabytes(), 1));
    out.put("liveHeapMegabytes", BenchMeasurement.round(BenchMeasurement.liveHeapMegabytes(), 1));
    out.put("loadMillis", BenchMeasurement.round(loadMillis, 1));
    if (machineScaling != null) {
      double s = r.documentsPerSecond() / results.get(1).documentsPerSecond();
      out.put("scaling", BenchMeasurement.round(s, 3));
      out.put("machineScaling", BenchMeasurement.round(machineScaling, 3));
      out.put("scalingOfMachine", BenchMeasurement.round(s / machineScaling, 3));
    }
    out.put("availableProcessors", Runtime.getRuntime().availableProcessors());
    out.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    if (results.size() > 1) {
      Map<String, Object> baselines = new LinkedHashMap<>();
      for (BenchMeasurement.Result b : results.subList(1, results.size())) {
        Map<String, Object> bm = b.toMap();
        bm.remove("name");
        baselines.put(b.name(), bm);
      }
      out.put("baselines", baselines);
    }
    PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (json) {
      stdout.println(new ObjectMapper().writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out));
    } else {
      stdout.print(table(out, results));
    }
    if (ExtractCommand.standardOutputFailed(stdout)) {
      err.println("kazextract bench: standard output: cannot write the report (disk full, closed pipe or device error)");
      return KazextractCli.EXIT_BAD_INPUT;
    }
    return KazextractCli.EXIT_OK;
  }

  private InputReader.Format format(List<Path> inputs) {
    if (inputFormat == null) {
      boolean allJsonl = inputs.stream().allMatch(p -> Files.isRegularFile(p) && InputReader.wanted(p, InputReader.Format.JSONL));
      return allJsonl ? InputReader.Format.JSONL : InputReader.Format.TEXT;
    }
    return switch (inputFormat) {
      case "text" -> InputReader.Format.TEXT;
      case "jsonl" -> InputReader.Format.JSONL;
      default -> null;
    };
  }

  /** The measured function of a stage: processes one text, returns its token count. */
  static ToIntFunction<String> stage(String name) {
    switch (name) {
      case "tokenize": {
        KazakhTokenizer tokenizer = new KazakhTokenizer();
        return t -> tokenizer.tokens(t).size();
      }
      case "analyze": {
        TextAnalyzer analyzer = new TextAnalyzer(new KazakhTokenizer(), new KazakhSentenceDetector(), KazakhMorphology.getDefault());
        return t -> analyzer.analyze(t).size();
      }
      default: {
        KazakhExtractor extractor = KazakhExtractor.builder().build();
        KazakhTokenizer tokenizer = extractor.tokenizer();
        // tokens/s counts the tokens of the text; tokenizing again just to count would distort the figure
        java.util.Map<String, Integer> counts = new java.util.concurrent.ConcurrentHashMap<>();
        return t -> {
          extractor.extract(t);
          return counts.computeIfAbsent(t, x -> tokenizer.tokens(x).size());
        };
      }
    }
  }

  static String table(Map<String, Object> f, List<BenchMeasurement.Result> results) {
    StringBuilder b = new StringBuilder();
    b.append(String.format("kazextract bench %s: %s documents, %.2f MB (%s), %s thread(s), warm-up %s s%n",
        f.get("stage"), f.get("documents"), (Double) f.get("megabytes"), f.get("corpus"), f.get("threads"),
        f.get("warmupSeconds")));
    b.append(String.format("%-16s %12s %9s %12s %9s %9s %8s %12s%n", "", "documents/s", "MB/s", "tokens/s", "p50 ms", "p99 ms",
        "seconds", "docs/CPU-s"));
    for (BenchMeasurement.Result r : results) {
      b.append(String.format("%-16s %12.1f %9.3f %12.0f %9.4f %9.4f %8.2f %12.1f%n", r.name(), r.documentsPerSecond(),
          r.megabytesPerSecond(), r.tokensPerSecond(), r.p50Millis(), r.p99Millis(), r.seconds(), r.documentsPerCpuSecond()));
    }
    b.append(String.format("peak heap %.1f MB (max %.0f MB), live heap after GC %.1f MB; models loaded in %.1f ms;"
        + " %s processors; %s%n", (Double) f.get("peakHeapMegabytes"), (Double) f.get("maxHeapMegabytes"),
        (Double) f.get("liveHeapMegabytes"), (Double) f.get("loadMillis"), f.get("availableProcessors"), f.get("java")));
    if (f.containsKey("scaling")) {
      b.append(String.format("scaling 1 -> %s threads: %.2fx; this machine gives %s threads of a pure CPU loop %.2fx"
          + " (pipeline scaling = %.0f%% of the machine's)%n", f.get("threads"), (Double) f.get("scaling"), f.get("threads"),
          (Double) f.get("machineScaling"), 100 * (Double) f.get("scalingOfMachine")));
    }
    return b.toString();
  }
}
