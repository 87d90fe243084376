package io.github.kazextract.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.kazextract.bench.ColdStart;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code kazextract bench cold}: starts fresh JVMs running {@link ColdStart} with this JVM's
 * {@code java} and class path, one per run and stage, and reports the median, minimum and maximum
 * of the time from {@code main()} to the first result and of the JVM uptime at that moment.
 */
final class ColdStartRuns {

  private static final List<String> STAGES = List.of("analyze", "extract");
  /** A cold start that takes longer has failed; the run is reported as an error. */
  private static final long TIMEOUT_SECONDS = 120;

  private ColdStartRuns() {}

  static int run(int runs, boolean json, PrintStream err) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    String classPath = System.getProperty("java.class.path");
    Map<String, long[][]> figures = new LinkedHashMap<>();
    for (String stage : STAGES) {
      figures.put(stage, new long[][] {new long[runs], new long[runs]});
    }
    // the stages take turns, so that both share the machine's conditions
    for (int r = 0; r < runs; r++) {
      for (String stage : STAGES) {
        long[] one = once(java, classPath, stage, err);
        if (one == null) {
          return KazextractCli.EXIT_BAD_INPUT;
        }
        figures.get(stage)[0][r] = one[0];
        figures.get(stage)[1][r] = one[1];
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("stage", "cold");
    out.put("runs", runs);
    for (String stage : STAGES) {
      out.put(stage + "Millis", summary(figures.get(stage)[0]));
      out.put(stage + "UptimeMillis", summary(figures.get(stage)[1]));
    }
    out.put("availableProcessors", Runtime.getRuntime().availableProcessors());
    out.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (json) {
      stdout.println(new ObjectMapper().writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out));
    } else {
      stdout.printf("kazextract bench cold: %d fresh JVMs per stage; milliseconds, median (min-max)%n", runs);
      stdout.printf("%-44s %22s %22s%n", "", "from main()", "JVM uptime");
      stdout.printf("%-44s %22s %22s%n", "first analysis (KazakhMorphology.getDefault)",
          text(out.get("analyzeMillis")), text(out.get("analyzeUptimeMillis")));
      stdout.printf("%-44s %22s %22s%n", "first extraction (builder().build().extract)",
          text(out.get("extractMillis")), text(out.get("extractUptimeMillis")));
      stdout.printf("%s processors; %s%n", out.get("availableProcessors"), out.get("java"));
    }
    if (ExtractCommand.standardOutputFailed(stdout)) {
      err.println("kazextract bench: standard output: cannot write the report (disk full, closed pipe or device error)");
      return KazextractCli.EXIT_BAD_INPUT;
    }
    return KazextractCli.EXIT_OK;
  }

  /** {millis, uptimeMillis} of one fresh JVM, or null after reporting why it failed. */
  private static long[] once(String java, String classPath, String stage, PrintStream err)
      throws IOException, InterruptedException {
    Process p = new ProcessBuilder(java, "-cp", classPath, ColdStart.class.getName(), stage)
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    // the child prints one short line, far less than a pipe holds: wait first, so a hung JVM times out
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      err.println("kazextract bench cold: the " + stage + " JVM did not finish in " + TIMEOUT_SECONDS + " s");
      return null;
    }
    byte[] stdout = p.getInputStream().readAllBytes();
    String line = new String(stdout, StandardCharsets.UTF_8).strip();
    String[] f = line.split(" ");
    if (p.exitValue() != 0 || f.length != 3 || !f[0].equals(stage)) {
      err.println("kazextract bench cold: the " + stage + " JVM failed (exit " + p.exitValue() + "): " + line);
      return null;
    }
    try {
      return new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])};
    } catch (NumberFormatException e) {
      err.println("kazextract bench cold: unexpected output of the " + stage + " JVM: " + line);
      return null;
    }
  }

  private static Map<String, Object> summary(long[] values) {
    long[] v = values.clone();
    Arrays.sort(v);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("median", v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2.0);
    m.put("min", v[0]);
    m.put("max", v[v.length - 1]);
    List<Long> all = new ArrayList<>();
    for (long x : values) {
      all.add(x);
    }
    m.put("runs", all);
    return m;
  }

  @SuppressWarnings("unchecked")
  private static String text(Object summary) {
    Map<String, Object> m = (Map<String, Object>) summary;
    Object median = m.get("median");
    String med = median instanceof Double d ? String.format("%.1f", d) : String.valueOf(median);
    return med + " (" + m.get("min") + "-" + m.get("max") + ")";
  }
}
