package io.github.kazextract.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The token rules of the `ner` command on one huge "sentence" shaped to make them look far back or
 * pair every span with every other (plural classifier lists, unclosed quotes, chained heads and
 * routes): doubling the input must at most roughly double the CPU time (median of three runs, at
 * most 3x, three attempts, so a loaded machine does not fail it while a quadratic rule still does).
 */
class NerRulesScalingTest {

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  private static final Endings ENDINGS = Endings.load();

  private static List<String> tokens(int n) {
    String[] unit = {"Бақбақты", ",", "Бірлік", ",", "«", "Алтын", "дала", "ауылдарының", "Атырау", "–", "Астрахань",
        "«", "Омбы", "облысының", "үкіметі", "Айнадин", "Молдабеков", "мен", "Бөжей", ",", "Зейін", ",", "Kazakh",
        "Invest", "компаниясы", "мұнай-химия", "зауытынан"};
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.addAll(Arrays.asList(unit));
    }
    return out;
  }

  private static long median(Runnable r) {
    long[] t = new long[3];
    for (int i = 0; i < t.length; i++) {
      long t0 = CPU.getCurrentThreadCpuTime();
      r.run();
      t[i] = CPU.getCurrentThreadCpuTime() - t0;
    }
    Arrays.sort(t);
    return t[1];
  }

  private static void scalesLinearly(Consumer<List<String>> rule) {
    // grow the input until one run takes a measurable few milliseconds
    int size = 50;
    while (size < 50 * 256 && timeOf(rule, size) < 3_000_000) {
      size *= 2;
    }
    double best = Double.MAX_VALUE;
    for (int attempt = 0; attempt < 3 && best > 3.0; attempt++) {
      best = Math.min(best, (double) timeOf(rule, size * 2) / Math.max(1, timeOf(rule, size)));
    }
    assertThat(best).as("CPU time ratio for twice the input").isLessThanOrEqualTo(3.0);
  }

  private static long timeOf(Consumer<List<String>> rule, int size) {
    List<String> input = tokens(size);
    return median(() -> rule.accept(input));
  }

  @Test
  void nameClassifiersAreLinear() {
    NameClassifiers rules = NameClassifiers.load(ENDINGS);
    scalesLinearly(rules::find);
  }

  @Test
  void followingHeadsAreLinear() {
    FollowingHeads heads = FollowingHeads.load(ENDINGS);
    scalesLinearly(t -> {
      for (int i = 0; i < t.size(); i++) {
        heads.after(t, i);
      }
    });
  }

  @Test
  void nameContextIsLinear() {
    SpanRules shapes = SpanRules.load(Set.of("Айнадин"), ENDINGS);
    NameContext context = new NameContext(Set.of("Зейін"), Set.of("Молдабеков"), Set.of("елбасы"), shapes);
    scalesLinearly(t -> {
      List<NerSpan> spans = new ArrayList<>();
      for (int i = 0; i < t.size(); i++) {
        if (t.get(i).equals("Молдабеков")) {
          spans.add(new NerSpan(i, i + 1, "PERSON"));
        }
      }
      context.apply(spans, t);
    });
  }
}
