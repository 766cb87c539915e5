package dev.keyfit.batch;

import dev.keyfit.extract.DocumentSource;
import dev.keyfit.extract.ExtractionException;
import dev.keyfit.report.Report;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The batch's per-file guard for one document whose content is already in hand (bytes from a
 * cluster's file system, an upload), for engines that schedule files themselves (Spark): the same
 * size cap, time limit and statuses as {@link BatchRunner}, so that a file gives the same outcome
 * row either way.
 *
 * <p>An empty file or one over the size cap is refused unanalyzed; anything the analysis throws,
 * {@link Error}s included, becomes a {@link FileOutcome.Failed}; a file over the time limit is
 * interrupted and, if it ignores the interrupt, abandoned with its (daemon) worker thread, and the
 * guard gets a fresh worker. The worker is long-lived otherwise, so per-thread state (the NLP
 * taggers) is built once per guard. One guard serves one caller thread at a time; {@link #close}
 * ends its worker.
 */
public final class FileGuard implements AutoCloseable {

  /** Analyzes one document; the production implementation calls {@code keyfit.analyze}. */
  @FunctionalInterface
  public interface SourceAnalyzer {
    Report analyze(DocumentSource source) throws ExtractionException;
  }

  /**
   * A guarded file's outcome.
   *
   * @param outcome analyzed or failed
   * @param contentHash the SHA-256 (hex) of the bytes, "" when the guard refused them unread
   */
  public record Guarded(FileOutcome outcome, String contentHash) {
    public Guarded {
      Objects.requireNonNull(outcome, "outcome");
      contentHash = contentHash == null ? "" : contentHash;
    }
  }

  private static final AtomicInteger THREADS = new AtomicInteger();

  private final SourceAnalyzer analyzer;
  private final Duration timeout;
  private final long maxFileBytes;
  private ExecutorService worker;
  private int abandoned;

  /**
   * @param timeout the time limit per file
   * @param maxFileBytes larger files are refused as TOO_LARGE
   */
  public FileGuard(SourceAnalyzer analyzer, Duration timeout, long maxFileBytes) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero() || maxFileBytes < 1) {
      throw new IllegalArgumentException("guard limits must be positive");
    }
    this.maxFileBytes = maxFileBytes;
    this.worker = newWorker();
  }

  /**
   * The outcome of a file that the guard refuses by its size alone (over the cap: TOO_LARGE; 0
   * bytes: EMPTY), with the batch's wording, or null when its size is fine. Lets a caller that
   * lists sizes first skip reading files it would refuse.
   */
  public static FileOutcome.Failed refuseBySize(Path relative, long size, long maxFileBytes) {
    return FileChecks.refuseBySize(relative, size, maxFileBytes);
  }

  /** The outcome of an I/O failure while reading a file for the guard, worded as the batch's. */
  public static FileOutcome.Failed unreadable(Path relative, Throwable cause) {
    return BatchRunner.classify(relative, cause);
  }

  /**
   * Analyzes one document under the guard.
   *
   * @param relative the file's path relative to the folder analyzed (names the outcome)
   * @param bytes the file's content
   */
  public Guarded analyze(Path relative, byte[] bytes) {
    FileOutcome.Failed refused = refuseBySize(relative, bytes.length, maxFileBytes);
    if (refused != null) {
      return new Guarded(refused, "");
    }
    String hash = sha256(bytes);
    Path name = relative.getFileName();
    DocumentSource source =
        DocumentSource.of(String.valueOf(name == null ? relative : name), bytes);
    CountDownLatch ended = new CountDownLatch(1);
    Future<FileOutcome> future =
        worker.submit(
            () -> {
              try {
                return new FileOutcome.Analyzed(relative, analyzer.analyze(source));
              } catch (
                  Throwable t) { // NOPMD: the guard's whole point; Errors included (OOM, Linkage)
                return BatchRunner.classify(relative, t);
              } finally {
                ended.countDown();
              }
            });
    return new Guarded(await(future, ended, relative), hash);
  }

  private FileOutcome await(Future<FileOutcome> future, CountDownLatch ended, Path relative) {
    try {
      return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      // keyfit's own stages stop at an interrupt; a parse that ignores it keeps its thread
      future.cancel(true);
      if (awaitQuietly(ended)) {
        return overTime(relative, "the analysis was stopped");
      }
      worker.shutdownNow();
      worker = newWorker();
      abandoned++;
      return overTime(relative, "the parse was abandoned");
    } catch (InterruptedException e) {
      // the caller is being stopped (a cancelled task): stop the file and pass the interrupt on
      future.cancel(true);
      Thread.currentThread().interrupt();
      return new FileOutcome.Failed(
          relative, FileOutcome.NOT_PROCESSED, "not finished: the task was interrupted");
    } catch (ExecutionException | CancellationException e) {
      return BatchRunner.classify(relative, e.getCause() == null ? e : e.getCause());
    }
  }

  private FileOutcome overTime(Path relative, String what) {
    return FileChecks.timedOut(relative, timeout, what);
  }

  private static boolean awaitQuietly(CountDownLatch latch) {
    try {
      return latch.await(BatchRunner.STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Parses abandoned on timeout so far (their threads may still run). */
  public int abandoned() {
    return abandoned;
  }

  /** The SHA-256 of bytes, in hex, as the batch's content hash. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every JVM has SHA-256", e);
    }
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(r, "keyfit-guard-" + THREADS.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }
}
