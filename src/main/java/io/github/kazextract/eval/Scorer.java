package io.github.kazextract.eval;

import static io.github.kazextract.eval.ScoreNormalizer.groupNorm;
import static io.github.kazextract.eval.ScoreNormalizer.norm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scores extraction results against gold results: a port of {@code score.py} (the project's
 * reference scorer), figure for figure. Matching rules are documented in the extraction schema.
 */
public final class Scorer {

  /** The PRF figures of the table, in score.py's order. */
  static final List<String> PRF_KEYS = List.of("persons", "organizations", "places", "roles", "events",
      "countryGroupStats", "event.participants");
  static final List<String> ACC_KEYS = List.of("event.date", "event.format", "event.initiator", "event.title",
      "event.location", "stat.total", "stat.unit", "stat.breakdown");
  /** The figures averaged into macro F1. */
  static final List<String> MACRO_KEYS = List.of("persons", "organizations", "places", "events", "countryGroupStats");
  private static final List<String> EVENT_FIELDS = List.of("date", "format", "initiator", "title", "location");

  /** One gold document: its id and the parsed gold object. */
  public record GoldDocument(String id, JsonNode gold) {
    public GoldDocument {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(gold, "gold");
    }
  }

  private Scorer() {}

  /**
   * Scores predictions (by document id; a document without prediction counts as an empty result
   * and is listed as missing) against the gold documents, in the given order.
   */
  public static ScoreReport score(List<GoldDocument> golds, Map<String, JsonNode> predictions) {
    Map<String, EvalCounter> counters = new LinkedHashMap<>();
    for (String k : PRF_KEYS) {
      counters.put(k, new EvalCounter.Prf());
    }
    for (String k : ACC_KEYS) {
      counters.put(k, new EvalCounter.Acc());
    }
    List<String> missing = new ArrayList<>();
    Map<String, Map<String, Map<String, Long>>> perDoc = new LinkedHashMap<>();
    for (GoldDocument gd : golds) {
      JsonNode gold = gd.gold();
      JsonNode pred = predictions.get(gd.id());
      if (pred == null) {
        missing.add(gd.id());
        pred = MissingNode.getInstance();
      }
      Map<String, long[]> before = new HashMap<>();
      counters.forEach((k, v) -> before.put(k, v.raw()));
      scoreDocument(gold, pred, counters);
      Map<String, Map<String, Long>> diff = new LinkedHashMap<>();
      counters.forEach((k, v) -> {
        long[] now = v.raw();
        long[] was = before.get(k);
        Map<String, Long> d = new LinkedHashMap<>();
        String[] fields = v.fields();
        for (int i = 0; i < fields.length; i++) {
          d.put(fields[i], now[i] - was[i]);
        }
        diff.put(k, d);
      });
      perDoc.put(gd.id(), diff);
    }
    Map<String, Object> result = new LinkedHashMap<>();
    counters.forEach((k, v) -> result.put(k, v.figures()));
    double sum = 0;
    for (String k : MACRO_KEYS) {
      @SuppressWarnings("unchecked")
      Map<String, Object> f = (Map<String, Object>) result.get(k);
      sum += (Double) f.get("f1");
    }
    result.put("macro_f1", PyJson.round(sum / MACRO_KEYS.size(), 4));
    result.put("documents", (long) golds.size());
    result.put("missing_predictions", List.copyOf(missing));
    return new ScoreReport(result, perDoc);
  }

  private static void scoreDocument(JsonNode gold, JsonNode pred, Map<String, EvalCounter> c) {
    if (gold.has("persons")) {
      prf(c, "persons").add(names(gold.get("persons")), names(pred.get("persons")));
      prf(c, "roles").add(roles(gold.get("persons")), roles(pred.get("persons")));
    }
    if (gold.has("organizations")) {
      scoreOrganizations(gold.get("organizations"), pred.get("organizations"), prf(c, "organizations"));
    }
    if (gold.has("places")) {
      prf(c, "places").add(names(gold.get("places")), names(pred.get("places")));
    }
    if (gold.has("events")) {
      scoreEvents(gold.get("events"), pred.get("events"), c);
    }
    if (gold.has("countryGroupStats")) {
      scoreStats(gold.get("countryGroupStats"), pred.get("countryGroupStats"), c);
    }
  }

  private static EvalCounter.Prf prf(Map<String, EvalCounter> c, String k) {
    return (EvalCounter.Prf) c.get(k);
  }

  private static EvalCounter.Acc acc(Map<String, EvalCounter> c, String k) {
    return (EvalCounter.Acc) c.get(k);
  }

  /** {@code objs or []}: the elements of an array, nothing for null or absent. */
  private static List<JsonNode> items(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    if (array != null && array.isArray()) {
      array.forEach(out::add);
    }
    return out;
  }

  /** Python truthiness of a JSON value. */
  private static boolean truthy(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return false;
    }
    if (v.isTextual()) {
      return !v.textValue().isEmpty();
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    if (v.isNumber()) {
      return v.doubleValue() != 0;
    }
    return v.size() > 0;
  }

  private static Set<String> names(JsonNode objs) {
    Set<String> out = new HashSet<>();
    for (JsonNode o : items(objs)) {
      if (truthy(o.get("name"))) {
        out.add(norm(o.get("name")));
      }
    }
    return out;
  }

  private static Set<List<String>> roles(JsonNode persons) {
    Set<List<String>> out = new HashSet<>();
    for (JsonNode p : items(persons)) {
      for (JsonNode r : items(p.get("roles"))) {
        out.add(Arrays.asList(norm(p.get("name")), norm(r)));
      }
    }
    return out;
  }

