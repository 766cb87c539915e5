package dev.keyfit.spark;

import dev.keyfit.extract.ExtractionLimits;
import dev.keyfit.keywords.Role;
import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * What a keyfit Spark job analyzes for, shipped to the executors with each task: the same knobs as
 * {@code keyfit batch} (role, posting, time limit, size cap, dictionary folder). The defaults are
 * the batch's: 60 s per file, 20 MiB, the built-in dictionary, each resume ranked by its best role.
 *
 * @param keywordsDir a dictionary folder overlaid on the built-in one, or null; on a cluster it
 *     must exist at that path on every executor (ship it with {@code --archives})
 * @param role the role to rank by, or null for each resume's best-fitting role
 * @param postingName the posting's file name, or null without a posting
 * @param postingHash the SHA-256 of the posting's bytes (identifies it in each executor's cache)
 * @param timeoutMillis the time limit per file
 * @param maxFileBytes larger files are TOO_LARGE rows, never read
 * @param reports add each resume's full JSON report as the {@code report_json} column
 */
public record JobSettings(
    String keywordsDir,
    Role role,
    String postingName,
    String postingHash,
    long timeoutMillis,
    long maxFileBytes,
    boolean reports)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The batch's defaults: {@code keyfit batch}'s --timeout 60 and --max-file-size 20MiB. */
  public static final JobSettings DEFAULTS =
      new JobSettings(null, null, null, null, 60_000, 20L << 20, false);

  public JobSettings {
    if (timeoutMillis < 1 || maxFileBytes < 1) {
      throw new IllegalArgumentException("the time limit and size cap must be positive");
    }
  }

  public JobSettings withKeywords(String dir) {
    return new JobSettings(
        dir, role, postingName, postingHash, timeoutMillis, maxFileBytes, reports);
  }

  public JobSettings withRole(Role r) {
    return new JobSettings(
        keywordsDir, r, postingName, postingHash, timeoutMillis, maxFileBytes, reports);
  }

  public JobSettings withTimeout(Duration timeout) {
    return new JobSettings(
        keywordsDir, role, postingName, postingHash, timeout.toMillis(), maxFileBytes, reports);
  }

  public JobSettings withMaxFileBytes(long bytes) {
    return new JobSettings(
        keywordsDir, role, postingName, postingHash, timeoutMillis, bytes, reports);
  }

  public JobSettings withReports(boolean on) {
    return new JobSettings(
        keywordsDir, role, postingName, postingHash, timeoutMillis, maxFileBytes, on);
  }

  /** With a posting, named and identified by its content's hash (set by {@link KeyfitSpark}). */
  JobSettings withPosting(String name, String hash) {
    return new JobSettings(
        keywordsDir,
        role,
        Objects.requireNonNull(name),
        Objects.requireNonNull(hash),
        timeoutMillis,
        maxFileBytes,
        reports);
  }

  /** True when resumes are ranked by the posting match rate. */
  public boolean byPosting() {
    return postingName != null;
  }

  /**
   * The extraction limits, with the size cap, as {@code keyfit batch --max-file-size} sets them.
   */
  ExtractionLimits limits() {
    return new ExtractionLimits(
        maxFileBytes, ExtractionLimits.DEFAULT.maxPages(), ExtractionLimits.DEFAULT.maxChars());
  }

  Duration timeout() {
    return Duration.ofMillis(timeoutMillis);
  }
}
