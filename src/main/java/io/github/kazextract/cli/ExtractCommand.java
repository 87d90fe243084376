package io.github.kazextract.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER: not implemented yet. */
@Command(name = "extract", mixinStandardHelpOptions = true, description = "Extract persons, organisations, places, events and statistics.")
final class ExtractCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("kazextract extract: not implemented yet");
    return KazextractCli.EXIT_BAD_INPUT;
  }
}
