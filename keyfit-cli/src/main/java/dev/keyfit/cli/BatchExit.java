package dev.keyfit.cli;

import dev.keyfit.batch.BatchRunner;

/**
 * The batch's exit code, decided from what happened: a pure function, so the rule in {@code keyfit
 * batch --help} has one place and one test. Aborted (5) beats interrupted (130), which beats an
 * unwritten output (4), a file that could not be analyzed (3) and a missed {@code --min-score} (1).
 */
final class BatchExit {

  private BatchExit() {}

  /**
   * The exit code.
   *
   * @param stop why the batch stopped early, or NONE
   * @param writeFailed the ranking or a report could not be written
   * @param failed files that could not be analyzed (NOT_PROCESSED rows included)
   * @param belowMinScore analyzed files under the {@code --min-score} gate
   */
  static int code(BatchRunner.Stop stop, boolean writeFailed, long failed, long belowMinScore) {
    if (stop == BatchRunner.Stop.STUCK) {
      return ExitCodes.INTERNAL;
    }
    if (stop == BatchRunner.Stop.INTERRUPTED) {
      return ExitCodes.INTERRUPTED;
    }
    if (writeFailed) {
      return ExitCodes.OUTPUT;
    }
    if (failed > 0) {
      return ExitCodes.INPUT;
    }
    return belowMinScore > 0 ? ExitCodes.BELOW_MIN_SCORE : ExitCodes.OK;
  }
}
