package io.github.kazextract.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER: not implemented yet. */
@Command(name = "sentences", mixinStandardHelpOptions = true, description = "Split text into sentences; one JSON object per sentence and line.")
final class SentencesCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("kazextract sentences: not implemented yet");
    return KazextractCli.EXIT_BAD_INPUT;
  }
}
