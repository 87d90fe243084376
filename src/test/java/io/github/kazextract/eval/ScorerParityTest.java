package io.github.kazextract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java port prints exactly what the reference scorer testdata/tools/score.py prints, on gold
 * results damaged in every way the scorer distinguishes (EvalCommandTest covers extractor output).
 */
class ScorerParityTest {

  private static final Path DEV = Path.of("testdata/releases/dev");
  private static final Path SCORE_PY = Path.of("testdata/tools/score.py");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static List<GoldCorpus.Entry> gold;

  @BeforeAll
  static void load() throws IOException {
    gold = GoldCorpus.load(DEV);
  }

  @Test
  void goldFolderIsRead() {
    assertThat(gold).hasSizeGreaterThanOrEqualTo(28);
    assertThat(gold.get(0).id()).isEqualTo("dev-001");
    assertThat(gold.get(0).text()).exists();
  }

  @Test
  void perfectPredictionsScoreOne() {
    Map<String, JsonNode> preds = new LinkedHashMap<>();
    gold.forEach(e -> preds.put(e.id(), e.gold()));
    ScoreReport r = Scorer.score(documents(), preds);
    assertThat(r.macroF1()).isEqualTo(1.0);
    assertThat(r.missingPredictions()).isEmpty();
  }

  @Test
  void normalisationFollowsTheScript() {
    assertThat(ScoreNormalizer.norm(" «Нұр Отан»\u00a0 партиясы ")).isEqualTo("нұр отан партиясы");
    assertThat(ScoreNormalizer.norm("Қасым\u2013Жомарт")).isEqualTo("қасым-жомарт");
    assertThat(ScoreNormalizer.groupNorm(MAPPER.getNodeFactory().textNode("ШЫҰ тобы"))).isEqualTo("шыұ");
  }

  @Test
  void perturbedPredictionsMatchTheScript(@TempDir Path tmp) throws Exception {
    Map<String, JsonNode> preds = new LinkedHashMap<>();
    int i = 0;
    for (GoldCorpus.Entry e : gold) {
      if (i++ == 3) {
        continue; // one document without prediction
      }
      preds.put(e.id(), perturb(e.gold().deepCopy(), i));
    }
    assertParity(tmp, preds);
  }

  private static List<Scorer.GoldDocument> documents() {
    return gold.stream().map(GoldCorpus.Entry::toGoldDocument).toList();
  }

  private static void assertParity(Path tmp, Map<String, JsonNode> preds) throws Exception {
    assumeTrue(python(), "python3 is not installed");
    Path jsonl = tmp.resolve("pred.jsonl");
    List<String> lines = new ArrayList<>();
    for (JsonNode p : preds.values()) {
      lines.add(MAPPER.writeValueAsString(p));
    }
    Files.write(jsonl, lines, StandardCharsets.UTF_8);
    ScoreReport r = Scorer.score(documents(), preds);
    assertThat(r.toJson() + "\n").isEqualTo(run("--json", jsonl));
    assertThat(r.toTable(true)).isEqualTo(run("--per-doc", jsonl));
  }

  /** Deterministic damage of every kind the scorer distinguishes. */
  private static JsonNode perturb(JsonNode doc, int i) {
    ObjectNode o = (ObjectNode) doc;
    ArrayNode persons = (ArrayNode) o.get("persons");
    if (persons != null && persons.size() > 0) {
      ObjectNode p = (ObjectNode) persons.get(0);
      if (i % 2 == 0) {
        p.put("name", p.get("name").asText().toUpperCase() + " ");
      } else if (p.has("roles") && p.get("roles").size() > 0) {
        ((ArrayNode) p.get("roles")).remove(0);
      }
      if (i % 3 == 0) {
        persons.addObject().put("name", "Жалған Адам").putArray("roles").add("министр");
      }
    }
    ArrayNode orgs = (ArrayNode) o.get("organizations");
    if (orgs != null && orgs.size() > 0) {
      ObjectNode org = (ObjectNode) orgs.get(0);
      org.put("name", "«" + org.get("name").asText() + "»");
      if (i % 2 == 1) {
        org.putArray("aliases").add(org.get("name").asText());
        org.put("name", "Басқа атау");
      }
      if (i % 4 == 0) {
        orgs.remove(orgs.size() - 1);
      }
    }
    ArrayNode places = (ArrayNode) o.get("places");
    if (places != null && places.size() > 1 && i % 2 == 0) {
      places.remove(1);
      places.addObject().put("name", "Жоқ жер").put("kind", "CITY");
    }
    ArrayNode events = (ArrayNode) o.get("events");
    if (events != null) {
      for (int k = 0; k < events.size(); k++) {
        ObjectNode ev = (ObjectNode) events.get(k);
        if ((i + k) % 3 == 0) {
          ev.put("date", "2001-01-01");
        }
        if ((i + k) % 4 == 1 && ev.has("participants") && ev.get("participants").size() > 0) {
          ((ArrayNode) ev.get("participants")).remove(0);
        }
        if ((i + k) % 5 == 2) {
          ev.put("format", "ONLINE");
        }
        if ((i + k) % 7 == 3) {
          ev.putNull("initiator");
        }
      }
      if (i % 5 == 0 && events.size() > 0) {
        events.remove(0);
      }
    }
    ArrayNode stats = (ArrayNode) o.get("countryGroupStats");
    if (stats != null) {
      for (JsonNode s : stats) {
        ObjectNode st = (ObjectNode) s;
        if (i % 2 == 0 && st.get("total") != null && st.get("total").isNumber()) {
          st.put("total", st.get("total").asInt() + 1);
        }
        if (st.get("group") != null && i % 3 == 0) {
          st.put("group", st.get("group").asText() + " тобы");
        }
        JsonNode b = st.get("breakdown");
        if (b != null && b.size() > 0 && i % 3 == 1) {
          ((ObjectNode) b.get(0)).put("count", 999);
        }
      }
    }
    return o;
  }

  private static boolean python() {
    try {
      return new ProcessBuilder("python3", "--version").start().waitFor(20, TimeUnit.SECONDS);
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private static String run(String flag, Path pred) throws Exception {
    Process p = new ProcessBuilder("python3", SCORE_PY.toString(), DEV.toString(), pred.toString(), flag)
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }
}
