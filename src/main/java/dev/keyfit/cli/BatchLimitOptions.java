package dev.keyfit.cli;

import dev.keyfit.batch.BatchRunner;
import dev.keyfit.extract.ExtractionLimits;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Mixin: how many files run at once and the per-file guard's limits ({@code keyfit batch}). */
final class BatchLimitOptions {

  @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Files analyzed in parallel. Default: the core count.")
  Integer jobs;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
      description = "Give up on a file after this many seconds (TIMEOUT row). Default: ${DEFAULT-VALUE}.")
  double timeoutSeconds;

  @Option(names = "--max-stuck", paramLabel = "N", defaultValue = "2",
      description = "After N timed-out parses start no new file and exit 5. Default: ${DEFAULT-VALUE}.")
  int maxStuck;

  @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "20MiB", converter = Sizes.class,
      description = "Refuse larger files unopened (TOO_LARGE). Default: ${DEFAULT-VALUE}.")
  long maxFileSize;

  @Option(names = "--fail-on-error",
      description = "Stop starting new files at the first file that cannot be analyzed (exit 3).")
  boolean failOnError;

  /** The guard's settings; exit 2 for values out of range. */
  BatchRunner.Settings settings() {
    if (timeoutSeconds <= 0 || Double.isNaN(timeoutSeconds) || timeoutSeconds > 86_400) {
      throw new CliException(ExitCodes.USAGE, "--timeout must be between 0 and 86400 seconds");
    }
    int n = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
    if (n < 1 || n > 256) {
      throw new CliException(ExitCodes.USAGE, "--jobs must be between 1 and 256");
    }
    if (maxStuck < 1) {
      throw new CliException(ExitCodes.USAGE, "--max-stuck must be at least 1");
    }
    return new BatchRunner.Settings(n, Duration.ofMillis((long) (timeoutSeconds * 1000)), maxStuck, maxFileSize,
        failOnError);
  }

  /** The extraction limits, with {@code --max-file-size}. */
  ExtractionLimits limits() {
    return new ExtractionLimits(maxFileSize, ExtractionLimits.DEFAULT.maxPages(), ExtractionLimits.DEFAULT.maxChars());
  }
}
