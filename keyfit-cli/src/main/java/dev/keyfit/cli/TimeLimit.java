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
    thread.start();
    try {
      return result.get(limit.toNanos(), TimeUnit.NANOSECONDS);
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
