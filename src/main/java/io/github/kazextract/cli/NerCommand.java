package io.github.kazextract.cli;

import io.github.kazextract.extract.ner.ConllTagger;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kazextract ner --conll IN [--output OUT]}: tags a KazNERD-style file with predicted IOB2 classes. */
@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = {
      "Tag a KazNERD-style CoNLL file (TOKEN TAG per line, blank line between sentences) with IOB2",
      "classes PERSON, ORGANISATION, GPE, LOCATION, DATE, EVENT (everything else O). The output keeps",
      "the tokens and replaces the tag, so it can be scored against the input, e.g.",
      "  python3 conll_score.py IN OUT --classes PERSON,ORGANISATION,GPE,LOCATION,DATE,EVENT"
    })
final class NerCommand implements Callable<Integer> {

  @Option(names = "--conll", required = true, paramLabel = "IN", description = "CoNLL input file")
  Path input;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "output file (default: standard output)")
  Path output;

  @Override
  public Integer call() throws IOException {
    List<List<String>> sentences;
    try (BufferedReader in = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
      sentences = NerConll.read(in);
    } catch (NoSuchFileException e) {
      System.err.println("kazextract ner: no such file: " + input);
      return KazextractCli.EXIT_BAD_INPUT;
    } catch (java.nio.charset.MalformedInputException e) {
      System.err.println("kazextract ner: not UTF-8: " + input);
      return KazextractCli.EXIT_BAD_INPUT;
    }
    ConllTagger tagger = ConllTagger.createDefault();
    try (Writer out = output == null
        ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
        : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      for (List<String> tokens : sentences) {
        NerConll.write(out, tokens, tagger.tag(tokens));
      }
    }
    return KazextractCli.EXIT_OK;
  }
}
