package dev.keyfit.cli;

import dev.keyfit.batch.BatchRunner;
import dev.keyfit.batch.WorkerPool;
import dev.keyfit.extract.ExtractionLimits;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Mixin: how many files run at once and the per-file guard's limits ({@code keyfit batch}). */
final class BatchLimitOptions {

  @Option(
      names = {"-j", "--jobs"},
      paramLabel = "N",
      description = "Files analyzed in parallel. Default: the core count.")
  Integer jobs;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "60",
      description =
          "Give up on a file after this many seconds (TIMEOUT row). Default: ${DEFAULT-VALUE}.")
  double timeoutSeconds;

  @Option(
      names = "--max-stuck",
      paramLabel = "N",
      defaultValue = "2",
      description =
          "After N abandoned (timed-out) parses start no new file and exit 5; with --isolate a "
              + "timed-out worker is killed instead and does not count. Default: ${DEFAULT-VALUE}.")
  int maxStuck;

  @Option(
      names = "--max-file-size",
      paramLabel = "SIZE",
      defaultValue = "20MiB",
      converter = Sizes.class,
      description = "Refuse larger files unopened (TOO_LARGE). Default: ${DEFAULT-VALUE}.")
  long maxFileSize;

  @Option(
      names = "--fail-on-error",
      description = "Stop starting new files at the first file that cannot be analyzed (exit 3).")
  boolean failOnError;

  @Option(
      names = "--isolate",
      description =
          "Read each file in a separate worker JVM (one per --jobs lane): a parser "
              + "that hangs is killed at --timeout, one that crashes or runs out of memory takes only its worker down. "
              + "Slower to start (about half a second per worker); for large unattended batches of untrusted files.")
  boolean isolate;

  @Option(
      names = "--max-files-per-worker",
      paramLabel = "N",
      defaultValue = "1000",
      description =
          "With --isolate, replace each worker JVM after N files. Default: ${DEFAULT-VALUE}.")
  int filesPerWorker;

  /** The guard's settings; exit 2 for values out of range. */
  BatchRunner.Settings settings() {
    timeout(); // exit 2 when out of range
    int n = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
    if (n < 1 || n > 256) {
      throw new CliException(ExitCodes.USAGE, "--jobs must be between 1 and 256");
    }
    if (maxStuck < 1) {
      throw new CliException(ExitCodes.USAGE, "--max-stuck must be at least 1");
    }
    if (filesPerWorker < 1) {
      throw new CliException(ExitCodes.USAGE, "--max-files-per-worker must be at least 1");
    }
    // with --isolate the workers enforce --timeout; the in-process guard only backs up our own
    // analysis
    Duration guard = isolate ? timeout().plus(ISOLATED_GRACE) : timeout();
    return new BatchRunner.Settings(n, guard, maxStuck, maxFileSize, failOnError);
  }

  /** How much longer than --timeout the in-process guard waits when workers enforce the timeout. */
  static final Duration ISOLATED_GRACE = Duration.ofSeconds(30);

  /** The per-file time limit. */
  Duration timeout() {
    return TimeLimit.ofSeconds(timeoutSeconds);
  }

  /** The worker JVMs with --isolate, else null. */
  WorkerPool workers() {
    return isolate ? new WorkerPool(timeout(), filesPerWorker) : null;
  }

  /** The extraction limits, with {@code --max-file-size}. */
  ExtractionLimits limits() {
    return new ExtractionLimits(
        maxFileSize, ExtractionLimits.DEFAULT.maxPages(), ExtractionLimits.DEFAULT.maxChars());
  }
}
