package io.github.kazextract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BatchProgressTest {

  @Test
  void showsDocumentsRateAndEtaWhenTheTotalIsKnown() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (BatchProgress p = new BatchProgress(new PrintStream(buf, true, StandardCharsets.UTF_8), 1000)) {
      p.done(500);
    }
    String s = buf.toString(StandardCharsets.UTF_8);
    assertThat(s).startsWith("\r1 documents, ").contains("documents/s").contains(" 50% ETA ");
    assertThat(s).endsWith("\r\033[K");
  }

  @Test
  void withoutATotalThereIsNoEta() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    new BatchProgress(new PrintStream(buf, true, StandardCharsets.UTF_8), -1).done(10);
    assertThat(buf.toString(StandardCharsets.UTF_8)).contains("1 documents").doesNotContain("ETA");
  }

  @Test
  void noneWritesNothing() {
    BatchProgress.NONE.done(10);
    BatchProgress.NONE.close();
  }
}
