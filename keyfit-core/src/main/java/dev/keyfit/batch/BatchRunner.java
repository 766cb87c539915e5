package dev.keyfit.batch;

import dev.keyfit.extract.ExtractionException;
import dev.keyfit.report.Report;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.UnaryOperator;

/**
 * Analyzes many files in parallel, each inside a guard, so that no single file can stop the batch.
 *
 * <p>The guard: files over the size cap are refused unopened; anything the analyzer throws, {@link
 * Error}s included, becomes a {@link FileOutcome.Failed} with a status; a file that takes longer
 * than the time limit is abandoned. Java cannot stop a thread that ignores interrupts, so an
 * abandoned parse keeps its (daemon) thread until it ends or the process exits; the lane gets a
 * fresh worker thread and the batch goes on. After {@code maxStuck} abandoned parses no new file is
 * started (each stuck thread can burn a core) and the rest are marked {@link
 * FileOutcome#NOT_PROCESSED}. For hard guarantees extract in child JVMs with a {@link WorkerPool}
 * ({@code --isolate}), which kills a hung parser; this guard then only backs up the analysis.
 *
 * <p>There are {@code jobs} {@link Lane}s; each has a supervisor thread that takes the next file,
 * hands it to the lane's worker and waits. The lanes share a {@link BatchStop} (whether to start
 * new files, and why not); {@link FileChecks} refuses, hashes and classifies one file. Outcomes
 * come back in input order, whatever the timing.
 */
public final class BatchRunner {

  /** Analyzes one file; the production implementation is {@code keyfit::analyze}. */
  @FunctionalInterface
  public interface FileAnalyzer {
    Report analyze(Path file) throws ExtractionException;

    /**
     * The file's outcome: by default {@link FileOutcome.Analyzed} with {@link #analyze}'s report;
     * an analyzer that runs the whole pipeline elsewhere (a worker JVM) may give the ranking fields
     * alone ({@link FileOutcome.Ranked}).
     *
     * @param relative the path relative to the batch folder
     * @param file the file
     */
    default FileOutcome outcome(Path relative, Path file) throws ExtractionException {
      return new FileOutcome.Analyzed(relative, analyze(file));
    }
  }

  /** Hears about each finished file, from the lane threads: implementations must be thread-safe. */
  @FunctionalInterface
  public interface Listener {
    void finished(FileOutcome outcome);
  }

  /**
   * The guard's limits.
   *
   * @param jobs parallel lanes, at least 1
   * @param timeout the time limit per file
   * @param maxStuck abandoned parses after which no new file is started
   * @param maxFileBytes files larger than this are refused unopened as TOO_LARGE
   * @param failFast stop starting new files after the first failure
   */
  public record Settings(
      int jobs, Duration timeout, int maxStuck, long maxFileBytes, boolean failFast) {
    public Settings {
      Objects.requireNonNull(timeout, "timeout");
      if (jobs < 1
          || maxStuck < 1
          || maxFileBytes < 1
          || timeout.isNegative()
          || timeout.isZero()) {
        throw new IllegalArgumentException("batch settings must be positive");
      }
    }
  }

  /** Why a batch stopped early. */
  public enum Stop {
    NONE,
    STUCK,
    INTERRUPTED,
    FAIL_FAST
  }

  /**
   * The batch's result.
   *
   * @param outcomes one per input file, in input order
   * @param stuck parses abandoned on timeout
   * @param stop why the batch stopped early, or NONE
   * @param contentHashes the SHA-256 (hex) of each file's bytes, by relative path, for the files
   *     the guard opened (not for files refused unopened or not started)
   */
  public record Result(
      List<FileOutcome> outcomes, int stuck, Stop stop, Map<Path, String> contentHashes) {
    public Result {
      outcomes = List.copyOf(outcomes);
      contentHashes = Map.copyOf(contentHashes);
    }

    /** A result without content hashes. */
    public Result(List<FileOutcome> outcomes, int stuck, Stop stop) {
      this(outcomes, stuck, stop, Map.of());
    }
  }

  private final FileAnalyzer analyzer;
  private final Settings settings;
  private final BatchStop stop = new BatchStop();
  private final CountDownLatch done = new CountDownLatch(1);

  /** What the result keeps of each outcome once the listener has heard it. */
  private final UnaryOperator<FileOutcome> keep;

  public BatchRunner(FileAnalyzer analyzer, Settings settings) {
    this(analyzer, settings, UnaryOperator.identity());
  }

  /**
   * A runner whose result keeps {@code keep.apply(outcome)} of each outcome, applied after the
   * listener has heard it: a batch that writes its outputs as files finish keeps only each file's
   * ranking fields ({@link FileOutcome.Ranked}), so that memory does not grow with its reports.
   */
  public BatchRunner(FileAnalyzer analyzer, Settings settings, UnaryOperator<FileOutcome> keep) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.keep = Objects.requireNonNull(keep, "keep");
  }

  /**
   * How long files in progress may still take after {@link #interrupt}: they finish within it or
   * become NOT_PROCESSED rows, so Ctrl-C writes the ranking promptly whatever a file is doing.
   */
  public static final Duration IN_PROGRESS_GRACE = Duration.ofSeconds(2);

  /** How long a file over time may take to stop after its interrupt before it counts as stuck. */
  static final Duration STOP_WAIT = Duration.ofSeconds(1);

  /**
   * Asks the batch to start no new file (Ctrl-C); files in progress finish within {@link
   * #IN_PROGRESS_GRACE} or are given up as NOT_PROCESSED.
   */
  public void interrupt() {
    stop.interrupt();
  }

  /** Waits until {@link #run} has returned, up to the timeout (for a shutdown hook). */
  public boolean awaitDone(Duration timeout) throws InterruptedException {
    return done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * Analyzes every file.
   *
   * @param root the batch folder
   * @param files paths relative to {@code root}
   */
  public Result run(Path root, List<Path> files, Listener listener) {
    try {
      Map<Path, String> hashes = new ConcurrentHashMap<>();
      Lane.Work work =
          new Lane.Work(
              root,
              files,
              new AtomicInteger(),
              new AtomicReferenceArray<>(files.size()),
              hashes,
              listener,
              keep);
      int lanes = Math.min(settings.jobs(), Math.max(1, files.size()));
      List<Thread> supervisors = new ArrayList<>();
      for (int lane = 0; lane < lanes; lane++) {
        Thread t = Lane.daemon(new Lane(analyzer, settings, stop, work), "keyfit-lane-" + lane);
        supervisors.add(t);
        t.start();
      }
      for (Thread t : supervisors) {
        joinUninterruptibly(t);
      }
      List<FileOutcome> result = new ArrayList<>(files.size());
      for (int i = 0; i < files.size(); i++) {
        FileOutcome o = work.outcomes().get(i);
        result.add(
            o != null
                ? o
                : new FileOutcome.Failed(
                    files.get(i), FileOutcome.NOT_PROCESSED, stop.notProcessedReason()));
      }
      return new Result(result, stop.stuck(), stop.reason(), hashes);
    } finally {
      done.countDown();
    }
  }

  /** Sorts anything the analysis throws into a status: {@link FileChecks#classify}. */
  static FileOutcome.Failed classify(Path rel, Throwable t) {
    return FileChecks.classify(rel, t);
  }

  private static void joinUninterruptibly(Thread t) {
    boolean interrupted = false;
    while (true) {
      try {
        t.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Input order by relative path, for callers that merge outcomes. */
  static final Comparator<FileOutcome> BY_SOURCE = Comparator.comparing(FileOutcome::source);
}
