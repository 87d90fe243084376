package io.github.kazextract.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER: not implemented yet. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure throughput after warm-up.")
final class BenchCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("kazextract bench: not implemented yet");
    return KazextractCli.EXIT_BAD_INPUT;
  }
}
