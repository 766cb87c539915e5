package dev.keyfit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real SIGINT and SIGTERM at random moments of a real 500-file batch (three rounds; {@code
 * src/test/bench/signal-rounds.sh} runs many): every round leaves a parseable ranking with one row
 * per file, complete reports for the OK rows only, no temporary file, exit 130 or 143 and no stack
 * trace ({@link SignalRounds} checks each).
 */
class BatchRandomSignalTest {

  @TempDir Path dir;

  @Test
  @Timeout(value = 600, unit = TimeUnit.SECONDS)
  void signalsAtRandomMomentsAlwaysLeaveACompleteRankingAndNoTemporaryFile() throws Exception {
    Assumptions.assumeTrue(
        new File("/usr/bin/env").canExecute()
            && (new File("/bin/kill").exists() || new File("/usr/bin/kill").exists()),
        "needs env and kill");
    Path in = SignalRounds.generate(dir.resolve("in"), 500);
    long seed = System.nanoTime();
    Random random = new Random(seed);
    List<String> signals = List.of("INT", "TERM", "INT");
    for (int r = 0; r < signals.size(); r++) {
      // from the first report on: early (ranking nearly all NOT_PROCESSED) to well into the batch
      long delay = random.nextLong(2000);
      SignalRounds.Round round =
          SignalRounds.run(dir.resolve("round-" + r), in, 500, signals.get(r), delay);
      assertEquals(List.of(), round.problems(), "seed " + seed + ", " + round);
    }
  }
}
