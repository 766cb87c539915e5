package dev.keyfit.spark;

import dev.keyfit.batch.FileOutcome;
import dev.keyfit.batch.Ranking;
import dev.keyfit.keywords.Role;
import dev.keyfit.report.JsonReport;
import dev.keyfit.report.Report;
import dev.keyfit.score.JobMatch;
import dev.keyfit.score.RoleScore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The ranking rows' schema (README "keyfit on Apache Spark") and the row of one file, built by the
 * batch's own {@link Ranking} so that every field is computed as {@code keyfit batch} computes it.
 */
public final class RankingRows {

  private RankingRows() {}

  /** The columns, in order; {@code <role>_score} for each role ({@code pm_score, tpm_score}). */
  public static final StructType SCHEMA = schema();

  private static StructType schema() {
    List<StructField> f = new ArrayList<>();
    f.add(DataTypes.createStructField("rank", DataTypes.IntegerType, false));
    f.add(DataTypes.createStructField("path", DataTypes.StringType, false));
    f.add(DataTypes.createStructField("status", DataTypes.StringType, false));
    f.add(DataTypes.createStructField("reason", DataTypes.StringType, false));
    f.add(DataTypes.createStructField("score", DataTypes.IntegerType, false));
    f.add(DataTypes.createStructField("best_fit", DataTypes.StringType, false));
    for (Role role : Role.values()) {
      f.add(DataTypes.createStructField(role.id() + "_score", DataTypes.IntegerType, true));
    }
    f.add(DataTypes.createStructField("match_rate", DataTypes.IntegerType, true));
    f.add(DataTypes.createStructField("matched_terms", DataTypes.IntegerType, false));
    f.add(strings("top_missing"));
    f.add(strings("required_matched"));
    f.add(strings("required_missing"));
    f.add(DataTypes.createStructField("dictionary_version", DataTypes.StringType, false));
    f.add(DataTypes.createStructField("content_hash", DataTypes.StringType, false));
    f.add(strings("same_content"));
    f.add(DataTypes.createStructField("report_json", DataTypes.StringType, true));
    return DataTypes.createStructType(f);
  }

  private static StructField strings(String name) {
    return DataTypes.createStructField(
        name, DataTypes.createArrayType(DataTypes.StringType, false), false);
  }

  /** The status of analyzed rows. */
  static final String OK = "OK";

  /**
   * The row of one file, unranked (rank 0, no same-content files yet: {@link RankingOrder} adds
   * them).
   */
  static Row row(
      FileOutcome outcome, String contentHash, JobSettings settings, String dictionaryVersion) {
    Path rel = outcome.relative();
    Ranking.Row r =
        Ranking.of(
                List.of(outcome),
                contentHash.isEmpty() ? Map.of() : Map.of(rel, contentHash),
                settings.role(),
                settings.byPosting())
            .rows()
            .get(0);
    Report report = r.report();
    List<Object> v = new ArrayList<>();
    v.add(0);
    v.add(r.source());
    v.add(r.status());
    v.add(r.reason());
    v.add(r.score());
    v.add(r.bestFit());
    for (Role role : Role.values()) {
      v.add(
          r.roleScores().stream()
              .filter(s -> s.role() == role)
              .findFirst()
              .map(RoleScore::score)
              .orElse(null));
    }
    JobMatch job = report == null ? null : report.assessment().jobMatch();
    v.add(job == null ? null : job.matchRate());
    v.add(r.matched());
    v.add(r.missing());
    v.add(required(job, false));
    v.add(required(job, true));
    v.add(report == null ? dictionaryVersion : report.tool().dictionary());
    v.add(r.contentHash());
    v.add(List.of());
    v.add(settings.reports() && report != null ? JsonReport.text(JsonReport.tree(report)) : null);
    return RowFactory.create(v.stream().map(RankingRows::spark).toArray());
  }

  /**
   * The posting's required terms (title and requirements sections; dictionary terms, then terms the
   * posting itself stresses) the resume shows (shown in work or listed), or lacks; in the report's
   * order, most stressed first.
   */
  static List<String> required(JobMatch job, boolean missing) {
    if (job == null) {
      return List.of();
    }
    Stream<String> known =
        job.terms().stream()
            .filter(JobMatch.PostingTerm::required)
            .filter(t -> "missing".equals(t.status()) == missing)
            .map(t -> t.term().name());
    Stream<String> unknown =
        job.unknownTerms().stream()
            .filter(JobMatch.UnknownTerm::required)
            .filter(t -> "missing".equals(t.status()) == missing)
            .map(JobMatch.UnknownTerm::term);
    return Stream.concat(known, unknown).toList();
  }

  /** Lists as Scala sequences, the form Spark's row encoder takes for arrays. */
  private static Object spark(Object value) {
    if (value instanceof List<?> list) {
      return scala.jdk.javaapi.CollectionConverters.asScala(list).toSeq();
    }
    return value;
  }
}
