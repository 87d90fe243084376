package io.github.kazextract.cli;

import io.github.kazextract.token.KazakhSentenceDetector;
import io.github.kazextract.token.KazakhTokenizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import opennlp.tools.util.Span;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kazextract sentences [FILE...]}: one JSON object per sentence and line. */
@Command(name = "sentences", mixinStandardHelpOptions = true,
    description = {"Split text into sentences; one JSON object per sentence and line:",
        "  {\"start\",\"end\",\"text\"}",
        "start/end are UTF-16 offsets into the input (end exclusive). Paragraph breaks and headlines end "
            + "sentences; abbreviations and initials do not; separator lines (***) are dropped. "
            + "With several files each object also names its \"file\".",
        "Exit status: 0 success, 1 bad input (missing file, invalid UTF-8), 2 usage error."})
final class SentencesCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "UTF-8 text files; standard input when none is given or for '-'.")
  List<Path> files = new ArrayList<>();

  @Override
  public Integer call() {
    KazakhSentenceDetector detector = new KazakhSentenceDetector(new KazakhTokenizer());
    return TokenizeInput.run("sentences", files, System.out, System.in, (g, in, named) -> {
      for (Span s : detector.sentPosDetect(in.text())) {
        g.writeStartObject();
        if (named) {
          g.writeStringField("file", in.name());
        }
        g.writeNumberField("start", s.getStart());
        g.writeNumberField("end", s.getEnd());
        g.writeStringField("text", in.text().substring(s.getStart(), s.getEnd()));
        g.writeEndObject();
        g.writeRaw('\n');
      }
    });
  }
}
