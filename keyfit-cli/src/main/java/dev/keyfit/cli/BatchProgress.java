package dev.keyfit.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The batch progress bar (count, rate, ETA) on stderr, only when keyfit runs on a terminal and not
 * with {@code --quiet}; otherwise it does nothing, so pipes, files and tests never see it. It never
 * writes to stdout, which holds the ranking table.
 */
final class BatchProgress implements AutoCloseable {

  private final ProgressBar bar;
  private final java.util.concurrent.atomic.AtomicBoolean closed =
      new java.util.concurrent.atomic.AtomicBoolean();

  private BatchProgress(ProgressBar bar) {
    this.bar = bar;
  }

  /** A bar on {@code System.err} when the process has a console and not {@code quiet}. */
  static BatchProgress start(int files, boolean quiet) {
    return start(files, quiet, interactive(), System.err);
  }

  /** Whether keyfit runs on a terminal (from Java 22 a console exists even when redirected). */
  static boolean interactive() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // before Java 22 there is a console only on a terminal
    }
  }

  /**
   * A bar on {@code err} when {@code terminal} and not {@code quiet}, else a no-op.
   *
   * @param terminal whether stdout and stderr are a terminal
   */
  static BatchProgress start(int files, boolean quiet, boolean terminal, PrintStream err) {
    if (quiet || !terminal) {
      return new BatchProgress(null);
    }
    ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName("Analyzing")
            .setInitialMax(files)
            .setStyle(ProgressBarStyle.ASCII)
            .setUnit(" files", 1)
            .showSpeed()
            .setUpdateIntervalMillis(250)
            .setConsumer(new ConsoleProgressBarConsumer(err))
            .clearDisplayOnFinish()
            .build();
    return new BatchProgress(bar);
  }

  /** Whether a bar is shown. */
  boolean shown() {
    return bar != null;
  }

  /** One more file done; thread-safe. */
  void step() {
    if (bar != null && !closed.get()) {
      bar.step();
    }
  }

  /** Clears the bar; idempotent. */
  @Override
  public void close() {
    if (bar != null && closed.compareAndSet(false, true)) {
      bar.close();
    }
  }
}
