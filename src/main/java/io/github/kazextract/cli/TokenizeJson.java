package io.github.kazextract.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/** JSON Lines output of {@code tokenize} and {@code sentences}. */
final class TokenizeJson {

  private TokenizeJson() {}

  /**
   * A generator writing UTF-8 to {@code out}, one root value per call, no separator (callers add
   * the newline). Surrogates are written as {@code \\uXXXX} escapes, so an unpaired surrogate in
   * the input survives instead of turning into a replacement character.
   */
  static JsonGenerator create(OutputStream out) throws IOException {
    JsonGenerator g = new JsonFactory().createGenerator(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    g.setRootValueSeparator(null);
    g.setCharacterEscapes(SurrogateEscapes.INSTANCE);
    return g;
  }

  private static final class SurrogateEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    static final SurrogateEscapes INSTANCE = new SurrogateEscapes();
    private final int[] ascii = standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch >= 0xD800 && ch <= 0xDFFF) {
        return new SerializedString(String.format("\\u%04X", ch));
      }
      return null;
    }
  }
}
