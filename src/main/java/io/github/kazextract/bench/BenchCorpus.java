package io.github.kazextract.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The benchmark corpus: KazNERD sentences (CC BY 4.0) detokenized and grouped, in corpus order,
 * into release-sized documents (a title line, then paragraphs of two or three sentences, 750 to
 * 2,500 characters like the press releases). Deterministic: the same input always gives the same
 * documents, so figures are reproducible from a fresh clone.
 *
 * <p>{@code java -cp kazextract-cli.jar io.github.kazextract.bench.BenchCorpus IOB2_valid.txt OUT.jsonl[.gz] [N]}
 */
public final class BenchCorpus {

  /** Documents in the shipped corpus. */
  public static final int DEFAULT_DOCUMENTS = 2000;
  /** The shipped corpus, relative to the project root. */
  public static final Path SHIPPED = Path.of("testdata/bench/kaznerd-releases.jsonl.gz");

  // KazNERD splits punctuation off; these attach to the previous token / the next token again
  private static final String ATTACH_LEFT = ".,;:!?)]»%";
  private static final String ATTACH_RIGHT = "([«";
  private static final long SEED = 0x4b617a4e455244L; // "KazNERD"

  private BenchCorpus() {}

  /** The sentences of an IOB2 file (one {@code TOKEN TAG} per line, blank line between sentences), detokenized. */
  public static List<String> sentences(BufferedReader iob2) throws IOException {
    List<String> out = new ArrayList<>();
    StringBuilder s = new StringBuilder();
    boolean glue = true;
    String line;
    while ((line = iob2.readLine()) != null) {
      if (line.isBlank()) {
        if (s.length() > 0) {
          out.add(s.toString());
          s.setLength(0);
        }
        glue = true;
        continue;
      }
      int sp = line.lastIndexOf(' ');
      String token = sp > 0 ? line.substring(0, sp) : line;
      boolean left = token.length() == 1 && ATTACH_LEFT.indexOf(token.charAt(0)) >= 0;
      if (!glue && !left) {
        s.append(' ');
      }
      s.append(token);
      glue = token.length() == 1 && ATTACH_RIGHT.indexOf(token.charAt(0)) >= 0;
    }
    if (s.length() > 0) {
      out.add(s.toString());
    }
    return out;
  }

  /** {@code count} release-sized documents built from consecutive sentences (wrapping around). */
  public static List<String> documents(List<String> sentences, int count) {
    if (sentences.isEmpty()) {
      throw new IllegalArgumentException("no sentences");
    }
    SplittableRandom random = new SplittableRandom(SEED);
    List<String> docs = new ArrayList<>(count);
    int cursor = 0;
    for (int d = 0; d < count; d++) {
      // most releases are 750-1,300 characters; one in twenty is up to 2,500
      int target = random.nextInt(20) == 0 ? random.nextInt(1300, 2500) : random.nextInt(750, 1300);
      StringBuilder doc = new StringBuilder();
      String title = sentences.get(cursor++ % sentences.size());
      doc.append(title.endsWith(".") ? title.substring(0, title.length() - 1) : title).append("\n\n");
      int inParagraph = 0;
      int paragraphSize = 2 + random.nextInt(2);
      while (doc.length() < target) {
        if (inParagraph == paragraphSize) {
          doc.append("\n\n");
          inParagraph = 0;
          paragraphSize = 2 + random.nextInt(2);
        } else if (inParagraph > 0) {
          doc.append(' ');
        }
        doc.append(sentences.get(cursor++ % sentences.size()));
        inParagraph++;
      }
      docs.add(doc.append('\n').toString());
    }
    return docs;
  }

  /** The id of document {@code i} (0-based). */
  public static String id(int i) {
    return String.format("kaznerd-%04d", i + 1);
  }

  /** Writes the documents as JSON Lines ({@code id}, {@code text}). */
  public static void write(List<String> docs, Writer out) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    for (int i = 0; i < docs.size(); i++) {
      ObjectNode o = mapper.createObjectNode().put("id", id(i)).put("text", docs.get(i));
      out.write(mapper.writeValueAsString(o));
      out.write('\n');
    }
  }

  /** The texts of a corpus file written by {@link #write} (gzip when the name ends in .gz). */
  public static List<String> read(Path jsonl) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<String> texts = new ArrayList<>();
    try (InputStream raw = Files.newInputStream(jsonl);
        InputStream in = jsonl.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader r = new BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          texts.add(mapper.readTree(line).get("text").asText());
        }
      }
    }
    return texts;
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: BenchCorpus IOB2_FILE OUT.jsonl[.gz] [DOCUMENTS]");
      System.exit(2);
    }
    int n = args.length > 2 ? Integer.parseInt(args[2]) : DEFAULT_DOCUMENTS;
    List<String> sentences;
    try (BufferedReader r = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
      sentences = sentences(r);
    }
    Path out = Path.of(args[1]);
    try (OutputStream raw = Files.newOutputStream(out);
        OutputStream o = args[1].endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw;
        Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8)) {
      write(documents(sentences, n), w);
    }
    System.err.println(out + ": " + n + " documents from " + sentences.size() + " sentences");
  }
}
