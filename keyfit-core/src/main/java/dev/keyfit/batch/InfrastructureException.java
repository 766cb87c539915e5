package dev.keyfit.batch;

/**
 * The machinery around a file failed, not the file: a worker JVM that does not start, a batch that
 * is shutting down. The batch guard makes it an {@link FileOutcome.Status#INTERNAL} row, never a
 * verdict on the file's content.
 */
public final class InfrastructureException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InfrastructureException(String message) {
    super(message);
  }

  public InfrastructureException(String message, Throwable cause) {
    super(message, cause);
  }
}