  private static Set<String> keys(JsonNode org) {
    Set<String> keys = new HashSet<>();
    keys.add(norm(org.get("name")));
    for (JsonNode a : items(org.get("aliases"))) {
      keys.add(norm(a));
    }
    keys.remove(null);
    return keys;
  }

  /** A predicted organisation counts as the gold one when any of its name+aliases equals any of the gold's. */
  private static void scoreOrganizations(JsonNode goldOrgs, JsonNode predOrgs, EvalCounter.Prf counter) {
    List<String> goldNames = new ArrayList<>();
    List<Set<String>> goldKeys = new ArrayList<>();
    for (JsonNode o : items(goldOrgs)) {
      goldNames.add(norm(o.get("name")));
      goldKeys.add(keys(o));
    }
    Set<String> predMapped = new HashSet<>();
    for (JsonNode o : items(predOrgs)) {
      Set<String> k = keys(o);
      String hit = null;
      for (int i = 0; i < goldNames.size(); i++) {
        if (!java.util.Collections.disjoint(goldKeys.get(i), k)) {
          hit = goldNames.get(i);
          break;
        }
      }
      predMapped.add(hit != null && !hit.isEmpty() ? hit : norm(o.get("name")));
    }
    counter.add(new HashSet<>(goldNames), predMapped);
  }

  private static Set<String> normSet(JsonNode array) {
    Set<String> out = new HashSet<>();
    for (JsonNode x : items(array)) {
      out.add(norm(x));
    }
    return out;
  }

  /**
   * Pairs each gold event with an unused predicted event of the same type: the one sharing most
   * participants; with none shared, only one on the gold's non-null date (or one side lists none).
   */
  private static void scoreEvents(JsonNode goldEvents, JsonNode predEvents, Map<String, EvalCounter> c) {
    List<JsonNode> golds = items(goldEvents);
    List<JsonNode> preds = items(predEvents);
    Set<Integer> used = new HashSet<>();
    List<JsonNode[]> matched = new ArrayList<>();
    for (JsonNode g : golds) {
      Set<String> gp = normSet(g.get("participants"));
      int best = -1;
      int bestOverlap = -1;
      for (int i = 0; i < preds.size(); i++) {
        JsonNode p = preds.get(i);
        if (used.contains(i) || !sameValue(p.get("type"), g.get("type"))) {
          continue;
        }
        Set<String> pp = normSet(p.get("participants"));
        int overlap = 0;
        for (String x : gp) {
          if (pp.contains(x)) {
            overlap++;
          }
        }
        JsonNode gDate = g.get("date");
        boolean sameDate = gDate != null && !gDate.isNull() && Objects.equals(norm(gDate), norm(p.get("date")));
        if (overlap == 0 && !gp.isEmpty() && !pp.isEmpty() && !sameDate) {
          continue;
        }
        if (overlap > bestOverlap) {
          best = i;
          bestOverlap = overlap;
        }
      }
      if (best >= 0) {
        used.add(best);
        matched.add(new JsonNode[] {g, preds.get(best)});
      }
    }
    EvalCounter.Prf ev = prf(c, "events");
    ev.tp += matched.size();
    ev.fn += golds.size() - matched.size();
    ev.fp += preds.size() - matched.size();
    for (JsonNode[] m : matched) {
      JsonNode g = m[0];
      JsonNode p = m[1];
      for (String field : EVENT_FIELDS) {
        if (g.has(field)) {
          acc(c, "event." + field).add(Objects.equals(norm(g.get(field)), norm(p.get(field))));
        }
      }
      if (g.has("participants")) {
        prf(c, "event.participants").add(normSet(g.get("participants")), normSet(p.get("participants")));
      }
    }
  }

  private static void scoreStats(JsonNode goldStats, JsonNode predStats, Map<String, EvalCounter> c) {
    Map<String, JsonNode> predByGroup = new LinkedHashMap<>();
    for (JsonNode p : items(predStats)) {
      predByGroup.putIfAbsent(groupNorm(p.get("group")), p);
    }
    EvalCounter.Prf st = prf(c, "countryGroupStats");
    for (JsonNode g : items(goldStats)) {
      JsonNode p = predByGroup.remove(groupNorm(g.get("group")));
      if (p == null) {
        st.fn++;
        continue;
      }
      st.tp++;
      if (g.has("total")) {
        acc(c, "stat.total").add(sameValue(g.get("total"), p.get("total")));
      }
      if (g.has("unit")) {
        acc(c, "stat.unit").add(Objects.equals(norm(g.get("unit")), norm(p.get("unit"))));
      }
      if (g.has("breakdown")) {
        acc(c, "stat.breakdown").add(breakdownTree(g.get("breakdown")).equals(breakdownTree(p.get("breakdown"))));
      }
    }
    st.fp += predByGroup.size();
  }

  private static List<Object> breakdownTree(JsonNode items) {
    List<Object> out = new ArrayList<>();
    for (JsonNode i : items(items)) {
      out.add(Arrays.asList(norm(i.get("region")), valueKey(i.get("count")), breakdownTree(i.get("breakdown"))));
    }
    return out;
  }

  /** Python {@code ==} of two JSON values after json.loads (absent equals null; 5 equals 5.0). */
  private static boolean sameValue(JsonNode a, JsonNode b) {
    return Objects.equals(valueKey(a), valueKey(b));
  }

  private static Object valueKey(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return null;
    }
    if (v.isNumber()) {
      return new BigDecimal(v.asText()).stripTrailingZeros();
    }
    if (v.isBoolean()) {
      return v.booleanValue() ? BigDecimal.ONE : BigDecimal.ZERO;
    }
    if (v.isTextual()) {
      return v.textValue();
    }
    return v;
  }
}
