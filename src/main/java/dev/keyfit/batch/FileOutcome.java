package dev.keyfit.batch;

import dev.keyfit.extract.Failure;
import dev.keyfit.report.Report;
import java.nio.file.Path;
import java.util.Objects;

/** What became of one file in a batch: analyzed, failed with a status, or skipped unread. */
public sealed interface FileOutcome permits FileOutcome.Analyzed, FileOutcome.Failed, FileOutcome.Skipped {

  /** Status of files the batch never started because it was stopped (stuck cap, Ctrl-C, fail-fast). */
  String NOT_PROCESSED = "NOT_PROCESSED";

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
   * A file that could not be analyzed.
   *
   * @param relative the path relative to the batch folder
   * @param status a {@link Failure} name (CORRUPT, ENCRYPTED, TIMEOUT, …) or {@link #NOT_PROCESSED}
   * @param reason a one-line reason for people
   */
  record Failed(Path relative, String status, String reason) implements FileOutcome {
    public Failed {
      Objects.requireNonNull(relative, "relative");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(reason, "reason");
    }

    /** A failure with a known cause. */
    public static Failed of(Path relative, Failure failure, String detail) {
      return new Failed(relative, failure.name(), detail == null || detail.isBlank() ? failure.reason() : detail);
    }
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
