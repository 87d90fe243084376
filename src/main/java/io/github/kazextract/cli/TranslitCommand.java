package io.github.kazextract.cli;

import io.github.kazextract.text.KazakhScript;
import io.github.kazextract.text.KazakhTransliterator;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kazextract translit --to cyrillic|latin|arabic [FILE...]}: Kazakh from one script to another. */
@Command(name = "translit", mixinStandardHelpOptions = true,
    description = {"Write Kazakh text in another script and print it.",
        "--to cyrillic reads Latin (2021, 2018 acute-accent or informal ASCII) or Arabic-script (tote zhazu) "
            + "Kazakh, detecting the script; Cyrillic text and foreign words (COVID, iPhone, URLs) stay as written.",
        "--to latin (official 2021 alphabet) and --to arabic read Kazakh Cyrillic.",
        "Exit status: 0 success, 1 bad input (missing file, invalid UTF-8), 2 usage error."})
final class TranslitCommand implements Callable<Integer> {

  enum Target { cyrillic, latin, arabic }

  @Option(names = "--to", required = true, description = "cyrillic, latin or arabic")
  Target to;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "UTF-8 text files; standard input when none is given or for '-'.")
  List<Path> files = new ArrayList<>();

  @Override
  public Integer call() {
    KazakhTransliterator t = KazakhTransliterator.getDefault();
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    int status = KazextractCli.EXIT_OK;
    for (Path p : TokenizeInput.inputs(files)) {
      try {
        String text = TokenizeInput.read(p, System.in).text();
        out.print(switch (to) {
          case cyrillic -> t.toCyrillic(text).text();
          case latin -> t.fromCyrillic(text, KazakhScript.LATIN_2021);
          case arabic -> t.fromCyrillic(text, KazakhScript.ARABIC);
        });
      } catch (TokenizeInput.BadInputException e) {
        System.err.println("kazextract translit: " + e.getMessage());
        status = KazextractCli.EXIT_BAD_INPUT;
      }
    }
    out.flush();
    return out.checkError() ? KazextractCli.EXIT_BAD_INPUT : status;
  }
}
