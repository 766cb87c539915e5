package dev.keyfit.cli;

import dev.keyfit.extract.ExtractionException;
import dev.keyfit.extract.Extractors;
import dev.keyfit.extract.Failure;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one document's analysis (a {@code scan}, a {@code --jd} posting) under a time limit, in a
 * daemon thread: past the limit the thread is interrupted (annotation stops at its next sentence)
 * and abandoned, and the caller gets a TIMEOUT; anything thrown, {@link Error}s included, becomes
 * the failure {@link Extractors#classify} gives it.
 */
final class TimeLimit {

  private TimeLimit() {}

  static <T> T call(Duration limit, Callable<T> work) throws ExtractionException {
    return start(limit, work).await();
  }

  /**
   * Starts the work in its daemon thread, the clock running from now, and returns at once, so that
   * the caller can do something else (build the analyzer the work is waiting for) before {@link
   * Running#await awaiting} it.
   */
  static <T> Running<T> start(Duration limit, Callable<T> work) {
    CompletableFuture<T> result = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                result.complete(work.call());
              } catch (Throwable t) { // NOPMD: every failure becomes a status
                result.completeExceptionally(t);
              }
            },
            "keyfit-analysis");
    thread.setDaemon(true);
    long deadline = System.nanoTime() + limit.toNanos();
    thread.start();
    return new Running<>(limit, deadline, thread, result);
  }

  /** Work started by {@link #start}: its result, awaited until the limit from its start. */
  static final class Running<T> {
    private final Duration limit;
    private final long deadline;
    private final Thread thread;
    private final CompletableFuture<T> result;

    private Running(Duration limit, long deadline, Thread thread, CompletableFuture<T> result) {
      this.limit = limit;
      this.deadline = deadline;
      this.thread = thread;
      this.result = result;
    }

    /** Stops the work (interrupts its thread) when the caller no longer wants its result. */
    void abandon() {
      thread.interrupt();
    }

    /**
     * The work's result; TIMEOUT past the limit (the thread interrupted and abandoned), anything it
     * threw as the failure {@link Extractors#classify} gives it.
     */
    T await() throws ExtractionException {
      try {
        return result.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        thread.interrupt();
        throw new ExtractionException(Failure.TIMEOUT, "gave up after " + seconds(limit) + " s");
      } catch (InterruptedException e) {
        thread.interrupt();
        Thread.currentThread().interrupt();
        throw new ExtractionException(Failure.TIMEOUT, "interrupted");
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof ExtractionException x) {
          throw x;
        }
        throw Extractors.classify(cause);
      }
    }
  }

  private static String seconds(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? Long.toString(ms / 1000) : Double.toString(ms / 1000.0);
  }

  /** A --timeout value as a duration; exit 2 (usage) unless it is between 1 ms and a day. */
  static Duration ofSeconds(double seconds) {
    if (Double.isNaN(seconds) || seconds < 0.001 || seconds > 86_400) {
      throw new CliException(ExitCodes.USAGE, "--timeout must be between 0.001 and 86400 seconds");
    }
    return Duration.ofMillis(Math.round(seconds * 1000));
  }
}
