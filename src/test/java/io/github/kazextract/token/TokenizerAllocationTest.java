package io.github.kazextract.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The fast path allocates per token (the token, its text), never per character. */
class TokenizerAllocationTest {

  @Test
  void bytesAllocatedPerCharacterStayBelowOneObject() throws IOException {
    java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    Assumptions.assumeTrue(mx instanceof com.sun.management.ThreadMXBean);
    com.sun.management.ThreadMXBean sun = (com.sun.management.ThreadMXBean) mx;
    Assumptions.assumeTrue(sun.isThreadAllocatedMemorySupported() && sun.isThreadAllocatedMemoryEnabled());
    StringBuilder b = new StringBuilder();
    for (Path p : TokenizationInvariants.releaseFiles()) {
      b.append(Files.readString(p)).append("\n\n");
    }
    String text = b.toString();
    KazakhTokenizer tokenizer = new KazakhTokenizer();
    for (int i = 0; i < 5; i++) {
      tokenizer.tokens(text); // warm-up
    }
    long tid = Thread.currentThread().getId();
    long before = sun.getThreadAllocatedBytes(tid);
    int tokens = tokenizer.tokens(text).size();
    long bytes = sun.getThreadAllocatedBytes(tid) - before;
    double perChar = (double) bytes / text.length();
    System.out.printf("tokenizer allocation: %.1f bytes/char, %.0f bytes/token%n", perChar, (double) bytes / tokens);
    // Per token: the token object (~48 B) and the list slot; plain words and punctuation cut their
    // text only when asked, so about 9 B per character of Kazakh text (18 B when every token's
    // text was copied eagerly); one more object per character would add at least 16 B per character.
    assertThat(perChar).isLessThan(20);
  }
}
