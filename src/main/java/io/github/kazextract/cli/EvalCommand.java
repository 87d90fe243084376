package io.github.kazextract.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER: not implemented yet. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Extract every <id>.txt beside an <id>.gold.json and score it.")
final class EvalCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("kazextract eval: not implemented yet");
    return KazextractCli.EXIT_BAD_INPUT;
  }
}
