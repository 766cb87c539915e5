package dev.keyfit.batch;

import dev.keyfit.extract.ExtractionException;
import dev.keyfit.extract.Extractors;
import dev.keyfit.extract.Failure;
import dev.keyfit.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
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
 * <p>There are {@code jobs} lanes; each has a supervisor thread that takes the next file, hands it
 * to the lane's worker and waits. Workers are long-lived, so per-thread state (the NLP taggers) is
 * built once per worker, not per file. Outcomes come back in input order, whatever the timing.
 */
public final class BatchRunner {

  /** Analyzes one file; the production implementation is {@code keyfit::analyze}. */
  @FunctionalInterface
  public interface FileAnalyzer {
    Report analyze(Path file) throws ExtractionException;
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

  private static final AtomicInteger THREADS = new AtomicInteger();

  /** The longest single wait for a file's result, in nanoseconds. */
  private static final long SLICE = TimeUnit.MILLISECONDS.toNanos(100);

  private final FileAnalyzer analyzer;
  private final Settings settings;
  private final AtomicReference<Stop> stop = new AtomicReference<>(Stop.NONE);
  private final AtomicInteger stuck = new AtomicInteger();
  private final CountDownLatch done = new CountDownLatch(1);
  private final Map<Path, String> hashes = new ConcurrentHashMap<>();

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

  private volatile long interruptedAt;

  /**
   * Asks the batch to start no new file (Ctrl-C); files in progress finish within {@link
   * #IN_PROGRESS_GRACE} or are given up as NOT_PROCESSED.
   */
  public void interrupt() {
    interruptedAt = System.nanoTime();
    stop.compareAndSet(Stop.NONE, Stop.INTERRUPTED);
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
      AtomicReferenceArray<FileOutcome> outcomes = new AtomicReferenceArray<>(files.size());
      AtomicInteger next = new AtomicInteger();
      int lanes = Math.min(settings.jobs(), Math.max(1, files.size()));
      List<Thread> supervisors = new ArrayList<>();
      for (int lane = 0; lane < lanes; lane++) {
        Thread t = daemon(() -> lane(root, files, next, outcomes, listener), "keyfit-lane-" + lane);
        supervisors.add(t);
        t.start();
      }
      for (Thread t : supervisors) {
        joinUninterruptibly(t);
      }
      List<FileOutcome> result = new ArrayList<>(files.size());
      for (int i = 0; i < files.size(); i++) {
        FileOutcome o = outcomes.get(i);
        result.add(
            o != null
                ? o
                : new FileOutcome.Failed(
                    files.get(i), FileOutcome.NOT_PROCESSED, notProcessedReason()));
      }
      return new Result(result, stuck.get(), stop.get(), hashes);
    } finally {
      done.countDown();
    }
  }

  private void lane(
      Path root,
      List<Path> files,
      AtomicInteger next,
      AtomicReferenceArray<FileOutcome> outcomes,
      Listener listener) {
    ExecutorService worker = newWorker();
    try {
      while (stop.get() == Stop.NONE) {
        int i = next.getAndIncrement();
        if (i >= files.size()) {
          return;
        }
        Path rel = files.get(i);
        FileOutcome outcome = precheck(root, rel);
        if (outcome == null) {
          CountDownLatch ended = new CountDownLatch(1);
          Future<FileOutcome> future =
              worker.submit(
                  () -> {
                    try {
                      return guarded(root, rel);
                    } finally {
                      ended.countDown();
                    }
                  });
          outcome = await(future, rel);
          if (outcome == GIVEN_UP) {
            // interrupted while in progress: stop it (it checks for interrupts) and mark it not
            // processed
            future.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            outcome =
                new FileOutcome.Failed(
                    rel,
                    FileOutcome.NOT_PROCESSED,
                    "not finished: the batch was interrupted while this file was in progress");
          } else if (outcome == null) {
            // over time: interrupt it (keyfit's own stages stop at an interrupt); a parse that
            // ignores
            // it is abandoned with its thread, and the lane gets a fresh one
            future.cancel(true);
            if (awaitQuietly(ended, STOP_WAIT)) {
              outcome =
                  FileOutcome.Failed.of(
                      rel,
                      Failure.TIMEOUT,
                      "gave up after "
                          + seconds(settings.timeout())
                          + " s; the analysis was stopped");
            } else {
              worker.shutdownNow();
              worker = newWorker();
              outcome =
                  FileOutcome.Failed.of(
                      rel,
                      Failure.TIMEOUT,
                      "gave up after "
                          + seconds(settings.timeout())
                          + " s; the parse was abandoned");
              if (stuck.incrementAndGet() >= settings.maxStuck()) {
                stop.compareAndSet(Stop.NONE, Stop.STUCK);
              }
            }
          }
        }
        if (settings.failFast() && outcome instanceof FileOutcome.Failed) {
          stop.compareAndSet(Stop.NONE, Stop.FAIL_FAST);
        }
        notify(listener, outcome);
        outcomes.set(i, keep.apply(outcome));
      }
    } finally {
      worker.shutdownNow();
    }
  }

