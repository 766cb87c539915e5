package dev.keyfit.cli;

/** The exit codes keyfit returns (see the README). */
public final class ExitCodes {
  /** Success. */
  public static final int OK = 0;

  /** A {@code --min-score} gate was not met. */
  public static final int BELOW_MIN_SCORE = 1;

  /** Usage or configuration error: bad option, missing path, invalid dictionary. */
  public static final int USAGE = 2;

  /** An input could not be analyzed (batch: at least one file; its row is still written). */
  public static final int INPUT = 3;

  /** Output could not be written. */
  public static final int OUTPUT = 4;

  /** Internal error, or an aborted batch. */
  public static final int INTERNAL = 5;

  /** Interrupted (Ctrl-C). */
  public static final int INTERRUPTED = 130;

  private ExitCodes() {}
}
