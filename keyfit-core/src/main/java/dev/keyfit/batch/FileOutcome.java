package dev.keyfit.batch;

import dev.keyfit.extract.ExtractionException.Subject;
import dev.keyfit.extract.Failure;
import dev.keyfit.report.Report;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** What became of one file in a batch: analyzed, failed with a status, or skipped unread. */
public sealed interface FileOutcome
    permits FileOutcome.Analyzed, FileOutcome.Ranked, FileOutcome.Failed, FileOutcome.Skipped {

  /**
   * Status of files the batch never started because it was stopped (stuck cap, Ctrl-C, fail-fast).
   */
  Status NOT_PROCESSED = Status.NOT_PROCESSED;

  /**
   * Why a file of a batch has no report: every {@link Failure} by the same name, and the batch's
   * own statuses. The name is the text every output (JSON, CSV, the ranking table, stderr) shows.
   */
  enum Status {
    EMPTY(Failure.EMPTY),
    ENCRYPTED(Failure.ENCRYPTED),
    CORRUPT(Failure.CORRUPT),
    NEEDS_OCR(Failure.NEEDS_OCR),
    TOO_LARGE(Failure.TOO_LARGE),
    UNSUPPORTED(Failure.UNSUPPORTED),
    IO_ERROR(Failure.IO_ERROR),
    TIMEOUT(Failure.TIMEOUT),
    /** The JVM ran out of memory: a memory bomb, or another file's; the machine, not a verdict. */
    OUT_OF_MEMORY(Failure.OUT_OF_MEMORY),
    /** Never started, or given up unfinished, because the batch stopped. */
    NOT_PROCESSED(
        null,
        "the batch stopped before this file was analyzed",
        "run the batch again for the files not processed"),
    /** keyfit's own machinery failed (a worker JVM, a shutting-down batch), not the file. */
    INTERNAL(
        null,
        "keyfit could not analyze the file (an internal failure, not the file's)",
        "run it again; if it happens again, report it with the file's type and size");

    private final Failure failure;
    private final String reason;
    private final String remedy;

    Status(Failure failure) {
      this(failure, failure.reason(), failure.remedy());
    }

    Status(Failure failure, String reason, String remedy) {
      this.failure = failure;
      this.reason = reason;
      this.remedy = remedy;
    }

    /** The status of a failure: the value with its name. */
    public static Status of(Failure failure) {
      return valueOf(failure.name());
    }

    /** The extraction failure this status is, when it is one. */
    public Optional<Failure> failure() {
      return Optional.ofNullable(failure);
    }

    /**
     * True when the file itself is the cause (damaged, encrypted, too large, too slow, …); false
     * for the machinery ({@link #OUT_OF_MEMORY}, {@link #INTERNAL}) and for {@link #NOT_PROCESSED}.
     */
    public boolean isInputFailure() {
      return this != OUT_OF_MEMORY && this != INTERNAL && this != NOT_PROCESSED;
    }

    /** A short, user-facing explanation. */
    public String reason() {
      return reason;
    }

    /** What the user can do about it. */
    public String remedy() {
      return remedy;
    }
  }

  /** The file's path relative to the batch folder. */
  Path relative();

  /** The relative path with {@code /} separators, as shown in every output. */
  default String source() {
    return FolderWalker.display(relative());
  }

  /**
   * A file that was analyzed.
   *
   * @param relative the path relative to the batch folder
   * @param report its report
   */
  record Analyzed(Path relative, Report report) implements FileOutcome {
    public Analyzed {
      Objects.requireNonNull(relative, "relative");
      Objects.requireNonNull(report, "report");
    }
  }

  /**
   * A file that was analyzed, of which a batch keeps only its ranking fields: its report has been
   * handed to the batch's listener (which wrote what it needed) and released, so that memory stays
   * flat with the folder's size. {@link BatchRunner} keeps these when told to ({@link
   * BatchRunner#BatchRunner(BatchRunner.FileAnalyzer, BatchRunner.Settings,
   * java.util.function.UnaryOperator)}).
   *
   * @param relative the path relative to the batch folder
   * @param row its ranking row, unranked ({@link Ranking#summary})
   */
  record Ranked(Path relative, Ranking.Row row) implements FileOutcome {
    public Ranked {
      Objects.requireNonNull(relative, "relative");
      Objects.requireNonNull(row, "row");
    }
  }

  /**
   * A file that could not be analyzed.
   *
   * @param relative the path relative to the batch folder
   * @param status why (CORRUPT, ENCRYPTED, TIMEOUT, …, NOT_PROCESSED, INTERNAL)
   * @param reason a one-line reason for people
   * @param subject whose document failed: the file's own ({@link Subject#RESUME}), or the job
   *     posting it was to be matched against ({@link Subject#POSTING})
   */
  record Failed(Path relative, Status status, String reason, Subject subject)
      implements FileOutcome {
    public Failed {
      Objects.requireNonNull(relative, "relative");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(subject, "subject");
    }

    /** A failure of the file itself. */
    public Failed(Path relative, Status status, String reason) {
      this(relative, status, reason, Subject.RESUME);
    }

    /**
     * A failure by status name, as statuses were written before they were an enum.
     *
     * @throws IllegalArgumentException when {@code status} names no {@link Status}
     */
    public Failed(Path relative, String status, String reason) {
      this(relative, Status.valueOf(status), reason);
    }

    /** A failure with a known cause; the detail is made {@linkplain #oneLine one short line}. */
    public static Failed of(Path relative, Failure failure, String detail) {
      return of(relative, Status.of(failure), detail);
    }

    /** A failure with a status; the detail is made one short line, or the status's reason. */
    public static Failed of(Path relative, Status status, String detail) {
      String line = oneLine(detail);
      return new Failed(relative, status, line.isEmpty() ? status.reason() : line);
    }

    /** The failure of an extraction, the subject (resume or posting) kept. */
    public static Failed of(Path relative, dev.keyfit.extract.ExtractionException e) {
      String line = oneLine(e.getMessage());
      return new Failed(
          relative,
          Status.of(e.failure()),
          line.isEmpty() ? e.failure().reason() : line,
          e.subject());
    }

    /**
     * A parser's message as one line for people: the first line only, without Java class names
     * ({@code org.apache.xmlbeans.XmlException: }), at most {@value #MAX_REASON} characters.
     */
    static String oneLine(String detail) {
      if (detail == null) {
        return "";
      }
      String line =
          detail
              .strip()
              .lines()
              .findFirst()
              .orElse("")
              .replaceAll("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error): ", "")
              .strip();
      return line.length() > MAX_REASON ? line.substring(0, MAX_REASON - 1) + "…" : line;
    }

    static final int MAX_REASON = 200;
  }

  /**
   * A file the walk did not hand to an analyzer (hidden, a lock file, a link, not a resume).
   *
   * @param relative the path relative to the batch folder
   * @param reason why it was skipped
   */
  record Skipped(Path relative, String reason) implements FileOutcome {
    public Skipped {
      Objects.requireNonNull(relative, "relative");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
