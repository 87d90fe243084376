package io.github.kazextract.bench;

import io.github.kazextract.KazakhExtractor;
import io.github.kazextract.morph.KazakhMorphology;
import java.lang.management.ManagementFactory;

/**
 * One cold-start measurement, meant to run in a fresh JVM ({@code kazextract bench cold} starts
 * one per run): the milliseconds from {@code main()} to the first result, and the JVM's uptime at
 * that moment (which adds the JVM's own start). {@code analyze}: the first
 * {@code KazakhMorphology.getDefault().analyze(...)}; {@code extract}: building the default
 * extractor and its first extraction. Prints {@code STAGE MILLIS UPTIME_MILLIS}.
 *
 * <p>{@code java -cp kazextract-cli.jar io.github.kazextract.bench.ColdStart analyze|extract}
 */
public final class ColdStart {

  private static final String WORD = "Тоқаевқа";
  private static final String RELEASE = "Мемлекет басшысы Қасым-Жомарт Тоқаев Ақордада БҰҰ Бас хатшысы "
      + "Антониу Гутерришті қабылдады. Кездесуде Қазақстан мен БҰҰ-ның ынтымақтастығы талқыланды.";

  private ColdStart() {}

  public static void main(String[] args) {
    String stage = args.length > 0 ? args[0] : "analyze";
    long t0 = System.nanoTime();
    int size;
    if (stage.equals("extract")) {
      size = KazakhExtractor.builder().build().extract(RELEASE).persons().size();
    } else if (stage.equals("analyze")) {
      size = KazakhMorphology.getDefault().analyze(WORD).size();
    } else {
      System.err.println("ColdStart: stage must be analyze or extract: " + stage);
      System.exit(2);
      return;
    }
    long millis = (System.nanoTime() - t0) / 1_000_000;
    long doneAt = System.currentTimeMillis();
    // read after the result: loading the management classes must not count
    long uptime = doneAt - ManagementFactory.getRuntimeMXBean().getStartTime();
    if (size == 0) {
      System.err.println("ColdStart: no result");
      System.exit(1);
    }
    System.out.println(stage + " " + millis + " " + uptime);
  }
}
