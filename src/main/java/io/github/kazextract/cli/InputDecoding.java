package io.github.kazextract.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Strict UTF-8 decoding: invalid bytes are an error for the document, never silently replaced. */
final class InputDecoding {

  private InputDecoding() {}

  /** Thrown for bytes that are not UTF-8; the message gives the byte offset. */
  static final class InvalidUtf8Exception extends IOException {
    InvalidUtf8Exception(String message) {
      super(message);
    }
  }

  static String readUtf8(Path file) throws IOException {
    return decode(Files.readAllBytes(file), 0, -1);
  }

  /** Decodes {@code bytes[0, length)} (length -1: all), dropping a leading byte-order mark. */
  static String decode(byte[] bytes, int offsetForMessages, int length) throws InvalidUtf8Exception {
    int n = length < 0 ? bytes.length : length;
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, n);
    String s;
    try {
      s = d.decode(in).toString();
    } catch (CharacterCodingException e) {
      throw new InvalidUtf8Exception("invalid UTF-8 at byte " + (offsetForMessages + in.position()));
    }
    return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
  }
}
