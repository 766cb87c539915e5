package dev.keyfit.batch;

import dev.keyfit.advise.MissingTerm;
import dev.keyfit.keywords.Role;
import dev.keyfit.report.Report;
import dev.keyfit.score.RoleScore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The batch's results in ranking order: analyzed resumes by score (highest first, ties by path),
 * then failed files by path. The order depends only on the outcomes, never on thread timing.
 *
 * @param rows the rows in order
 * @param byPosting true when ranked by the job-posting match rate
 */
public record Ranking(List<Row> rows, boolean byPosting) {

  /** The status of an analyzed row. */
  static final String OK = "OK";

  /** How many missing terms a ranking row lists. */
  static final int TOP_MISSING = 5;

  public Ranking {
    rows = List.copyOf(rows);
  }

  /**
   * One ranked file.
   *
   * @param rank 1-based rank among analyzed files; 0 for failed files
   * @param source the relative path, {@code /}-separated
   * @param status "OK" or a failure status
   * @param score the ranking score (role score, or posting match rate), or -1 when failed
   * @param bestFit the best-fitting role id, "none", or "" when failed
   * @param roleScores the score per role assessed, in role order; empty when failed
   * @param matched the number of dictionary terms found
   * @param missing the most valuable missing terms
   * @param reason why the file failed; for an analyzed file, the warning that it reads like a job
   *     posting, not a resume (check {@code not-a-resume}); else ""
   * @param report the report, or null when failed or when the batch kept only the ranking fields
   *     ({@link #summary}; then each role score's categories are left out too)
   * @param contentHash the SHA-256 (hex) of the file's bytes, or "" when the guard did not read it
   * @param sameContent the other files of the batch with the same content (same hash), by path
   */
  public record Row(
      int rank,
      String source,
      String status,
      int score,
      String bestFit,
      List<RoleScore> roleScores,
      int matched,
      List<String> missing,
      String reason,
      Report report,
      String contentHash,
      List<String> sameContent) {
    public Row {
      roleScores = List.copyOf(roleScores);
      missing = List.copyOf(missing);
      contentHash = contentHash == null ? "" : contentHash;
      sameContent = List.copyOf(sameContent);
    }

    /** This row for another source path (a worker names the file by its name alone). */
    public Row withSource(String newSource) {
      return new Row(
          rank,
          newSource,
          status,
          score,
          bestFit,
          roleScores,
          matched,
          missing,
          reason,
          report,
          contentHash,
          sameContent);
    }

    /** True when another file of the batch has the same content. */
    public boolean duplicate() {
      return !sameContent.isEmpty();
    }

    private Row ranked(int newRank, List<String> same) {
      return new Row(
          newRank,
          source,
          status,
          score,
          bestFit,
          roleScores,
          matched,
          missing,
          reason,
          report,
          contentHash,
          same);
    }

    private Row hashed(String hash) {
      return new Row(
          rank,
          source,
          status,
          score,
          bestFit,
          roleScores,
          matched,
          missing,
          reason,
          report,
          hash,
          sameContent);
    }

    /** True for an analyzed file. */
    public boolean ok() {
      return OK.equals(status);
    }
  }

  /**
   * Ranks outcomes.
   *
   * @param role the role to rank by, or null for each resume's best-fitting role
   * @param byPosting rank by the posting match rate (when the report has one)
   */
  public static Ranking of(List<FileOutcome> outcomes, Role role, boolean byPosting) {
    return of(outcomes, Map.of(), role, byPosting);
  }

