package io.github.kazextract.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Reads the inputs of {@code tokenize} and {@code sentences}: UTF-8 files or standard input. */
final class TokenizeInput {

  /** An input that cannot be read, with a message naming the file and what is wrong. */
  static final class BadInputException extends Exception {
    private static final long serialVersionUID = 1L;

    BadInputException(String message) {
      super(message);
    }
  }

  /** A named input text. */
  record Text(String name, String text) {}

  private TokenizeInput() {}

  /** Writes the JSON lines of one input text. */
  interface TextWriter {
    void write(JsonGenerator g, Text in, boolean named) throws IOException;
  }

  /**
   * The loop {@code tokenize} and {@code sentences} share: read every input (standard input when
   * none), write its JSON lines, report unreadable inputs and go on, and report an output that
   * cannot be written.
   *
   * @return the exit status: 0, or 1 when an input could not be read or the output not written
   */
  static int run(String command, List<Path> files, PrintStream stdout, InputStream stdin, TextWriter writer) {
    List<Path> inputs = inputs(files);
    boolean named = inputs.size() > 1;
    int status = KazextractCli.EXIT_OK;
    try {
      JsonGenerator g = TokenizeJson.create(stdout);
      for (Path p : inputs) {
        Text in;
        try {
          in = read(p, stdin);
        } catch (BadInputException e) {
          g.flush();
          System.err.println("kazextract " + command + ": " + e.getMessage());
          status = KazextractCli.EXIT_BAD_INPUT;
          continue;
        }
        writer.write(g, in, named);
      }
      g.flush();
    } catch (IOException e) {
      System.err.println("kazextract " + command + ": cannot write to standard output: " + e.getMessage());
      return KazextractCli.EXIT_BAD_INPUT;
    }
    if (stdout.checkError()) { // a PrintStream swallows write errors (full disk, closed pipe)
      System.err.println("kazextract " + command + ": cannot write to standard output");
      return KazextractCli.EXIT_BAD_INPUT;
    }
    return status;
  }

  /** The inputs to process: the given paths, or standard input when none. */
  static List<Path> inputs(List<Path> files) {
    return files == null || files.isEmpty() ? List.of(Path.of("-")) : files;
  }

  static Text read(Path path, InputStream stdin) throws BadInputException {
    String name = path.toString();
    byte[] bytes;
    try {
      if (name.equals("-")) {
        name = "<stdin>";
        bytes = stdin.readAllBytes();
      } else if (Files.isDirectory(path)) {
        throw new BadInputException(name + ": is a directory, expected a text file");
      } else {
        bytes = Files.readAllBytes(path);
      }
    } catch (NoSuchFileException e) {
      throw new BadInputException(name + ": no such file");
    } catch (AccessDeniedException e) {
      throw new BadInputException(name + ": permission denied");
    } catch (IOException e) {
      throw new BadInputException(name + ": cannot read: " + e.getMessage());
    }
    return new Text(name, decode(name, bytes));
  }

  /** Strict UTF-8 (a leading BOM is kept: the tokenizer treats it as invisible). */
  static String decode(String name, byte[] bytes) throws BadInputException {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      return d.decode(in).toString();
    } catch (MalformedInputException e) {
      throw new BadInputException(name + ": not valid UTF-8 at byte " + in.position());
    } catch (CharacterCodingException e) {
      throw new BadInputException(name + ": not valid UTF-8: " + e.getMessage());
    }
  }
}
