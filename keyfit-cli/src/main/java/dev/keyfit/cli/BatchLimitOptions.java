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
          "Analyze each file in a separate worker JVM (one per --jobs lane): its whole pipeline, "
              + "extraction to rendered reports, runs there, so a file that hangs in any stage is killed at --timeout, "
              + "and one that crashes or runs out of --worker-memory takes only its worker down. Slower to start "
              + "(a few seconds per worker, not charged to the file); for large unattended batches of untrusted files.")
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
    // with --isolate the workers run every stage and enforce --timeout (their clock starts once a
    // worker is ready); the in-process guard only backs them up, start-up included
    Duration guard = isolate ? timeout().plus(WorkerPool.STARTUP).plus(ISOLATED_GRACE) : timeout();
    return new BatchRunner.Settings(n, guard, maxStuck, maxFileSize, failOnError);
  }

  /** How much longer than --timeout the in-process guard waits when workers enforce the timeout. */
  static final Duration ISOLATED_GRACE = Duration.ofSeconds(30);

  /** The per-file time limit. */
  Duration timeout() {
    return TimeLimit.ofSeconds(timeoutSeconds);
  }

  @Option(
      names = "--worker-memory",
      paramLabel = "SIZE",
      defaultValue = "768MiB",
      converter = Sizes.class,
      description =
          "With --isolate, the heap of each worker JVM: the memory one file may use (over it the file "
              + "is OUT_OF_MEMORY and the worker is replaced). Default: ${DEFAULT-VALUE}.")
  long workerMemory;

  /** The worker heap in MiB; exit 2 below 128 MiB or above 64 GiB. */
  int workerHeapMb() {
    long mb = workerMemory >> 20;
    if (mb < 128 || mb > 65_536) {
      throw new CliException(ExitCodes.USAGE, "--worker-memory must be between 128MiB and 64GiB");
    }
    return (int) mb;
  }

  /** The worker JVMs with --isolate (started as {@code launch} says), else null. */
  WorkerPool workers(WorkerPool.Launch launch) {
    return isolate ? new WorkerPool(timeout(), filesPerWorker, launch) : null;
  }

  /** The extraction limits, with {@code --max-file-size}. */
  ExtractionLimits limits() {
    return new ExtractionLimits(
        maxFileSize, ExtractionLimits.DEFAULT.maxPages(), ExtractionLimits.DEFAULT.maxChars());
  }
}
