package dev.keyfit;

import dev.keyfit.extract.DocumentSource;
import dev.keyfit.extract.ExtractionLimits;
import dev.keyfit.keywords.Role;
import dev.keyfit.posting.JobPosting;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What to analyze a resume for. The job posting travels here, as a document to read ({@link
 * #withPosting(DocumentSource)}, a file or bytes) or as a posting already read once with {@link
 * Keyfit#readPosting} for many resumes ({@link #withPosting(JobPosting)}); at most one of the two
 * is set, and {@link Keyfit#analyze} always uses it.
 *
 * @param role the role to score and advise for, or null to score both and advise for the best fit
 * @param posting a job posting to read and match against, or null
 * @param readPosting a job posting already read, to match against, or null
 * @param limits caps on reading each file (the resume and the posting)
 */
public record AnalysisOptions(
    Role role, DocumentSource posting, JobPosting readPosting, ExtractionLimits limits) {

  public AnalysisOptions {
    Objects.requireNonNull(limits, "limits");
    if (posting != null && readPosting != null) {
      throw new IllegalArgumentException("either a posting to read or one already read, not both");
    }
  }

  /**
   * Options with a posting file (the form before postings could be bytes).
   *
   * @param jobPosting a job posting file to match against, or null
   */
  public AnalysisOptions(Role role, Path jobPosting, ExtractionLimits limits) {
    this(role, jobPosting == null ? null : DocumentSource.of(jobPosting), null, limits);
  }

  /** Both roles, no posting, default limits. */
  public static AnalysisOptions defaults() {
    return new AnalysisOptions(null, (DocumentSource) null, null, ExtractionLimits.DEFAULT);
  }

  public AnalysisOptions withRole(Role role) {
    return new AnalysisOptions(role, posting, readPosting, limits);
  }

  /** Matches against a job posting, a file or bytes, read with the resume's limits. */
  public AnalysisOptions withPosting(DocumentSource posting) {
    return new AnalysisOptions(role, posting, null, limits);
  }

  /**
   * Matches against a posting already read with {@link Keyfit#readPosting} (a batch reads it once
   * for all its resumes).
   */
  public AnalysisOptions withPosting(JobPosting posting) {
    return new AnalysisOptions(role, null, posting, limits);
  }

  /** No job posting. */
  public AnalysisOptions withoutPosting() {
    return new AnalysisOptions(role, null, null, limits);
  }

  /**
   * Matches against a job posting file, or none when null: {@link #withPosting(DocumentSource)}.
   */
  public AnalysisOptions withJobPosting(Path jobPosting) {
    return jobPosting == null ? withoutPosting() : withPosting(DocumentSource.of(jobPosting));
  }

  public AnalysisOptions withLimits(ExtractionLimits limits) {
    return new AnalysisOptions(role, posting, readPosting, limits);
  }

  /** Whether a posting is set, to read or already read. */
  public boolean hasPosting() {
    return posting != null || readPosting != null;
  }
}
