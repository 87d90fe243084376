package io.github.kazextract.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.kazextract.KazakhExtractor;
import io.github.kazextract.eval.GoldCorpus;
import io.github.kazextract.eval.ScoreReport;
import io.github.kazextract.eval.Scorer;
import io.github.kazextract.extract.ExtractionOptions;
import io.github.kazextract.model.Extraction;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Extracts every release of a gold folder and prints the figures of the reference scorer. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Extract every <id>.txt beside an <id>.gold.json and score it.",
        "Prints the same figures as tools/score.py: P/R/F1 of persons, organizations, places, roles, events,"
            + " countryGroupStats and event participants, accuracies of event and statistic fields, macro F1."})
final class EvalCommand implements Callable<Integer> {

  @Option(names = "--gold", required = true, paramLabel = "DIR", description = "folder of <id>.gold.json files beside <id>.txt")
  Path goldDir;

  @Option(names = "--json", description = "print one JSON object with every figure instead of the table")
  boolean json;

  @Option(names = "--per-doc", description = "after the table, list each document's errors")
  boolean perDoc;

  @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: available processors)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--predictions", paramLabel = "FILE", description = "also write the extraction results here (JSON Lines)")
  Path predictionsOut;

  @Override
  public Integer call() throws IOException {
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    if (!Files.isDirectory(goldDir)) {
      err.println("kazextract eval: " + goldDir + ": not a directory");
      return KazextractCli.EXIT_BAD_INPUT;
    }
    List<GoldCorpus.Entry> entries;
    try {
      entries = GoldCorpus.load(goldDir);
    } catch (IOException e) {
      err.println("kazextract eval: " + e.getMessage());
      return KazextractCli.EXIT_BAD_INPUT;
    }
    if (entries.isEmpty()) {
      err.println("kazextract eval: " + goldDir + ": no *.gold.json files");
      return KazextractCli.EXIT_BAD_INPUT;
    }
    KazakhExtractor extractor = KazakhExtractor.builder().build();
    List<Scorer.GoldDocument> golds = new ArrayList<>();
    List<InputDocument> docs = new ArrayList<>();
    for (GoldCorpus.Entry e : entries) {
      golds.add(e.toGoldDocument());
      try {
        String text = InputDecoding.readUtf8(e.text());
        docs.add(InputDocument.ok(e.id(), text, null, null, text.length()));
      } catch (NoSuchFileException ex) {
        err.println("kazextract eval: " + e.text() + ": no such file; scored as an empty result");
      } catch (IOException ex) {
        err.println("kazextract eval: " + e.text() + ": " + ex.getMessage() + "; scored as an empty result");
      }
    }
    // the JSON a user would get, scored exactly as score.py reads it
    StringWriter results = new StringWriter();
    new BatchRunner(threads, d -> new BatchRunner.Outcome(
        extractor.extract(d.text(), ExtractionOptions.withId(d.id())).toJson(), null, d.bytes()), BatchProgress.NONE)
        .run(docs.iterator(), results);
    ObjectMapper mapper = Extraction.mapper();
    Map<String, JsonNode> predictions = new LinkedHashMap<>();
    List<String> lines = new ArrayList<>();
    for (String line : results.toString().split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      JsonNode node = mapper.readTree(line);
      if (node.has("error")) {
        err.println("kazextract eval: " + node.at("/error/message").asText() + "; scored as an empty result");
        continue;
      }
      lines.add(line);
      predictions.put(node.get("id").asText(), node);
    }
    if (predictionsOut != null) {
      try (Writer w = Files.newBufferedWriter(predictionsOut, StandardCharsets.UTF_8)) {
        for (String l : lines) {
          w.write(l);
          w.write('\n');
        }
      }
    }
    ScoreReport report = Scorer.score(golds, predictions);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(json ? report.toJson() + "\n" : report.toTable(perDoc));
    if (ExtractCommand.standardOutputFailed(out)) {
      err.println("kazextract eval: standard output: cannot write the report (disk full, closed pipe or device error)");
      return KazextractCli.EXIT_BAD_INPUT;
    }
    return KazextractCli.EXIT_OK;
  }
}
