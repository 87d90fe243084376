package io.github.kazextract.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.kazextract.cli.InputDocument.InputError;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * Streams documents from files, directories (recursively, in name order) and standard input, as
 * plain text (one document per file) or JSON Lines (one object per line). Reads lazily, one
 * document at a time, so a corpus of any size passes through in constant memory. A document that
 * cannot be read becomes an {@link InputDocument} carrying an {@link InputError}; reading goes on.
 * Not thread-safe: one consumer.
 */
final class InputReader implements Iterator<InputDocument>, Closeable {

  enum Format { TEXT, JSONL }

  /** The path that stands for standard input. */
  static final Path STDIN = Path.of("-");

  /** Longest JSON Lines line kept in memory; longer lines are an error for that line. */
  static final int MAX_LINE_BYTES = 64 << 20;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Format format;
  private final InputStream stdin;
  private final Predicate<String> skip;
  private final Deque<Path> roots;
  private long skipped;

  /** Directory walk in progress: one sorted listing per level. */
  private final Deque<Iterator<Path>> walk = new ArrayDeque<>();
  private Path walkRoot;
  private LineSource lines;
  private InputDocument next;

  /**
   * @param inputs files, directories, or {@link #STDIN}; empty means standard input
   * @param skip ids to leave out (documents already done in a resumed run)
   */
  InputReader(List<Path> inputs, Format format, InputStream stdin, Predicate<String> skip) {
    this.format = format;
    this.stdin = stdin;
    this.skip = skip;
    this.roots = new ArrayDeque<>(inputs.isEmpty() ? List.of(STDIN) : inputs);
  }

  /** Documents left out because {@code skip} held for their id. */
  long skipped() {
    return skipped;
  }

  /** The file suffix a directory walk picks up for this format. */
  static boolean wanted(Path file, Format format) {
    String n = file.getFileName().toString();
    return format == Format.TEXT ? n.endsWith(".txt")
        : n.endsWith(".jsonl") || n.endsWith(".jsonl.gz") || n.endsWith(".ndjson");
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      InputDocument d;
      try {
        d = advance();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (d == null) {
        return false;
      }
      if (skip.test(d.id())) {
        skipped++;
        continue;
      }
      next = d;
    }
    return true;
  }