  /** How long a file over time may take to stop after its interrupt before it counts as stuck. */
  static final Duration STOP_WAIT = Duration.ofSeconds(1);

  private static boolean awaitQuietly(CountDownLatch latch, Duration timeout) {
    try {
      return latch.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String seconds(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? Long.toString(ms / 1000) : Double.toString(ms / 1000.0);
  }

  /** Marks a file in progress that an interrupt gave up on. */
  private static final FileOutcome GIVEN_UP = new FileOutcome.Skipped(Path.of("."), "interrupted");

  /**
   * The outcome, null on timeout, or {@link #GIVEN_UP} when the batch was interrupted meanwhile.
   */
  private FileOutcome await(Future<FileOutcome> future, Path rel) {
    long deadline = System.nanoTime() + settings.timeout().toNanos();
    while (true) {
      long now = System.nanoTime();
      boolean interrupted = stop.get() == Stop.INTERRUPTED;
      long until =
          interrupted ? Math.min(deadline, interruptedAt + IN_PROGRESS_GRACE.toNanos()) : deadline;
      try {
        // in slices, so that an interrupt shortens the wait
        return future.get(Math.max(0, Math.min(until - now, SLICE)), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        if (System.nanoTime() - until >= 0) {
          return stop.get() == Stop.INTERRUPTED && System.nanoTime() - deadline < 0
              ? GIVEN_UP
              : null;
        }
      } catch (InterruptedException e) {
        // lanes are ours; an interrupt means stop starting work, not abandon this file
        interrupt();
      } catch (ExecutionException | CancellationException e) {
        return classify(rel, e.getCause() == null ? e : e.getCause());
      }
    }
  }

  private FileOutcome precheck(Path root, Path rel) {
    Path file = root.resolve(rel);
    try {
      long size = Files.size(file);
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        return FileOutcome.Failed.of(rel, Failure.UNSUPPORTED, "not a regular file");
      }
      if (size > settings.maxFileBytes()) {
        return FileOutcome.Failed.of(
            rel,
            Failure.TOO_LARGE,
            "the file is "
                + size
                + " bytes, over the limit of "
                + settings.maxFileBytes()
                + " bytes; not opened");
      }
      if (size == 0) {
        return FileOutcome.Failed.of(rel, Failure.EMPTY, "the file is empty (0 bytes)");
      }
      return null;
    } catch (IOException e) {
      return FileOutcome.Failed.of(
          rel, Failure.IO_ERROR, "cannot read the file (" + e.getClass().getSimpleName() + ")");
    }
  }

  private FileOutcome guarded(Path root, Path rel) {
    try {
      contentHash(root.resolve(rel)).ifPresent(h -> hashes.put(rel, h));
      return new FileOutcome.Analyzed(rel, analyzer.analyze(root.resolve(rel)));
    } catch (
        Throwable
            t) { // NOPMD: the guard's whole point; Errors included (OOM, StackOverflow, Linkage)
      return classify(rel, t);
    }
  }

  /**
   * The SHA-256 of a file's bytes (the guard has checked it is under the size cap), so that the
   * ranking can flag files with the same content; empty when it cannot be read (the analysis then
   * says why).
   */
  static java.util.Optional<String> contentHash(Path file) {
    try (java.io.InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[64 * 1024];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
        if (Thread.currentThread().isInterrupted()) {
          return java.util.Optional.empty();
        }
      }
      return java.util.Optional.of(HexFormat.of().formatHex(digest.digest()));
    } catch (IOException e) {
      return java.util.Optional.empty();
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every JVM has SHA-256", e);
    }
  }

  /**
   * Sorts anything the analysis throws into a status, the way {@link Extractors#classify} does for
   * a scan; an I/O failure outside the parsers (the file vanished, a worker's pipe broke) is an
   * IO_ERROR here rather than a damaged file.
   */
  static FileOutcome.Failed classify(Path rel, Throwable t) {
    if (t instanceof IOException) {
      return FileOutcome.Failed.of(
          rel, Failure.IO_ERROR, "cannot read the file (" + t.getClass().getSimpleName() + ")");
    }
    ExtractionException e = Extractors.classify(t);
    return FileOutcome.Failed.of(rel, e.failure(), e.getMessage());
  }

  private String notProcessedReason() {
    return switch (stop.get()) {
      case STUCK -> "not started: " + stuck.get() + " parses got stuck, so the batch stopped";
      case INTERRUPTED -> "not started: the batch was interrupted";
      case FAIL_FAST -> "not started: --fail-on-error stopped the batch at the first failure";
      case NONE -> "not started";
    };
  }

  private static void notify(Listener listener, FileOutcome outcome) {
    try {
      listener.finished(outcome);
    } catch (RuntimeException e) {
      // a listener (progress bar, report writer) must not lose the outcome; it reports its own
      // errors
    }
  }

  private static ExecutorService newWorker() {
    ThreadFactory factory = r -> daemon(r, "keyfit-worker-" + THREADS.incrementAndGet());
    return Executors.newSingleThreadExecutor(factory);
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
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
