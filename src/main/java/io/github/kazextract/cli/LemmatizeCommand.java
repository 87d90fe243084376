package io.github.kazextract.cli;

import io.github.kazextract.morph.ConllU;
import io.github.kazextract.morph.KazakhMorphology;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Fills LEMMA and FEATS of a CoNLL-U file; everything else is copied unchanged. */
@Command(name = "lemmatize", mixinStandardHelpOptions = true,
    description = "Fill LEMMA and FEATS (Case, Number, possessive, verb forms) of a CoNLL-U file; "
        + "every other column and every comment line is copied unchanged.")
final class LemmatizeCommand implements Callable<Integer> {

  @Option(names = "--conllu", required = true, paramLabel = "IN", description = "CoNLL-U input file (- for standard input).")
  String input;

  @Option(names = {"--output", "-o"}, paramLabel = "OUT", description = "Output file (default: standard output).")
  Path output;

  @Override
  public Integer call() {
    ConllU conllu = new ConllU(KazakhMorphology.getDefault());
    try (BufferedReader in = input.equals("-")
            ? new BufferedReader(new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8))
            : Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8);
        Writer out = output == null
            ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
            : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      conllu.lemmatize(in, out);
      return KazextractCli.EXIT_OK;
    } catch (java.nio.file.NoSuchFileException e) {
      // its message is the bare path; say which file is missing and that it is missing
      System.err.println("kazextract lemmatize: " + e.getFile()
          + (isOutput(e.getFile()) ? ": cannot write: no such folder" : ": no such file"));
      return KazextractCli.EXIT_BAD_INPUT;
    } catch (java.nio.file.AccessDeniedException e) {
      System.err.println("kazextract lemmatize: " + e.getFile() + ": permission denied");
      return KazextractCli.EXIT_BAD_INPUT;
    } catch (IOException | IllegalArgumentException e) {
      System.err.println("kazextract lemmatize: " + e.getMessage());
      return KazextractCli.EXIT_BAD_INPUT;
    }
  }

  private boolean isOutput(String file) {
    return output != null && output.toString().equals(file);
  }
}
