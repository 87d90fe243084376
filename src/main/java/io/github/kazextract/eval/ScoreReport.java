package io.github.kazextract.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The figures of one scoring run, printable as score.py's table or its {@code --json} object. */
public final class ScoreReport {

  private final Map<String, Object> result;
  private final Map<String, Map<String, Map<String, Long>>> perDoc;

  ScoreReport(Map<String, Object> result, Map<String, Map<String, Map<String, Long>>> perDoc) {
    this.result = Collections.unmodifiableMap(result);
    this.perDoc = Collections.unmodifiableMap(perDoc);
  }

  /** Every figure keyed as in score.py's JSON (figure maps, macro_f1, documents, missing_predictions). */
  public Map<String, Object> figures() {
    return result;
  }

  public double macroF1() {
    return (Double) result.get("macro_f1");
  }

  /** F1 of one PRF figure, e.g. {@code persons}. */
  public double f1(String figure) {
    return (Double) figure(figure).get("f1");
  }

  @SuppressWarnings("unchecked")
  public Map<String, Object> figure(String name) {
    Object v = result.get(name);
    if (!(v instanceof Map)) {
      throw new IllegalArgumentException("no such figure: " + name);
    }
    return (Map<String, Object>) v;
  }

  @SuppressWarnings("unchecked")
  public List<String> missingPredictions() {
    return (List<String>) result.get("missing_predictions");
  }

  /** The JSON object score.py prints with {@code --json}, byte for byte. */
  public String toJson() {
    return PyJson.dumps(result, 1);
  }

  /** The table score.py prints, with per-document differences when {@code perDoc}. */
  public String toTable(boolean withPerDoc) {
    StringBuilder b = new StringBuilder();
    b.append(String.format("%-24s %7s %7s %7s %7s %5s\n", "figure", "P", "R", "F1", "acc", "n"));
    for (Map.Entry<String, Object> e : result.entrySet()) {
      if (!(e.getValue() instanceof Map)) {
        continue;
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> v = (Map<String, Object>) e.getValue();
      if (v.containsKey("f1")) {
        long n = (Long) v.get("tp") + (Long) v.get("fn");
        b.append(String.format("%-24s %7s %7s %7s %7s %5d\n", e.getKey(), PyJson.fixed((Double) v.get("precision"), 3),
            PyJson.fixed((Double) v.get("recall"), 3), PyJson.fixed((Double) v.get("f1"), 3), "", n));
      } else if (v.containsKey("accuracy")) {
        Object a = v.get("accuracy");
        String acc = a == null ? "-" : PyJson.fixed((Double) a, 3);
        b.append(String.format("%-24s %7s %7s %7s %7s %5d\n", e.getKey(), "", "", "", acc, (Long) v.get("n")));
      }
    }
    List<String> missing = missingPredictions();
    b.append("macro_f1 ").append(PyJson.fixed(macroF1(), 4)).append(" over ").append(result.get("documents"))
        .append(" documents");
    if (!missing.isEmpty()) {
      b.append("; no prediction for ").append(missing.size()).append(": ")
          .append(String.join(", ", missing.subList(0, Math.min(5, missing.size()))));
    }
    b.append("\n");
    if (withPerDoc) {
      perDoc.forEach((doc, counters) -> {
        Map<String, Object> bad = new LinkedHashMap<>();
        counters.forEach((k, v) -> {
          long n = v.getOrDefault("n", 0L);
          if (v.getOrDefault("fp", 0L) != 0 || v.getOrDefault("fn", 0L) != 0
              || (n != 0 && !v.get("ok").equals(v.get("n")))) {
            bad.put(k, v);
          }
        });
        if (!bad.isEmpty()) {
          b.append(doc).append(' ').append(PyJson.dumps(bad, -1)).append("\n");
        }
      });
    }
    return b.toString();
  }
}
