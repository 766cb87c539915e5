package dev.keyfit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BatchProgressTest {

  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
  private PrintStream realOut;

  @BeforeEach
  void captureStdout() {
    realOut = System.out;
    System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreStdout() {
    System.setOut(realOut);
  }

  private void runBar(boolean quiet, boolean terminal) {
    try (BatchProgress bar =
        BatchProgress.start(
            3, quiet, terminal, new PrintStream(stderr, true, StandardCharsets.UTF_8))) {
      assertEquals(terminal && !quiet, bar.shown());
      for (int i = 0; i < 3; i++) {
        bar.step();
      }
    }
  }

  @Test
  void onATerminalTheBarDrawsOnStderrAndNeverOnStdout() {
    runBar(false, true);
    assertTrue(
        stderr.toString(StandardCharsets.UTF_8).contains("Analyzing"),
        stderr.toString(StandardCharsets.UTF_8));
    assertEquals("", stdout.toString(StandardCharsets.UTF_8));
  }

  @Test
  void offATerminalOrQuietNothingIsPrintedAnywhere() {
    runBar(false, false);
    runBar(true, true);
    assertEquals(0, stderr.size(), stderr.toString(StandardCharsets.UTF_8));
    assertEquals(0, stdout.size());
  }

  @Test
  void underTestsThereIsNoConsoleSoTheDefaultStartShowsNothing() {
    try (BatchProgress bar = BatchProgress.start(3, false)) {
      assertFalse(bar.shown(), "surefire's forked JVM has no console");
    }
  }
}
