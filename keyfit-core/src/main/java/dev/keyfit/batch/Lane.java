package dev.keyfit.batch;

import dev.keyfit.batch.BatchRunner.FileAnalyzer;
import dev.keyfit.batch.BatchRunner.Listener;
import dev.keyfit.batch.BatchRunner.Settings;
import dev.keyfit.batch.BatchRunner.Stop;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.UnaryOperator;

/**
 * One lane of a batch: a supervisor that takes the next file, hands it to the lane's worker thread
 * and waits for it within the time limit. A file over time is interrupted (keyfit's own stages stop
 * at an interrupt); a parse that ignores the interrupt is abandoned with its thread, and the lane
 * gets a fresh worker. Workers are long-lived, so per-thread state is built once per worker.
 */
final class Lane implements Runnable {

  /** The files of a batch and what lanes share about them. */
  record Work(
      Path root,
      List<Path> files,
      AtomicInteger next,
      AtomicReferenceArray<FileOutcome> outcomes,
      Map<Path, String> hashes,
      Listener listener,
      UnaryOperator<FileOutcome> keep) {}

  private static final AtomicInteger THREADS = new AtomicInteger();

  /** The longest single wait for a file's result, in nanoseconds. */
  private static final long SLICE = TimeUnit.MILLISECONDS.toNanos(100);

  /** Marks a file in progress that an interrupt gave up on. */
  private static final FileOutcome GIVEN_UP = new FileOutcome.Skipped(Path.of("."), "interrupted");

  private final FileAnalyzer analyzer;
  private final Settings settings;
  private final BatchStop stop;
  private final Work work;

  Lane(FileAnalyzer analyzer, Settings settings, BatchStop stop, Work work) {
    this.analyzer = analyzer;
    this.settings = settings;
    this.stop = stop;
    this.work = work;
  }

  @Override
  public void run() {
    ExecutorService worker = newWorker();
    try {
      while (stop.running()) {
        int i = work.next().getAndIncrement();
        if (i >= work.files().size()) {
          return;
        }
        Path rel = work.files().get(i);
        FileOutcome outcome = FileChecks.precheck(work.root(), rel, settings.maxFileBytes());
        if (outcome == null) {
          CountDownLatch ended = new CountDownLatch(1);
          Future<FileOutcome> future =
              worker.submit(
                  () -> {
                    try {
                      return guarded(rel);
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
            future.cancel(true);
            if (awaitQuietly(ended, BatchRunner.STOP_WAIT)) {
              outcome = timedOut(rel, "the analysis was stopped");
            } else {
              worker.shutdownNow();
              worker = newWorker();
              outcome = timedOut(rel, "the parse was abandoned");
              stop.stuckParse(settings.maxStuck());
            }
          }
        }
        if (settings.failFast() && outcome instanceof FileOutcome.Failed) {
          stop.stopFor(Stop.FAIL_FAST);
        }
        notify(work.listener(), outcome);
        work.outcomes().set(i, work.keep().apply(outcome));
      }
    } finally {
      worker.shutdownNow();
    }
  }

  private FileOutcome timedOut(Path rel, String what) {
    return FileChecks.timedOut(rel, settings.timeout(), what);
  }

  private FileOutcome guarded(Path rel) {
    Path file = work.root().resolve(rel);
    try {
      FileChecks.contentHash(file).ifPresent(h -> work.hashes().put(rel, h));
      return analyzer.outcome(rel, file);
    } catch (
        Throwable
            t) { // NOPMD: the guard's whole point; Errors included (OOM, StackOverflow, Linkage)
      return FileChecks.classify(rel, t);
    }
  }

  /**
   * The outcome, null on timeout, or {@link #GIVEN_UP} when the batch was interrupted meanwhile.
   */
  private FileOutcome await(Future<FileOutcome> future, Path rel) {
    long deadline = System.nanoTime() + settings.timeout().toNanos();
    while (true) {
      long now = System.nanoTime();
      long until = stop.waitUntil(deadline);
      try {
        // in slices, so that an interrupt shortens the wait
        return future.get(Math.max(0, Math.min(until - now, SLICE)), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        if (System.nanoTime() - until >= 0) {
          return stop.interrupted() && System.nanoTime() - deadline < 0 ? GIVEN_UP : null;
        }
      } catch (InterruptedException e) {
        // lanes are ours; an interrupt means stop starting work, not abandon this file
        stop.interrupt();
      } catch (ExecutionException | CancellationException e) {
        return FileChecks.classify(rel, e.getCause() == null ? e : e.getCause());
      }
    }
  }

  private static boolean awaitQuietly(CountDownLatch latch, Duration timeout) {
    try {
      return latch.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
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

  /** A daemon thread: a lane never keeps a finished process alive. */
  static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }
}
