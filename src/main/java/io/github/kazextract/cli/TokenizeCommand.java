package io.github.kazextract.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER: not implemented yet. */
@Command(name = "tokenize", mixinStandardHelpOptions = true, description = "Split text into tokens; one JSON object per token and line.")
final class TokenizeCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("kazextract tokenize: not implemented yet");
    return KazextractCli.EXIT_BAD_INPUT;
  }
}
