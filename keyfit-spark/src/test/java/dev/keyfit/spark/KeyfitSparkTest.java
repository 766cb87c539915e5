package dev.keyfit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.Keyfit;
import dev.keyfit.batch.Ranking;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job's rows equal {@code keyfit batch}'s ranking of the same folder (samples, generated
 * resumes, hostile files), field by field and in the same order, with and without a posting.
 */
class KeyfitSparkTest {

  @TempDir static Path dir;
  static Path folder;
  static Keyfit keyfit;
  static SparkSession spark;

  @BeforeAll
  static void folder() throws Exception {
    folder = ResumeFolders.mixed(Files.createDirectories(dir.resolve("applicants")));
    keyfit = ExecutorState.keyfit(null);
    spark = SharedSpark.get();
  }

  @Test
  void rowsEqualTheBatchRankingFieldByField() throws Exception {
    Ranking batch = BatchBaseline.rank(keyfit, folder, null, 20L << 20);
    KeyfitSpark job = new KeyfitSpark(spark, JobSettings.DEFAULTS.withReports(true));
    List<Row> rows = job.rankFolder(folder.toString()).collectAsList();

    RankingComparison.assertSameRanking(batch, rows, true);
    assertTrue(batch.failed().size() >= 8, "the hostile files are status rows");
    assertEquals(batch.analyzed().size(), job.counters().analyzed());
    assertEquals(batch.failed().size(), job.counters().failedTotal());
    // photo.jpg and the lock file; Spark's listing never shows hidden files, so they are not
    // counted
    assertEquals(2, job.counters().skipped());
  }

  @Test
  void withAPostingRowsEqualTheBatchRankingByMatchRate() throws Exception {
    // the posting inside the folder is not ranked, as in batch
    Path posting = folder.resolve("tpm-posting.txt");
    Ranking batch = BatchBaseline.rank(keyfit, folder, posting, 20L << 20);
    List<Row> rows =
        new KeyfitSpark(spark, JobSettings.DEFAULTS)
            .withPosting(posting.toString())
            .rankFolder(folder.toString())
            .collectAsList();

    RankingComparison.assertSameRanking(batch, rows, false);
    assertTrue(rows.stream().noneMatch(r -> r.getAs("path").equals("tpm-posting.txt")));
    Row top = rows.get(0);
    assertTrue(top.<Integer>getAs("match_rate") > 0);
    assertEquals(top.<Integer>getAs("score"), top.<Integer>getAs("match_rate"));
  }

  @Test
  void hostileFilesBecomeStatusRowsWhileTheJobSucceeds() throws Exception {
    KeyfitSpark job = new KeyfitSpark(spark, JobSettings.DEFAULTS);
    Map<String, String> statuses =
        job.rankFolder(folder.resolve("hostile").toString()).collectAsList().stream()
            .collect(Collectors.toMap(r -> r.getAs("path"), r -> r.getAs("status")));

    assertEquals("ENCRYPTED", statuses.get("user-password.pdf"));
    assertEquals("ENCRYPTED", statuses.get("encrypted.docx"));
    assertEquals("EMPTY", statuses.get("zero-byte.pdf"));
    assertEquals("NEEDS_OCR", statuses.get("scanned.pdf"));
    assertEquals("OK", statuses.get("owner-password.pdf"));
    assertEquals(11, statuses.size());
    assertTrue(job.counters().failed().get("ENCRYPTED") >= 2, job.counters().summary());
    assertTrue(job.counters().summary().startsWith("keyfit: "), job.counters().summary());
  }

  @Test
  void filesOverTheSizeCapAreTooLargeRowsAsInBatch() throws Exception {
    long cap = 20_000;
    Ranking batch = BatchBaseline.rank(keyfit, folder, null, cap);
    List<Row> rows =
        new KeyfitSpark(spark, JobSettings.DEFAULTS.withMaxFileBytes(cap))
            .rankFolder(folder.toString())
            .collectAsList();

    RankingComparison.assertSameRanking(batch, rows, false);
    assertTrue(rows.stream().anyMatch(r -> "TOO_LARGE".equals(r.getAs("status"))));
  }

  @Test
  void anyDatasetOfPathsAndBytesRanksAsTheFolderDoes() throws Exception {
    Path generated = folder.resolve("generated");
    Dataset<Row> files =
        spark.read().format("binaryFile").load(generated.toString()).select("path", "content");
    List<Row> fromBytes =
        new KeyfitSpark(spark, JobSettings.DEFAULTS)
            .rank(files, generated.toString())
            .collectAsList();
    List<Row> fromFolder =
        new KeyfitSpark(spark, JobSettings.DEFAULTS)
            .rankFolder(generated.toString())
            .collectAsList();

    assertEquals(fromFolder, fromBytes);
    assertEquals(12, fromBytes.size());
  }
}
