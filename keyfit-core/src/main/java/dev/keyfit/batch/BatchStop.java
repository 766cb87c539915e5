package dev.keyfit.batch;

import dev.keyfit.batch.BatchRunner.Stop;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether a batch is to start new files, and why not: the first reason to stop wins (stuck parses,
 * Ctrl-C, fail-fast), and an interrupt gives the files in progress {@link
 * BatchRunner#IN_PROGRESS_GRACE} to finish. Shared by the lanes; thread-safe.
 */
final class BatchStop {
  private final AtomicReference<Stop> stop = new AtomicReference<>(Stop.NONE);
  private final AtomicInteger stuck = new AtomicInteger();
  private volatile long interruptedAt;

  /** Ctrl-C: start no new file; files in progress get the grace. */
  void interrupt() {
    interruptedAt = System.nanoTime();
    stop.compareAndSet(Stop.NONE, Stop.INTERRUPTED);
  }

  /** Stops for a reason unless the batch has already stopped for another. */
  void stopFor(Stop reason) {
    stop.compareAndSet(Stop.NONE, reason);
  }

  /** Why the batch stopped, or NONE. */
  Stop reason() {
    return stop.get();
  }

  /** Whether lanes may start new files. */
  boolean running() {
    return stop.get() == Stop.NONE;
  }

  boolean interrupted() {
    return stop.get() == Stop.INTERRUPTED;
  }

  /** Counts an abandoned parse; at {@code maxStuck} of them the batch stops. */
  void stuckParse(int maxStuck) {
    if (stuck.incrementAndGet() >= maxStuck) {
      stopFor(Stop.STUCK);
    }
  }

  /** Parses abandoned so far. */
  int stuck() {
    return stuck.get();
  }

  /**
   * Until when (a {@link System#nanoTime} value) a file in progress may run: its own deadline, or
   * sooner, the end of the grace after an interrupt.
   */
  long waitUntil(long deadline) {
    return interrupted()
        ? Math.min(deadline, interruptedAt + BatchRunner.IN_PROGRESS_GRACE.toNanos())
        : deadline;
  }

  /** The reason given for files never started. */
  String notProcessedReason() {
    return switch (stop.get()) {
      case STUCK -> "not started: " + stuck.get() + " parses got stuck, so the batch stopped";
      case INTERRUPTED -> "not started: the batch was interrupted";
      case FAIL_FAST -> "not started: --fail-on-error stopped the batch at the first failure";
      case NONE -> "not started";
    };
  }
}
