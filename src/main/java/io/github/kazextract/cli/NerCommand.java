package io.github.kazextract.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER: not implemented yet. */
@Command(name = "ner", mixinStandardHelpOptions = true, description = "Tag a KazNERD-style CoNLL file with IOB2 entity classes.")
final class NerCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("kazextract ner: not implemented yet");
    return KazextractCli.EXIT_BAD_INPUT;
  }
}
