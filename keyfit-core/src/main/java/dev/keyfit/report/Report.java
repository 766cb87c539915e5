package dev.keyfit.report;

import dev.keyfit.advise.Advice;
import dev.keyfit.extract.DocumentFormat;
import dev.keyfit.extract.LayoutSignals;
import dev.keyfit.score.Assessment;
import java.util.Objects;

/**
 * Everything known about one analyzed resume: what every renderer draws from.
 *
 * @param tool the tool's name and version, and the dictionary version
 * @param source the file and its layout
 * @param assessment the matches and scores
 * @param advice the missing terms, checks and rewrites
 */
public record Report(Tool tool, Source source, Assessment assessment, Advice advice) {

  /** The version of the report contract (the JSON {@code schemaVersion}). */
  public static final int SCHEMA_VERSION = 1;

  /**
   * @param name "keyfit"
   * @param version the tool version
   * @param dictionary the dictionary version
   */
  public record Tool(String name, String version, String dictionary) {}

  /**
   * @param file the file name (no directories, so reports do not leak paths)
   * @param format the detected format
   * @param layout the layout signals
   */
  public record Source(String file, DocumentFormat format, LayoutSignals layout) {}

  public Report {
    Objects.requireNonNull(tool, "tool");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(advice, "advice");
  }
}
