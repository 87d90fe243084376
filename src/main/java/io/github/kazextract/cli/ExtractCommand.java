package io.github.kazextract.cli;

import io.github.kazextract.KazakhExtractor;
import io.github.kazextract.extract.ExtractionOptions;
import io.github.kazextract.model.Extraction;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** MINIMAL version: files and directories of *.txt; to be extended (batch, threads, jsonl input). */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract persons, organisations, places, events and statistics.")
final class ExtractCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "release text files or directories of *.txt")
  List<Path> inputs;

  @Option(names = "--published-date", paramLabel = "YYYY-MM-DD", description = "publication date, resolves dates without a year")
  LocalDate publishedDate;

  @Option(names = "--format", paramLabel = "json|jsonl", description = "json (one file) or jsonl; default: json for one file, jsonl otherwise")
  String format;

  @Option(names = "--output", paramLabel = "PATH", description = "write here instead of standard output")
  Path output;

  @Override
  public Integer call() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path p : inputs) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(f -> f.toString().endsWith(".txt") && Files.isRegularFile(f)).sorted().forEach(files::add);
        }
      } else if (Files.isRegularFile(p)) {
        files.add(p);
      } else {
        System.err.println("kazextract extract: " + p + ": no such file or directory");
        return KazextractCli.EXIT_BAD_INPUT;
      }
    }
    boolean jsonl = format != null ? format.equals("jsonl") : !(inputs.size() == 1 && !Files.isDirectory(inputs.get(0)));
    KazakhExtractor extractor = KazakhExtractor.builder().build();
    try (PrintStream out = output == null
        ? new PrintStream(System.out, true, StandardCharsets.UTF_8)
        : new PrintStream(Files.newOutputStream(output), false, StandardCharsets.UTF_8)) {
      for (Path f : files) {
        String name = f.getFileName().toString();
        String id = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
        String text = Files.readString(f, StandardCharsets.UTF_8);
        Extraction x = extractor.extract(text, new ExtractionOptions(id, publishedDate));
        out.println(jsonl ? x.toJson() : x.toPrettyJson());
      }
    }
    return KazextractCli.EXIT_OK;
  }
}
