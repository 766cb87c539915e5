package dev.keyfit;

import dev.keyfit.extract.ExtractionLimits;
import dev.keyfit.keywords.Role;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What to analyze a resume for.
 *
 * @param role the role to score and advise for, or null to score both and advise for the best fit
 * @param jobPosting a job posting to match against, or null
 * @param limits caps on reading each file
 */
public record AnalysisOptions(Role role, Path jobPosting, ExtractionLimits limits) {

  public AnalysisOptions {
    Objects.requireNonNull(limits, "limits");
  }

  /** Both roles, no posting, default limits. */
  public static AnalysisOptions defaults() {
    return new AnalysisOptions(null, null, ExtractionLimits.DEFAULT);
  }

  public AnalysisOptions withRole(Role role) {
    return new AnalysisOptions(role, jobPosting, limits);
  }

  public AnalysisOptions withJobPosting(Path jobPosting) {
    return new AnalysisOptions(role, jobPosting, limits);
  }

  public AnalysisOptions withLimits(ExtractionLimits limits) {
    return new AnalysisOptions(role, jobPosting, limits);
  }
}
