package io.github.kazextract.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A mutable tally of one scored figure: PRF (tp, fp, fn) or an accuracy (ok, n). */
abstract sealed class EvalCounter permits EvalCounter.Prf, EvalCounter.Acc {

  /** The raw fields in score.py's {@code vars()} order. */
  abstract long[] raw();

  abstract String[] fields();

  abstract Map<String, Object> figures();

  abstract EvalCounter copy();

  static final class Prf extends EvalCounter {
    long tp;
    long fp;
    long fn;

    <T> void add(Set<T> gold, Set<T> pred) {
      for (T g : gold) {
        if (pred.contains(g)) {
          tp++;
        } else {
          fn++;
        }
      }
      for (T p : pred) {
        if (!gold.contains(p)) {
          fp++;
        }
      }
    }

    double precision() {
      return tp + fp > 0 ? (double) tp / (tp + fp) : (fn == 0 ? 1.0 : 0.0);
    }

    double recall() {
      return tp + fn > 0 ? (double) tp / (tp + fn) : 1.0;
    }

    @Override
    Map<String, Object> figures() {
      double p = precision();
      double r = recall();
      double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("precision", PyJson.round(p, 4));
      m.put("recall", PyJson.round(r, 4));
      m.put("f1", PyJson.round(f, 4));
      m.put("tp", tp);
      m.put("fp", fp);
      m.put("fn", fn);
      return m;
    }

    @Override
    long[] raw() {
      return new long[] {tp, fp, fn};
    }

    @Override
    String[] fields() {
      return new String[] {"tp", "fp", "fn"};
    }

    @Override
    EvalCounter copy() {
      Prf c = new Prf();
      c.tp = tp;
      c.fp = fp;
      c.fn = fn;
      return c;
    }
  }

  static final class Acc extends EvalCounter {
    long ok;
    long n;

    void add(boolean good) {
      n++;
      if (good) {
        ok++;
      }
    }

    @Override
    Map<String, Object> figures() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("accuracy", n > 0 ? PyJson.round((double) ok / n, 4) : null);
      m.put("n", n);
      return m;
    }

    @Override
    long[] raw() {
      return new long[] {ok, n};
    }

    @Override
    String[] fields() {
      return new String[] {"ok", "n"};
    }

    @Override
    EvalCounter copy() {
      Acc c = new Acc();
      c.ok = ok;
      c.n = n;
      return c;
    }
  }
}
