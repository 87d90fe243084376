package io.github.kazextract.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes KazNERD-style CoNLL: one {@code TOKEN TAG} line per token (the token is the
 * first whitespace-separated column, the tag the last), a blank line between sentences.
 */
final class NerConll {

  private NerConll() {}

  /** The sentences of a CoNLL file, each a list of tokens; gold tags are ignored. */
  static List<List<String>> read(BufferedReader in) throws IOException {
    List<List<String>> sentences = new ArrayList<>();
    List<String> cur = new ArrayList<>();
    for (String line; (line = in.readLine()) != null; ) {
      String l = line.strip();
      if (l.isEmpty()) {
        if (!cur.isEmpty()) {
          sentences.add(List.copyOf(cur));
          cur.clear();
        }
        continue;
      }
      int sp = indexOfWhitespace(l);
      cur.add(sp < 0 ? l : l.substring(0, sp));
    }
    if (!cur.isEmpty()) {
      sentences.add(List.copyOf(cur));
    }
    return sentences;
  }

  /** Writes one sentence: {@code TOKEN TAG} lines followed by a blank line. */
  static void write(Writer out, List<String> tokens, List<String> tags) throws IOException {
    for (int i = 0; i < tokens.size(); i++) {
      out.write(tokens.get(i));
      out.write(' ');
      out.write(tags.get(i));
      out.write('\n');
    }
    out.write('\n');
  }

  private static int indexOfWhitespace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
