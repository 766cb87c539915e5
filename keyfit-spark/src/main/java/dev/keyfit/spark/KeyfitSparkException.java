package dev.keyfit.spark;

/**
 * A job that cannot start: a posting or dictionary that cannot be read; the message is one line.
 */
public final class KeyfitSparkException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public KeyfitSparkException(String message) {
    super(message);
  }

  public KeyfitSparkException(String message, Throwable cause) {
    super(message, cause);
  }
}
