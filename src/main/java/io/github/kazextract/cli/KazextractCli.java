package io.github.kazextract.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Command-line entry point. Exit status: 0 success, 1 bad input, 2 usage error, 3 some documents
 * failed in a batch run.
 */
@Command(
    name = "kazextract",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Kazakh text extraction: tokenize, analyze, lemmatize, extract, evaluate, benchmark.",
    subcommands = {
      TokenizeCommand.class,
      SentencesCommand.class,
      AnalyzeCommand.class,
      LemmatizeCommand.class,
      ExtractCommand.class,
      EvalCommand.class,
      TranslitCommand.class,
      NerCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class KazextractCli implements Runnable {

  public static final int EXIT_OK = 0;
  public static final int EXIT_BAD_INPUT = 1;
  public static final int EXIT_USAGE = 2;
  public static final int EXIT_SOME_FAILED = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
  }

  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new KazextractCli());
    cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? EXIT_USAGE : EXIT_BAD_INPUT);
    return cl;
  }

  public static void main(String[] args) {
    // opennlp-tools logs through SLF4J; the CLI ships no binding, so silence SLF4J's own notice
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
    System.exit(commandLine().execute(args));
  }
}
