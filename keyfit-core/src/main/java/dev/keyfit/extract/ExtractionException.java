package dev.keyfit.extract;

import java.util.Objects;

/**
 * A file could not be turned into text; {@link #failure()} says why in a way users understand, and
 * {@link #subject()} whose file it was (the resume, or the job posting it is matched against).
 */
public final class ExtractionException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Which document of an analysis could not be read. */
  public enum Subject {
    RESUME,
    POSTING
  }

  private final Failure failure;
  private final Subject subject;
  private final String detail;

  public ExtractionException(Failure failure, String detail) {
    this(failure, detail, null);
  }

  public ExtractionException(Failure failure, String detail, Throwable cause) {
    super(message(failure, detail), cause);
    this.failure = failure;
    this.subject = Subject.RESUME;
    this.detail = getMessage();
  }

  private ExtractionException(ExtractionException e, String postingName) {
    super("job posting " + postingName + ": " + e.getMessage(), e);
    this.failure = e.failure;
    this.subject = Subject.POSTING;
    this.detail = e.detail;
  }

  /**
   * The failure of a job posting: same failure and detail, the subject {@link Subject#POSTING}, and
   * a message that names the posting ({@code "job posting NAME: detail"}).
   */
  public static ExtractionException ofPosting(String postingName, ExtractionException e) {
    return new ExtractionException(Objects.requireNonNull(e, "e"), postingName);
  }

  private static String message(Failure failure, String detail) {
    Objects.requireNonNull(failure, "failure");
    return detail == null || detail.isBlank() ? failure.reason() : detail;
  }

  public Failure failure() {
    return failure;
  }

  /** Whose file failed: the resume (the default) or the job posting. */
  public Subject subject() {
    return subject;
  }

  /** What went wrong, without the posting's name that {@link #getMessage()} starts with. */
  public String detail() {
    return detail;
  }
}
