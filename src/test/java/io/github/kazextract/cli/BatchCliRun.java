package io.github.kazextract.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Runs the CLI in-process with captured standard streams (tests only; not thread-safe). */
record BatchCliRun(int exit, String out, String err) {

  static BatchCliRun run(String... args) {
    return runWithInput(new byte[0], args);
  }

  static BatchCliRun runWithInput(byte[] stdin, String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    InputStream oldIn = System.in;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      System.setIn(new ByteArrayInputStream(stdin));
      int exit = KazextractCli.commandLine().execute(args);
      return new BatchCliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
      System.setIn(oldIn);
    }
  }

  /** Runs with a standard output whose every write fails, as on a full disk. */
  static BatchCliRun runToFailingOutput(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    java.io.OutputStream full = new java.io.OutputStream() {
      @Override
      public void write(int b) throws java.io.IOException {
        throw new java.io.IOException("No space left on device");
      }
    };
    try {
      System.setOut(new PrintStream(full, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int exit = KazextractCli.commandLine().execute(args);
      return new BatchCliRun(exit, "", err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  List<String> lines() {
    return Arrays.stream(out.split("\n")).filter(l -> !l.isEmpty()).toList();
  }
}
