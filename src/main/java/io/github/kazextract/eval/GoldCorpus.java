package io.github.kazextract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A folder of {@code <id>.gold.json} files, each beside the release text {@code <id>.txt}. */
public final class GoldCorpus {

  private static final String SUFFIX = ".gold.json";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** One gold release: id, gold object and the path of its text (which may be absent). */
  public record Entry(String id, JsonNode gold, Path text) {
    public Scorer.GoldDocument toGoldDocument() {
      return new Scorer.GoldDocument(id, gold);
    }
  }

  private GoldCorpus() {}

  /**
   * The gold files of {@code dir} in file-name order (as score.py sorts them); the id is the
   * gold's {@code id} field, or the file name without {@code .gold.json}.
   *
   * @throws IOException when the folder cannot be listed or a gold file is not JSON (the message
   *     names the file)
   */
  public static List<Entry> load(Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
      s.forEach(files::add);
    }
    files.sort(Comparator.comparing(p -> p.getFileName().toString()));
    List<Entry> out = new ArrayList<>();
    for (Path f : files) {
      String stem = f.getFileName().toString();
      stem = stem.substring(0, stem.length() - SUFFIX.length());
      JsonNode gold;
      try {
        gold = MAPPER.readTree(f.toFile());
      } catch (IOException e) {
        throw new IOException(f + ": not a gold JSON file: " + e.getMessage(), e);
      }
      if (gold == null || !gold.isObject()) {
        throw new IOException(f + ": not a gold JSON object");
      }
      JsonNode id = gold.get("id");
      String docId = id != null && id.isTextual() && !id.textValue().isEmpty() ? id.textValue() : stem;
      out.add(new Entry(docId, gold, f.resolveSibling(stem + ".txt")));
    }
    return out;
  }

}
