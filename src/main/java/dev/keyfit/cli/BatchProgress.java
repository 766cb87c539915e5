package dev.keyfit.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The batch progress bar (count, rate, ETA) on stderr, only when keyfit runs on a terminal and
 * not with {@code --quiet}; otherwise it does nothing, so pipes, files and tests never see it.
 */
final class BatchProgress implements AutoCloseable {

  private final ProgressBar bar;

  private BatchProgress(ProgressBar bar) {
    this.bar = bar;
  }

  static BatchProgress start(int files, boolean quiet) {
    if (quiet || System.console() == null) {
      return new BatchProgress(null);
    }
    ProgressBar bar = new ProgressBarBuilder()
        .setTaskName("Analyzing")
        .setInitialMax(files)
        .setStyle(ProgressBarStyle.ASCII)
        .setUnit(" files", 1)
        .showSpeed()
        .setUpdateIntervalMillis(250)
        .setConsumer(new ConsoleProgressBarConsumer(System.err))
        .clearDisplayOnFinish()
        .build();
    return new BatchProgress(bar);
  }

  /** One more file done; thread-safe. */
  void step() {
    if (bar != null) {
      bar.step();
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
