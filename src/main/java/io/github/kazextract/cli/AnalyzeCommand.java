package io.github.kazextract.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER: not implemented yet. */
@Command(name = "analyze", mixinStandardHelpOptions = true, description = "Morphological analyses of every token, JSON Lines.")
final class AnalyzeCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("kazextract analyze: not implemented yet");
    return KazextractCli.EXIT_BAD_INPUT;
  }
}
