package dev.keyfit.cli;

import dev.keyfit.batch.BatchRunner;
import dev.keyfit.batch.WorkerPool;
import dev.keyfit.cli.io.OutputFiles;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Ctrl-C handling for a batch. On SIGINT the JVM runs shutdown hooks and then halts; the hook asks
 * the runner to start no new file and waits (up to a few seconds) while the lanes finish the files
 * in progress and the ranking is written with the rest marked NOT_PROCESSED. Every output is
 * written to a temporary file and moved into place, and deleted in {@code finally} on failure, so
 * an interrupt never leaves a half-written or temporary file. The process then exits with 130 (128
 * + SIGINT), which the shell reports.
 */
final class Interrupts {

  /** How long Ctrl-C waits for files in progress and the ranking before the JVM halts. */
  static final Duration GRACE = Duration.ofSeconds(10);

  /** Where the hook is registered: the JVM's shutdown hooks, or a test that runs it by hand. */
  interface Hooks {
    /** Registers the hook; false when it cannot be (the JVM is already shutting down). */
    boolean add(Thread hook);

    void remove(Thread hook);
  }

  /** The batch's hook while one runs, when {@link #install} registered the process-wide hook. */
  private static final AtomicReference<Thread> CURRENT = new AtomicReference<>();

  private static volatile boolean installed;

  /**
   * Registers keyfit's one shutdown hook (from {@code main}, never from a static initializer): it
   * runs the batch's hook if a batch is running (which returns once the ranking is written), and
   * only then removes temporary files and kills worker JVMs, so that the clean-up can never race
   * the ranking being written. Idempotent.
   */
  static synchronized void install() {
    if (installed) {
      return;
    }
    try {
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    Thread batch = CURRENT.get();
                    if (batch != null) {
                      batch.run();
                    }
                    OutputFiles.cleanUp();
                    WorkerPool.closeAll();
                  },
                  "keyfit-shutdown"));
      installed = true;
    } catch (IllegalStateException e) {
      // already shutting down
    }
  }

  /** The JVM's shutdown hooks (through the hook {@link #install} registered, when it did). */
  static final Hooks RUNTIME =
      new Hooks() {
        @Override
        public boolean add(Thread hook) {
          if (installed) {
            CURRENT.set(hook);
            return true;
          }
          try {
            Runtime.getRuntime().addShutdownHook(hook);
            return true;
          } catch (IllegalStateException e) {
            return false; // already shutting down
          }
        }

        @Override
        public void remove(Thread hook) {
          if (installed) {
            CURRENT.compareAndSet(hook, null);
            return;
          }
          try {
            Runtime.getRuntime().removeShutdownHook(hook);
          } catch (IllegalStateException e) {
            // shutting down: the hook is running or has run
          }
        }
      };

  private Interrupts() {}

  /**
   * Runs the batch and then {@code finish} (which writes the ranking), with a hook registered that,
   * when run, stops the batch and returns only once {@code finish} has returned (or after {@link
   * #GRACE}).
   */
  static <R> R run(
      Hooks hooks,
      BatchRunner runner,
      Supplier<BatchRunner.Result> batch,
      Function<BatchRunner.Result, R> finish) {
    CountDownLatch written = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              runner.interrupt();
              try {
                written.await(GRACE.toMillis(), TimeUnit.MILLISECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              OutputFiles
                  .cleanUp(); // after the ranking: a clean-up running beside it would delete its
              // temporary file
            },
            "keyfit-interrupt");
    boolean registered = hooks.add(hook);
    try {
      return finish.apply(batch.get());
    } finally {
      written.countDown();
      if (registered) {
        hooks.remove(hook);
      }
    }
  }
}
