package io.github.kazextract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code kazextract translit}: Latin and Arabic to Cyrillic and back. */
class TranslitCommandTest {

  @Test
  void convertsFilesBetweenScripts(@TempDir Path dir) throws Exception {
    Path latin = dir.resolve("latin.txt");
    Files.writeString(latin, "Qazaqstan Respublikasy men Özbekstan arasyndağy kelısım");
    assertThat(run("--to", "cyrillic", latin.toString())).isEqualTo("Қазақстан Республикасы мен Өзбекстан арасындағы келісім");
    Path cyr = dir.resolve("cyr.txt");
    Files.writeString(cyr, "Қазақстан мен Өзбекстан");
    assertThat(run("--to", "latin", cyr.toString())).isEqualTo("Qazaqstan men Özbekstan");
    assertThat(run("--to", "arabic", cyr.toString())).isEqualTo("قازاقستان مەن وزبەكستان");
  }

  private static String run(String... args) throws Exception {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
      int rc = new CommandLine(new TranslitCommand()).execute(args);
      assertThat(rc).isZero();
    } finally {
      System.setOut(old);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }
}
