package io.github.kazextract.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER: not implemented yet. */
@Command(name = "lemmatize", mixinStandardHelpOptions = true, description = "Fill LEMMA and FEATS of a CoNLL-U file.")
final class LemmatizeCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("kazextract lemmatize: not implemented yet");
    return KazextractCli.EXIT_BAD_INPUT;
  }
}
