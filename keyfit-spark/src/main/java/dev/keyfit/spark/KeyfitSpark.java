package dev.keyfit.spark;

import dev.keyfit.Keyfit;
import dev.keyfit.batch.FileGuard;
import dev.keyfit.extract.DocumentSource;
import dev.keyfit.extract.ExtractionException;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * keyfit on Spark, the Java entry point for applications that embed it: ranks resumes with the same
 * rows and order as {@code keyfit batch}. One instance per job; its counters are the job's.
 *
 * <pre>{@code
 * KeyfitSpark keyfit = new KeyfitSpark(spark, JobSettings.DEFAULTS).withPosting("hdfs:/jobs/tpm.pdf");
 * Dataset<Row> ranking = keyfit.rankFolder("hdfs:/applicants/2026-12");   // or rank(files, root)
 * ranking.write().parquet("hdfs:/rankings/2026-12");
 * System.err.println(keyfit.counters().summary());
 * }</pre>
 *
 * <p>The rows ({@link RankingRows#SCHEMA}) are computed when this returns (the analysis runs once,
 * persisted; {@link #unpersist} frees it); the ranking itself is sorted when it is written.
 */
public final class KeyfitSpark {

  private final SparkSession spark;
  private final JobSettings settings;
  private final Broadcast<byte[]> posting;
  private final String postingPath;
  private final JobCounters counters;
  private Dataset<Row> analyzed;

  /** Without a posting: each resume ranked by its role score. */
  public KeyfitSpark(SparkSession spark, JobSettings settings) {
    this(spark, settings, null, null);
  }

  private KeyfitSpark(
      SparkSession spark, JobSettings settings, Broadcast<byte[]> posting, String postingPath) {
    this.spark = Objects.requireNonNull(spark, "spark");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.posting = posting;
    this.postingPath = postingPath;
    this.counters = new JobCounters(spark.sparkContext());
    Quiet.libraries();
  }

  /**
   * With a job posting: read on the driver once (any Hadoop path), checked there so that a posting
   * that cannot be read stops the job before it starts, and broadcast as bytes; each executor reads
   * it once. {@code JobPosting} is not {@link java.io.Serializable}, and the bytes are small and
   * give the same posting everywhere (the analysis is deterministic).
   *
   * @throws KeyfitSparkException when the posting cannot be read
   */
  public KeyfitSpark withPosting(String path) {
    HadoopFiles files = hadoopFiles();
    byte[] bytes;
    try {
      bytes = files.read(path, settings.maxFileBytes());
    } catch (IOException e) {
      throw new KeyfitSparkException(path + ": cannot read the job posting: " + e.getMessage(), e);
    }
    String name = new Path(path).getName();
    JobSettings withPosting = settings.withPosting(name, FileGuard.sha256(bytes));
    Keyfit keyfit = keyfit();
    try {
      if (bytes.length > settings.maxFileBytes()) {
        throw new KeyfitSparkException(path + ": the job posting is over the size limit");
      }
      keyfit.readPosting(DocumentSource.of(name, bytes), ExecutorState.options(withPosting));
    } catch (ExtractionException e) {
      throw new KeyfitSparkException(
          path
              + ": cannot read the job posting ("
              + e.failure()
              + "): "
              + e.getMessage().replaceFirst("^job posting [^:]*: ", "")
              + "; "
              + e.failure().remedy(),
          e);
    }
    Broadcast<byte[]> b = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(bytes);
    return new KeyfitSpark(spark, withPosting, b, qualified(path));
  }

  /**
   * Ranks the resumes of a folder or glob on any Hadoop file system, recursively, with the batch's
   * resume-file rule and size cap. Spark's {@code binaryFile} source lists the files (its file
   * index: recursive lookup, globs, Spark's hidden-file rule); the executors then read the bytes of
   * the files the rule and the cap let through, never the others. (Scanning {@code binaryFile}
   * itself would read every file's content first and drops 0-byte files, which the batch reports as
   * EMPTY rows.) Paths in the rows are relative to the folder (for a glob, to the part before the
   * first wildcard).
   */
  public Dataset<Row> rankFolder(String input) {
    String[] listed =
        spark
            .read()
            .format("binaryFile")
            .option("recursiveFileLookup", "true")
            .load(input)
            .inputFiles();
    List<Row> paths = new ArrayList<>(listed.length);
    for (String uri : listed) {
      paths.add(RowFactory.create(new Path(URI.create(uri)).toString()));
    }
    int slices =
        Math.max(
            spark.sparkContext().defaultParallelism(),
            Math.min(100_000, (paths.size() + FILES_PER_TASK - 1) / FILES_PER_TASK));
    JavaRDD<Row> rdd =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(paths, slices);
    StructType schema =
        DataTypes.createStructType(
            List.of(DataTypes.createStructField("path", DataTypes.StringType, false)));
    return rank(spark.createDataFrame(rdd, schema), InputPaths.root(input));
  }

  /**
   * Files per task when a folder is listed: small enough that a slow file delays few others and
   * that two cores share the work evenly, large enough that task overhead stays small.
   */
  static final int FILES_PER_TASK = 32;

  /**
   * Ranks any Dataset of files: a {@code path} column (string: a file URI or path) and either a
   * {@code content} column (binary: the bytes, as {@code binaryFile} gives them) or a {@code
   * length} column (long: then the executors read each file). Rows whose path the resume-file rule
   * skips are counted as skipped; the others each give one ranking row.
   *
   * @param root the folder the rows' paths are made relative to (a URI or path)
   */
  public Dataset<Row> rank(Dataset<Row> files, String root) {
    String rootPath = InputPaths.pathPart(qualified(root));
    String excluded = postingPath == null ? null : InputPaths.pathPart(postingPath);
    Dataset<Row> input =
        excluded == null
            ? files
            : files.filter(
                (FilterFunction<Row>)
                    r -> !InputPaths.pathPart(r.getString(r.fieldIndex("path"))).equals(excluded));
    Broadcast<HadoopFiles> hadoop =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(hadoopFiles());
    analyzed =
        input
            .mapPartitions(
                new PartitionAnalyzer(settings, rootPath, posting, hadoop, counters),
                Encoders.row(RankingRows.SCHEMA))
            .persist(StorageLevel.MEMORY_AND_DISK());
    analyzed.count(); // analyze every file once, now: the counters are then final
    return RankingOrder.rank(spark, analyzed);
  }

  /** The job's counters (final once {@link #rank} or {@link #rankFolder} has returned). */
  public JobCounters counters() {
    return counters;
  }

  /** The settings, with the posting's name when there is one. */
  public JobSettings settings() {
    return settings;
  }

  /** Frees the persisted analysis once the ranking has been written. */
  public void unpersist() {
    if (analyzed != null) {
      analyzed.unpersist();
    }
  }

  private Keyfit keyfit() {
    try {
      return ExecutorState.keyfit(settings.keywordsDir());
    } catch (IllegalStateException e) {
      throw new KeyfitSparkException(e.getMessage(), e);
    }
  }

  private HadoopFiles hadoopFiles() {
    return new HadoopFiles(spark.sparkContext().hadoopConfiguration());
  }

  private String qualified(String path) {
    try {
      FileSystem fs = hadoopFiles().fileSystem(path);
      return fs.makeQualified(new Path(path)).toString();
    } catch (IOException e) {
      throw new KeyfitSparkException(path + ": " + e.getMessage(), e);
    }
  }
}
