package dev.keyfit.spark;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.regexp_replace;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;

/**
 * The runnable job: {@code spark-submit --class dev.keyfit.spark.KeyfitJob keyfit-spark.jar --input
 * DIR --jd posting.pdf --output out/ [--format parquet|csv|json] [--reports]} (see {@link
 * JobArgs#USAGE}). Writes the ranking ({@link RankingRows#SCHEMA}, in {@code keyfit batch}'s order)
 * and prints one summary line on stderr. Exit codes as {@code keyfit batch}'s where they apply: 0
 * the ranking was written (files that could not be analyzed are rows with their status: the job
 * succeeds), 2 usage or configuration error (bad option, missing input, a posting or dictionary
 * that cannot be read), 4 the output could not be written (it exists, or no permission).
 */
public final class KeyfitJob {

  private KeyfitJob() {}

  public static void main(String[] args) {
    SparkSession spark = SparkSession.builder().appName("keyfit").getOrCreate();
    int code;
    try {
      code = run(spark, args, System.err);
    } finally {
      spark.stop();
    }
    if (code != 0) {
      System.exit(code);
    }
  }

  /** Runs the job in a session the caller owns; returns the exit code. */
  public static int run(SparkSession spark, String[] args, PrintStream err) {
    long start = System.nanoTime();
    JobArgs job;
    try {
      job = JobArgs.parse(Arrays.asList(args));
    } catch (JobArgs.UsageException e) {
      err.println("keyfit: " + e.getMessage());
      err.println(JobArgs.USAGE);
      return 2;
    }
    Quiet.libraries();
    KeyfitSpark keyfit;
    Dataset<Row> ranking;
    try {
      keyfit = new KeyfitSpark(spark, job.settings());
      if (job.posting() != null) {
        keyfit = keyfit.withPosting(job.posting());
      }
      ranking = keyfit.rankFolder(job.input());
    } catch (KeyfitSparkException e) {
      err.println("keyfit: " + e.getMessage());
      return 2;
    } catch (Exception e) { // Spark's AnalysisException is checked but undeclared (Scala)
      if (e instanceof AnalysisException) { // a missing input, say: PATH_NOT_FOUND
        err.println("keyfit: " + job.input() + ": " + firstLine(e.getMessage()));
        return 2;
      }
      throw e;
    }
    try {
      write(job, ranking);
    } catch (Exception e) { // the output exists, a permission: Spark's AnalysisException or I/O
      err.println("keyfit: cannot write " + job.output() + ": " + firstLine(e.getMessage()));
      return 4;
    } finally {
      keyfit.unpersist();
    }
    err.printf(
        "%s; wrote %s (%s) in %.1f s%n",
        keyfit.counters().summary(), job.output(), job.format(), (System.nanoTime() - start) / 1e9);
    return 0;
  }

  private static void write(JobArgs job, Dataset<Row> ranking) {
    Dataset<Row> out = "csv".equals(job.format()) ? forCsv(ranking) : ranking;
    if (job.singleFile()) {
      out = out.coalesce(1); // keeps the sorted order: partitions are concatenated in order
    }
    if (!job.settings().reports()) {
      out = out.drop("report_json");
    }
    var writer = out.write().format(job.format());
    if ("csv".equals(job.format())) {
      writer = writer.option("header", "true").option("escape", "\"");
    }
    writer.save(job.output());
  }

  /**
   * CSV has no lists: they are joined with "; " as the batch's CSV ranking joins them, and text
   * cells a spreadsheet would run as a formula get a leading {@code '}, as that ranking does.
   */
  static Dataset<Row> forCsv(Dataset<Row> ranking) {
    List<Column> columns =
        Arrays.stream(ranking.schema().fields()).map(KeyfitJob::csvColumn).toList();
    return ranking.select(columns.toArray(Column[]::new));
  }

  private static Column csvColumn(StructField f) {
    Column c = col(f.name());
    if (f.dataType() instanceof ArrayType) {
      c = array_join(c, "; ");
    } else if (!(f.dataType() instanceof StringType)) {
      return c;
    }
    return regexp_replace(c, "^([=+\\-@\\t\\r\\x00\\x{FF1D}\\x{FF0B}\\x{FF0D}\\x{FF20}])", "'$1")
        .as(f.name());
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.strip().lines().findFirst().orElse("");
  }
}