  /**
   * Ranks outcomes and flags files with the same content.
   *
   * @param contentHashes the SHA-256 of each file's bytes by relative path, as the batch guard
   *     computed them ({@link BatchRunner.Result#contentHashes})
   * @param role the role to rank by, or null for each resume's best-fitting role
   * @param byPosting rank by the posting match rate (when the report has one)
   */
  public static Ranking of(
      List<FileOutcome> outcomes, Map<Path, String> contentHashes, Role role, boolean byPosting) {
    List<Row> ok = new ArrayList<>();
    List<Row> failed = new ArrayList<>();
    Map<String, List<String>> byHash = new HashMap<>();
    for (FileOutcome o : outcomes) {
      String hash = contentHashes.getOrDefault(o.relative(), "");
      if (!hash.isEmpty()) {
        byHash.computeIfAbsent(hash, h -> new ArrayList<>()).add(o.source());
      }
      if (o instanceof FileOutcome.Analyzed a) {
        ok.add(row(a, role, byPosting, hash));
      } else if (o instanceof FileOutcome.Ranked r) {
        ok.add(r.row().hashed(hash));
      } else if (o instanceof FileOutcome.Failed f) {
        failed.add(
            new Row(
                0,
                f.source(),
                f.status().name(),
                -1,
                "",
                List.of(),
                0,
                List.of(),
                f.reason(),
                null,
                hash,
                List.of()));
      }
    }
    ok.sort(Comparator.comparingInt(Row::score).reversed().thenComparing(Row::source));
    failed.sort(Comparator.comparing(Row::source));
    List<Row> rows = new ArrayList<>(ok.size() + failed.size());
    for (int i = 0; i < ok.size(); i++) {
      rows.add(ok.get(i).ranked(i + 1, same(ok.get(i), byHash)));
    }
    failed.forEach(r -> rows.add(r.ranked(0, same(r, byHash))));
    return new Ranking(rows, byPosting);
  }

  /** The other files with the row's content, sorted. */
  private static List<String> same(Row row, Map<String, List<String>> byHash) {
    if (row.contentHash().isEmpty()) {
      return List.of();
    }
    return byHash.getOrDefault(row.contentHash(), List.of()).stream()
        .filter(s -> !s.equals(row.source()))
        .sorted()
        .toList();
  }

  /** The score a resume is ranked (and gated) by: posting match, else the chosen or best role. */
  public static int score(Report report, Role role, boolean byPosting) {
    if (byPosting && report.assessment().jobMatch() != null) {
      return report.assessment().jobMatch().matchRate();
    }
    Role target = role != null ? role : report.advice().target();
    return report.assessment().roles().stream()
        .filter(r -> target == null || r.role() == target)
        .mapToInt(RoleScore::score)
        .max()
        .orElse(0);
  }

  /**
   * The ranking fields of an analyzed file, unranked, without its report: what a batch keeps of a
   * file once its outputs are written ({@link FileOutcome.Ranked}). The role scores keep their
   * role, score, core and experience; their category breakdowns (the bulk of a report) are left
   * out, since no ranking shows them.
   */
  public static Row summary(FileOutcome.Analyzed a, Role role, boolean byPosting) {
    Row full = row(a, role, byPosting, "");
    List<RoleScore> slim =
        full.roleScores().stream()
            .map(s -> new RoleScore(s.role(), s.score(), List.of(), s.core(), s.experience()))
            .toList();
    return new Row(
        0,
        full.source(),
        full.status(),
        full.score(),
        full.bestFit(),
        slim,
        full.matched(),
        full.missing(),
        full.reason(),
        null,
        "",
        List.of());
  }

  private static Row row(FileOutcome.Analyzed a, Role role, boolean byPosting, String hash) {
    Report r = a.report();
    List<String> missing =
        r.advice().missing().stream()
            .limit(TOP_MISSING)
            .map(MissingTerm::term)
            .map(t -> t.name())
            .toList();
    return new Row(
        0,
        a.source(),
        OK,
        score(r, role, byPosting),
        r.assessment().bestFit().map(Role::id).orElse("none"),
        r.assessment().roles(),
        r.assessment().matches().size(),
        missing,
        notAResume(r),
        r,
        hash,
        List.of());
  }

  /** An analyzed file's warning that it is no resume (a posting), or "". */
  private static String notAResume(Report report) {
    return report.advice().checks().stream()
        .filter(c -> c.id().equals("not-a-resume"))
        .map(c -> c.message())
        .findFirst()
        .orElse("");
  }

  /** The analyzed rows. */
  public List<Row> analyzed() {
    return rows.stream().filter(Row::ok).toList();
  }

  /** The failed rows. */
  public List<Row> failed() {
    return rows.stream().filter(r -> !r.ok()).toList();
  }
}
