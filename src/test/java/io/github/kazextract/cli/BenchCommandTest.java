package io.github.kazextract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BenchCommandTest {

  private static final String DEV = Path.of("testdata/releases/dev").toString();

  @Test
  void extractReportsEveryFigureAsJson() throws IOException {
    BatchCliRun r = BatchCliRun.run("bench", "extract", DEV, "--warmup", "0", "--seconds", "0.2", "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("stage").asText()).isEqualTo("extract");
    assertThat(j.get("documents").asInt()).isEqualTo(28);
    for (String key : new String[] {"documentsPerSecond", "megabytesPerSecond", "tokensPerSecond", "p50Millis",
        "p99Millis", "peakHeapMegabytes", "loadMillis"}) {
      assertThat(j.get(key).asDouble()).as(key).isPositive();
    }
    assertThat(j.get("p99Millis").asDouble()).isGreaterThanOrEqualTo(j.get("p50Millis").asDouble());
  }

  @Test
  void scalingMeasuresOneThreadAndTheMachineInTheSameRun() throws IOException {
    BatchCliRun r = BatchCliRun.run("bench", "analyze", DEV, "--warmup", "0", "--seconds", "0.2", "--threads", "2",
        "--scaling", "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("threads").asInt()).isEqualTo(2);
    assertThat(j.get("baselines").get("1 thread").get("documentsPerSecond").asDouble()).isPositive();
    for (String key : new String[] {"scaling", "machineScaling", "scalingOfMachine", "liveHeapMegabytes"}) {
      assertThat(j.get(key).asDouble()).as(key).isPositive();
    }
    // the live heap after a collection holds the models but no garbage
    assertThat(j.get("liveHeapMegabytes").asDouble()).isLessThanOrEqualTo(j.get("peakHeapMegabytes").asDouble());
  }

  @Test
  void coldStartsFreshJvmsAndTimesTheirFirstResults() throws IOException {
    BatchCliRun r = BatchCliRun.run("bench", "cold", "--runs", "1", "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    for (String key : new String[] {"analyzeMillis", "analyzeUptimeMillis", "extractMillis", "extractUptimeMillis"}) {
      assertThat(j.get(key).get("median").asDouble()).as(key).isPositive();
    }
    assertThat(j.get("analyzeUptimeMillis").get("median").asDouble())
        .isGreaterThanOrEqualTo(j.get("analyzeMillis").get("median").asDouble());
    assertThat(BatchCliRun.run("bench", "cold", DEV).exit()).isEqualTo(KazextractCli.EXIT_USAGE);
  }

  @Test
  void tokenizeMeasuresTheBaselinesInTheSameRun() {
    BatchCliRun r = BatchCliRun.run("bench", "tokenize", DEV, "--warmup", "0", "--seconds", "0.1", "--threads", "2");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("kazextract").contains("opennlp-simple").contains("whitespace")
        .contains("documents/s").contains("peak heap");
  }

  @Test
  void percentileIsNearestRank() {
    long[] v = new long[100];
    for (int i = 0; i < 100; i++) {
      v[i] = i + 1;
    }
    assertThat(BenchMeasurement.percentile(v, 0.5)).isEqualTo(50);
    assertThat(BenchMeasurement.percentile(v, 0.99)).isEqualTo(99);
    assertThat(BenchMeasurement.percentile(new long[] {7}, 0.99)).isEqualTo(7);
  }

  @Test
  void missingInputIsBadInput() {
    assertThat(BatchCliRun.run("bench", "tokenize", "no/such/dir").exit()).isEqualTo(KazextractCli.EXIT_BAD_INPUT);
    assertThat(BatchCliRun.run("bench", "--seconds", "0", DEV).exit()).isEqualTo(KazextractCli.EXIT_USAGE);
  }

  @Test
  void reportThatCannotBeWrittenIsAnError() {
    BatchCliRun r = BatchCliRun.runToFailingOutput("bench", "tokenize", DEV, "--warmup", "0", "--seconds", "0.1");
    assertThat(r.exit()).isEqualTo(KazextractCli.EXIT_BAD_INPUT);
    assertThat(r.err()).contains("standard output");
  }
}
