package dev.keyfit.cli;

import static dev.keyfit.batch.BatchRunner.Stop.FAIL_FAST;
import static dev.keyfit.batch.BatchRunner.Stop.INTERRUPTED;
import static dev.keyfit.batch.BatchRunner.Stop.NONE;
import static dev.keyfit.batch.BatchRunner.Stop.STUCK;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BatchExitTest {

  @Test
  void aCleanBatchExitsZeroAndEachProblemHasItsCode() {
    assertEquals(0, BatchExit.code(NONE, false, 0, 0));
    assertEquals(1, BatchExit.code(NONE, false, 0, 3));
    assertEquals(3, BatchExit.code(NONE, false, 2, 0));
    assertEquals(4, BatchExit.code(NONE, true, 0, 0));
    assertEquals(5, BatchExit.code(STUCK, false, 2, 0));
    assertEquals(130, BatchExit.code(INTERRUPTED, false, 5, 0));
    assertEquals(3, BatchExit.code(FAIL_FAST, false, 1, 0));
  }

  @Test
  void whenSeveralApplyTheFirstOfFiveInterruptFourThreeOneWins() {
    assertEquals(5, BatchExit.code(STUCK, true, 4, 2));
    assertEquals(130, BatchExit.code(INTERRUPTED, true, 4, 2));
    assertEquals(4, BatchExit.code(NONE, true, 4, 2));
    assertEquals(3, BatchExit.code(NONE, false, 4, 2));
  }
}
