package dev.keyfit.extract;

import java.util.Objects;

/** A file could not be turned into text; {@link #failure()} says why in a way users understand. */
public final class ExtractionException extends Exception {
  private static final long serialVersionUID = 1L;

  private final Failure failure;

  public ExtractionException(Failure failure, String detail) {
    this(failure, detail, null);
  }

  public ExtractionException(Failure failure, String detail, Throwable cause) {
    super(detail == null || detail.isBlank() ? failure.reason() : detail, cause);
    this.failure = Objects.requireNonNull(failure, "failure");
  }

  public Failure failure() {
    return failure;
  }
}
