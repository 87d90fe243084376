package io.github.kazextract.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.kazextract.morph.Analysis;
import io.github.kazextract.morph.KazakhMorphology;
import io.github.kazextract.token.KazakhTokenizer;
import io.github.kazextract.token.Token;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Every token of the input with all its morphological analyses, one JSON object per line. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Morphological analyses of every token, JSON Lines: "
        + "{\"file\",\"text\",\"start\",\"end\",\"type\",\"norm\",\"analyses\":[{\"lemma\",\"upos\",\"feats\"}]}, "
        + "most likely analysis first. Reads standard input when no FILE is given.")
final class AnalyzeCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "UTF-8 text files (- for standard input).")
  List<String> files = new ArrayList<>();

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public Integer call() {
    KazakhMorphology morph = KazakhMorphology.getDefault();
    KazakhTokenizer tokenizer = new KazakhTokenizer();
    List<String> inputs = files.isEmpty() ? List.of("-") : files;
    int status = KazextractCli.EXIT_OK;
    try (Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
      for (String f : inputs) {
        String text;
        try {
          text = f.equals("-")
              ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
              : Files.readString(Path.of(f), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
          System.err.println("kazextract analyze: " + f + ": " + e.getMessage());
          status = inputs.size() > 1 ? KazextractCli.EXIT_SOME_FAILED : KazextractCli.EXIT_BAD_INPUT;
          continue;
        }
        for (Token t : tokenizer.tokens(text)) {
          out.write(JSON.writeValueAsString(line(f, t, morph.analyze(t.norm()))));
          out.write('\n');
        }
      }
    } catch (IOException e) {
      System.err.println("kazextract analyze: " + e.getMessage());
      return KazextractCli.EXIT_BAD_INPUT;
    }
    return status;
  }

  static ObjectNode line(String file, Token t, List<Analysis> analyses) {
    ObjectNode o = JSON.createObjectNode();
    o.put("file", file);
    o.put("text", t.text());
    o.put("start", t.start());
    o.put("end", t.end());
    o.put("type", t.type().name());
    o.put("norm", t.norm());
    ArrayNode arr = o.putArray("analyses");
    for (Analysis a : analyses) {
      ObjectNode x = arr.addObject();
      x.put("lemma", a.lemma());
      x.put("upos", a.upos());
      x.put("feats", a.feats());
    }
    return o;
  }
}
