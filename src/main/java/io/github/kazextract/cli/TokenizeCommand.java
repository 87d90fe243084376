package io.github.kazextract.cli;

import io.github.kazextract.token.KazakhSentenceDetector;
import io.github.kazextract.token.KazakhTokenizer;
import io.github.kazextract.token.Token;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kazextract tokenize [FILE...]}: one JSON object per token and line. */
@Command(name = "tokenize", mixinStandardHelpOptions = true,
    description = {"Split text into tokens; one JSON object per token and line:",
        "  {\"text\",\"start\",\"end\",\"type\",\"sentence\"}",
        "start/end are UTF-16 offsets into the input (end exclusive), sentence the 0-based sentence index "
            + "(null for a dropped separator line such as ***). With several files each object also names its \"file\".",
        "Exit status: 0 success, 1 bad input (missing file, invalid UTF-8), 2 usage error."})
final class TokenizeCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "UTF-8 text files; standard input when none is given or for '-'.")
  List<Path> files = new ArrayList<>();

  @Override
  public Integer call() {
    KazakhTokenizer tokenizer = new KazakhTokenizer();
    KazakhSentenceDetector detector = new KazakhSentenceDetector(tokenizer);
    return TokenizeInput.run("tokenize", files, System.out, System.in, (g, in, named) -> {
      List<Token> tokens = tokenizer.tokens(in.text());
      int[] sentence = detector.sentenceIndexes(in.text(), tokens);
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        g.writeStartObject();
        if (named) {
          g.writeStringField("file", in.name());
        }
        g.writeStringField("text", t.text());
        g.writeNumberField("start", t.start());
        g.writeNumberField("end", t.end());
        g.writeStringField("type", t.type().name());
        if (sentence[i] >= 0) {
          g.writeNumberField("sentence", sentence[i]);
        } else {
          g.writeNullField("sentence");
        }
        g.writeEndObject();
        g.writeRaw('\n');
      }
    });
  }
}
