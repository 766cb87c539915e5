package dev.keyfit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keyfit.batch.Ranking;
import dev.keyfit.keywords.Role;
import dev.keyfit.report.JsonReport;
import dev.keyfit.score.JobMatch;
import dev.keyfit.score.RoleScore;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;

/** Compares the job's rows with {@code keyfit batch}'s ranking, row by row and field by field. */
final class RankingComparison {

  private RankingComparison() {}

  static void assertSameRanking(Ranking batch, List<Row> rows, boolean withReports) {
    assertEquals(
        batch.rows().stream().map(Ranking.Row::source).toList(),
        rows.stream().map(r -> r.<String>getAs("path")).toList(),
        "the files and their order");
    for (int i = 0; i < rows.size(); i++) {
      Ranking.Row b = batch.rows().get(i);
      Row s = rows.get(i);
      String at = b.source() + ": ";
      assertEquals(b.rank(), s.<Integer>getAs("rank"), at + "rank");
      assertEquals(b.status(), s.getAs("status"), at + "status");
      assertEquals(b.reason(), s.getAs("reason"), at + "reason");
      assertEquals(b.score(), s.<Integer>getAs("score"), at + "score");
      assertEquals(b.bestFit(), s.getAs("best_fit"), at + "best fit");
      for (Role role : Role.values()) {
        Integer expected =
            b.roleScores().stream()
                .filter(r -> r.role() == role)
                .map(RoleScore::score)
                .findFirst()
                .orElse(null);
        assertEquals(expected, s.getAs(role.id() + "_score"), at + role.id() + " score");
      }
      JobMatch job = b.ok() ? b.report().assessment().jobMatch() : null;
      assertEquals(job == null ? null : job.matchRate(), s.getAs("match_rate"), at + "match rate");
      assertEquals(b.matched(), s.<Integer>getAs("matched_terms"), at + "matched terms");
      assertEquals(b.missing(), list(s, "top_missing"), at + "top missing");
      assertEquals(requiredTerms(job, false), list(s, "required_matched"), at + "required found");
      assertEquals(requiredTerms(job, true), list(s, "required_missing"), at + "required missing");
      if (b.ok()) {
        assertEquals(
            b.report().tool().dictionary(), s.getAs("dictionary_version"), at + "dictionary");
      }
      assertEquals(b.contentHash(), s.getAs("content_hash"), at + "content hash");
      assertEquals(b.sameContent(), list(s, "same_content"), at + "same content");
      if (withReports) {
        assertEquals(
            b.ok() ? JsonReport.text(JsonReport.tree(b.report())) : null,
            s.getAs("report_json"),
            at + "full JSON report");
      }
    }
  }

  /** The posting's required terms as the batch's report has them, found or missing. */
  private static List<String> requiredTerms(JobMatch job, boolean missing) {
    List<String> terms = new ArrayList<>();
    if (job == null) {
      return terms;
    }
    job.terms().stream()
        .filter(t -> t.required() && "missing".equals(t.status()) == missing)
        .forEach(t -> terms.add(t.term().name()));
    job.unknownTerms().stream()
        .filter(t -> t.required() && "missing".equals(t.status()) == missing)
        .forEach(t -> terms.add(t.term()));
    return terms;
  }

  static List<String> list(Row row, String column) {
    return new ArrayList<>(row.getList(row.fieldIndex(column)));
  }
}
