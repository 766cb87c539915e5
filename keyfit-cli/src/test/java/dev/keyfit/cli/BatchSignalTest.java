package dev.keyfit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ctrl-C and SIGTERM sent for real to a real keyfit process, while the file in progress spins and
 * ignores interrupts: the ranking is written with a row per file, finished reports are complete, no
 * temporary file remains, the exit status is 128 + the signal, and nothing prints a stack trace.
 * The child is started through {@code env --default-signal}, because a process started from a
 * non-interactive shell in the background inherits SIGINT ignored (and the JVM then keeps it so).
 */
class BatchSignalTest {

  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({"INT, 130", "TERM, 143"})
  @Timeout(value = 240, unit = TimeUnit.SECONDS)
  void aSignalDuringAStuckFileWritesTheRankingAndExitsWith128PlusTheSignal(
      String signal, int expected) throws Exception {
    Assumptions.assumeTrue(
        new File("/usr/bin/env").canExecute() && new File("/bin/kill").exists()
            || new File("/usr/bin/kill").exists(),
        "needs env and kill");
    Path in = SignalBatchMain.stuckFolder(dir, 4);
    Path marker = dir.resolve("in-progress");
    Path csv = dir.resolve("ranking.csv");
    Path reports = dir.resolve("reports");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(
            List.of(
                "env",
                "--default-signal=INT",
                java,
                "-Xshare:auto",
                "-Dkeyfit.test.marker=" + marker,
                "-cp",
                System.getProperty("java.class.path"),
                SignalBatchMain.class.getName()));
    command.addAll(SignalBatchMain.batchArguments(in, csv));
    command.addAll(List.of("--reports", reports.toString(), "--report-format", "json,md", "-q"));
    Process child =
        new ProcessBuilder(command)
            .redirectOutput(dir.resolve("stdout").toFile())
            .redirectError(dir.resolve("stderr").toFile())
            .start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
      while (!Files.exists(marker) && child.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertTrue(Files.exists(marker), "the hanging file was reached: " + read("stderr"));
      Thread.sleep(300);
      Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(child.pid())).start();
      assertEquals(0, kill.waitFor());
      assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the process ended after the signal");
    } finally {
      child.destroyForcibly();
    }
    String stderr = read("stderr");
    assertEquals(expected, child.exitValue(), stderr);
    assertFalse(stderr.contains("Exception") || stderr.contains("\tat "), stderr);
    SignalBatchMain.assertRankingSoFar(csv, 4);
    try (Stream<Path> written = Files.list(reports)) {
      List<Path> files = written.toList();
      assertEquals(8, files.size(), "two reports per finished file: " + files);
      for (Path report : files) {
        assertTrue(Files.size(report) > 0, report + " is complete");
      }
    }
    try (Stream<Path> all = Files.walk(dir)) {
      assertEquals(
          List.of(), all.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
    }
  }

  private String read(String name) throws IOException {
    Path p = dir.resolve(name);
    return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
  }
}