  @Override
  public InputDocument next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    InputDocument d = next;
    next = null;
    return d;
  }

  /** The next document of any source, or null when every source is exhausted. */
  private InputDocument advance() throws IOException {
    while (true) {
      if (lines != null) {
        InputDocument d = lines.nextDocument();
        if (d != null) {
          return d;
        }
        lines.close();
        lines = null;
      }
      if (!walk.isEmpty()) {
        Iterator<Path> level = walk.peek();
        if (!level.hasNext()) {
          walk.pop();
          continue;
        }
        Path p = level.next();
        if (Files.isDirectory(p)) {
          InputDocument failure = descend(p);
          if (failure != null) {
            return failure;
          }
        } else if (wanted(p, format)) {
          // a listed entry that is not a readable file (deleted since the listing, dangling link,
          // FIFO or device) still gets its error line: nothing the walk found is dropped silently
          InputDocument d = Files.isRegularFile(p) ? open(p, idUnder(walkRoot, p)) : notAFile(p, idUnder(walkRoot, p));
          if (d != null) {
            return d;
          }
        }
        continue;
      }
      Path root = roots.poll();
      if (root == null) {
        return null;
      }
      if (root.equals(STDIN)) {
        InputDocument d = openStream(stdin, "stdin", "stdin", false);
        if (d != null) {
          return d;
        }
      } else if (Files.isDirectory(root)) {
        walkRoot = root;
        InputDocument failure = descend(root);
        if (failure != null) {
          return failure;
        }
      } else {
        InputDocument d = open(root, stem(root.getFileName().toString()));
        if (d != null) {
          return d;
        }
      }
    }
  }

  private InputDocument descend(Path dir) {
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      s.forEach(children::add);
    } catch (IOException | UncheckedIOException e) {
      return InputDocument.failed(dir.toString(), 0, InputError.READ, dir + ": cannot list directory: " + e.getMessage());
    }
    children.sort(Comparator.comparing(p -> p.getFileName().toString()));
    walk.push(children.iterator());
    return null;
  }

  /** The error line of a walked entry that is neither a directory nor a regular file. */
  private InputDocument notAFile(Path p, String id) {
    if (format == Format.TEXT && skip.test(id)) {
      return InputDocument.failed(id, 0, InputError.READ, "skipped"); // dropped by hasNext
    }
    if (Files.isSymbolicLink(p) && !Files.exists(p)) {
      String target;
      try {
        target = String.valueOf(Files.readSymbolicLink(p));
      } catch (IOException | UnsupportedOperationException e) {
        target = "?";
      }
      return InputDocument.failed(id, 0, InputError.READ, p + ": no such file (dangling symbolic link to " + target + ")");
    }
    if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return InputDocument.failed(id, 0, InputError.READ, p + ": no such file (deleted after the directory was listed)");
    }
    return InputDocument.failed(id, 0, InputError.READ, p + ": not a regular file");
  }

  /** A text file yields its document; a JSON Lines file starts a line source and yields null. */
  private InputDocument open(Path file, String id) {
    if (format == Format.TEXT && skip.test(id)) {
      return InputDocument.failed(id, 0, InputError.READ, "skipped"); // dropped by hasNext, file left unread
    }
    try {
      InputStream in = Files.newInputStream(file);
      if (file.getFileName().toString().endsWith(".gz")) {
        in = new GZIPInputStream(in, 1 << 16);
      }
      return openStream(in, file.toString(), id, true);
    } catch (NoSuchFileException e) {
      return InputDocument.failed(id, 0, InputError.READ, file + ": no such file");
    } catch (java.nio.file.AccessDeniedException e) {
      return InputDocument.failed(id, 0, InputError.READ, file + ": cannot read: permission denied");
    } catch (IOException e) {
      return InputDocument.failed(id, 0, InputError.READ, file + ": cannot read: " + e.getMessage());
    }
  }

  private InputDocument openStream(InputStream in, String name, String id, boolean closeAfter) {
    if (format == Format.JSONL) {
      lines = new LineSource(in, name, closeAfter);
      return null;
    }
    try {
      byte[] bytes = in.readAllBytes();
      try {
        return InputDocument.ok(id, InputDecoding.decode(bytes, 0, -1), null, null, bytes.length);
      } catch (InputDecoding.InvalidUtf8Exception e) {
        return InputDocument.failed(id, bytes.length, InputError.ENCODING, name + ": " + e.getMessage());
      }
    } catch (IOException e) {
      return InputDocument.failed(id, 0, InputError.READ, name + ": cannot read: " + e.getMessage());
    } finally {
      if (closeAfter) {
        closeQuietly(in);
      }
    }
  }

  static String stem(String fileName) {
    return fileName.endsWith(".txt") ? fileName.substring(0, fileName.length() - 4) : fileName;
  }

  /** The id of a file found under a directory: its relative path without {@code .txt}, with '/'. */
  static String idUnder(Path root, Path file) {
    Path rel = root.relativize(file);
    StringBuilder b = new StringBuilder();
    for (Path part : rel) {
      if (b.length() > 0) {
        b.append('/');
      }
      b.append(part);
    }
    return stem(b.toString());
  }

  private static void closeQuietly(Closeable c) {
    try {
      c.close();
    } catch (IOException ignored) {
      // nothing was written; a close failure cannot lose data
    }
  }

  @Override
  public void close() {
    if (lines != null) {
      lines.close();
      lines = null;
    }
  }

  /** One JSON Lines stream, read line by line as bytes so a bad line fails alone. */
  private static final class LineSource {
    private final InputStream in;
    private final String name;
    private final boolean closeAfter;
    private final byte[] chunk = new byte[1 << 16];
    private int pos;
    private int limit;
    private byte[] line = new byte[8192];
    private long lineNo;
    private boolean eof;

    LineSource(InputStream in, String name, boolean closeAfter) {
      this.in = in;
      this.name = name;
      this.closeAfter = closeAfter;
    }

    InputDocument nextDocument() {
      while (!eof) {
        long len = 0; // long: a runaway line may pass 2 GB before its newline
        long bytes = 0;
        boolean newline = false;
        try {
          // copy up to the next '\n' from the chunk buffer; a line longer than the cap is counted, not kept
          while (!newline) {
            if (pos == limit) {
              limit = in.read(chunk, 0, chunk.length);
              pos = 0;
              if (limit < 0) {
                limit = 0;
                eof = true;
                break;
              }
            }
            int end = pos;
            while (end < limit && chunk[end] != '\n') {
              end++;
            }
            int n = end - pos;
            bytes += n;
            if (len + n > line.length && len + n <= MAX_LINE_BYTES) {
              line = java.util.Arrays.copyOf(line, (int) Math.min(MAX_LINE_BYTES, Math.max(len + n, line.length * 2L)));
            }
            if (len + n <= line.length) {
              System.arraycopy(chunk, pos, line, (int) len, n);
            }
            len += n;
            pos = end;
            if (end < limit) {
              pos++;
              bytes++;
              newline = true;
            }
          }
        } catch (IOException e) {
          eof = true;
          lineNo++;
          return InputDocument.failed(name + ":" + lineNo, bytes, InputError.READ,
              name + ":" + lineNo + ": cannot read: " + e.getMessage());
        }
        if (eof && bytes == 0) {
          return null;
        }
        lineNo++;
        String where = name + ":" + lineNo;
        if (len > line.length) {
          return InputDocument.failed(where, bytes, InputError.INVALID_DOCUMENT,
              where + ": line longer than " + (MAX_LINE_BYTES >> 20) + " MB");
        }
        int length = (int) len;
        if (length > 0 && line[length - 1] == '\r') {
          length--;
        }
        String text;
        try {
          text = InputDecoding.decode(line, 0, length);
        } catch (InputDecoding.InvalidUtf8Exception e) {
          return InputDocument.failed(where, bytes, InputError.ENCODING, where + ": " + e.getMessage());
        }
        if (text.isBlank()) {
          continue;
        }
        return parse(text, where, bytes);
      }
      return null;
    }

    private static InputDocument parse(String line, String where, long bytes) {
      JsonNode node;
      try {
        node = MAPPER.readTree(line);
      } catch (JsonProcessingException e) {
        return InputDocument.failed(where, bytes, InputError.MALFORMED_JSON,
            where + ": malformed JSON: " + e.getOriginalMessage());
      }
      if (node == null || !node.isObject()) {
        return InputDocument.failed(where, bytes, InputError.MALFORMED_JSON, where + ": not a JSON object");
      }
      ObjectNode o = (ObjectNode) node;
      JsonNode idNode = o.get("id");
      if (idNode == null || !(idNode.isTextual() || idNode.isIntegralNumber()) || idNode.asText().isEmpty()) {
        return InputDocument.failed(where, bytes, InputError.INVALID_DOCUMENT, where + ": no \"id\" string");
      }
      String id = idNode.asText();
      JsonNode text = o.get("text");
      if (text == null || !text.isTextual()) {
        return InputDocument.failed(id, bytes, InputError.INVALID_DOCUMENT, where + ": no \"text\" string");
      }
      LocalDate published = null;
      JsonNode p = o.get("published");
      if (p != null && !p.isNull()) {
        try {
          String s = p.asText();
          // accept a full timestamp too: the date is its first ten characters
          published = LocalDate.parse(s.length() > 10 && s.charAt(10) == 'T' ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
          return InputDocument.failed(id, bytes, InputError.INVALID_DOCUMENT,
              where + ": \"published\" is not a YYYY-MM-DD date: " + p);
        }
      }
      o.remove(List.of("id", "text", "published"));
      return InputDocument.ok(id, text.textValue(), published, o.isEmpty() ? null : o, bytes);
    }

    void close() {
      if (closeAfter) {
        closeQuietly(in);
      }
    }
  }
}
