package dev.keyfit.batch;

import dev.keyfit.extract.Failure;
import dev.keyfit.report.Report;
import java.nio.file.Path;
import java.util.Objects;

/** What became of one file in a batch: analyzed, failed with a status, or skipped unread. */
public sealed interface FileOutcome
    permits FileOutcome.Analyzed, FileOutcome.Ranked, FileOutcome.Failed, FileOutcome.Skipped {

  /**
   * Status of files the batch never started because it was stopped (stuck cap, Ctrl-C, fail-fast).
   */
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
   * @param status a {@link Failure} name (CORRUPT, ENCRYPTED, TIMEOUT, …) or {@link #NOT_PROCESSED}
   * @param reason a one-line reason for people
   */
  record Failed(Path relative, String status, String reason) implements FileOutcome {
    public Failed {
      Objects.requireNonNull(relative, "relative");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(reason, "reason");
    }

    /** A failure with a known cause; the detail is made {@linkplain #oneLine one short line}. */
    public static Failed of(Path relative, Failure failure, String detail) {
      String line = oneLine(detail);
      return new Failed(relative, failure.name(), line.isEmpty() ? failure.reason() : line);
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
