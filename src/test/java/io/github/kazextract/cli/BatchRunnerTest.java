package io.github.kazextract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchRunnerTest {

  /** An endless JSON Lines stream: reading must stay lazy for corpora larger than memory. */
  private static InputStream endlessCorpus() {
    return new InputStream() {
      private long n;
      private byte[] cur = new byte[0];
      private int pos;

      @Override
      public int read() {
        if (pos == cur.length) {
          cur = ("{\"id\":\"d" + n++ + "\",\"text\":\"Астанада жиын өтті.\"}\r\n").getBytes(StandardCharsets.UTF_8);
          pos = 0;
        }
        return cur[pos++] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        int i = 0;
        while (i < Math.min(len, 100)) {
          b[off + i++] = (byte) read();
        }
        return i;
      }
    };
  }

  @Test
  void jsonLinesAreReadLazilyFromAnEndlessStream() {
    try (InputReader r = new InputReader(List.of(InputReader.STDIN), InputReader.Format.JSONL, endlessCorpus(),
        id -> id.equals("d1"))) {
      for (int i = 0; i < 5000; i++) {
        InputDocument d = r.next();
        assertThat(d.id()).isEqualTo("d" + (i == 0 ? 0 : i + 1));
        assertThat(d.text()).isEqualTo("Астанада жиын өтті.");
      }
      assertThat(r.skipped()).isEqualTo(1);
    }
  }

  @Test
  void documentsInFlightStayBoundedWhateverTheInputSize() throws IOException {
    AtomicInteger produced = new AtomicInteger();
    AtomicInteger written = new AtomicInteger();
    AtomicInteger maxAhead = new AtomicInteger();
    Iterator<InputDocument> input = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return produced.get() < 3000;
      }

      @Override
      public InputDocument next() {
        int p = produced.incrementAndGet();
        maxAhead.accumulateAndGet(p - written.get(), Math::max);
        return InputDocument.ok("d" + p, "мәтін", null, null, 10);
      }
    };
    Writer out = new Writer() {
      @Override
      public void write(char[] c, int off, int len) {}

      @Override
      public void write(int c) {
        if (c == '\n') {
          written.incrementAndGet();
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    BatchRunner.Summary s = new BatchRunner(2, d -> new BatchRunner.Outcome(d.id(), null, d.bytes()), BatchProgress.NONE)
        .run(input, out);
    assertThat(s.documents()).isEqualTo(3000);
    assertThat(s.bytes()).isEqualTo(30_000);
    // queue of 8, plus one being handed over and one being written
    assertThat(maxAhead.get()).isLessThanOrEqualTo(10);
  }

  @Test
  void aFailingDocumentBecomesAnErrorLineAndTheRunGoesOn() throws IOException {
    List<InputDocument> docs = List.of(InputDocument.ok("a", "ok", null, null, 2), InputDocument.ok("b", "boom", null, null, 4),
        InputDocument.ok("c", "ok", null, null, 2));
    StringWriter out = new StringWriter();
    BatchRunner.Summary s = new BatchRunner(3, d -> {
      if (d.text().equals("boom")) {
        throw new IllegalStateException("cannot extract");
      }
      return new BatchRunner.Outcome("{\"id\":\"" + d.id() + "\"}", null, d.bytes());
    }, BatchProgress.NONE).run(docs.iterator(), out);
    assertThat(out.toString().split("\n")).containsExactly("{\"id\":\"a\"}",
        "{\"id\":\"b\",\"error\":{\"kind\":\"extraction\",\"message\":\"b: java.lang.IllegalStateException: cannot extract\"}}",
        "{\"id\":\"c\"}");
    assertThat(s.failed()).isEqualTo(1);
    assertThat(s.errorsByKind()).containsEntry("extraction", 1L);
  }

  @Test
  void gzippedJsonLinesWithByteOrderMarkAreRead(@TempDir Path tmp) throws IOException {
    Path gz = tmp.resolve("c.jsonl.gz");
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
      o.write("\uFEFF{\"id\":1,\"text\":\"Алматы\"}\n{\"id\":\"2\",\"text\":\"Астана\"}".getBytes(StandardCharsets.UTF_8));
    }
    try (InputReader r = new InputReader(List.of(tmp), InputReader.Format.JSONL, InputStream.nullInputStream(), id -> false)) {
      assertThat(r.next().id()).isEqualTo("1");
      InputDocument second = r.next();
      assertThat(second.text()).isEqualTo("Астана");
      assertThat(r.hasNext()).isFalse();
    }
  }
}
