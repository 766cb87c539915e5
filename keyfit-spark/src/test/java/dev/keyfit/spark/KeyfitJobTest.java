package dev.keyfit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable job's command line, outputs, summary line and exit codes. */
class KeyfitJobTest {

  @TempDir static Path dir;
  static Path input;
  static SparkSession spark;
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeAll
  static void folder() throws Exception {
    input = Files.createDirectories(dir.resolve("in"));
    ResumeFolders.generate(input, 6);
    Files.write(input.resolve("zero.pdf"), new byte[0]);
    spark = SharedSpark.get();
  }

  private int run(String... args) {
    return KeyfitJob.run(spark, args, new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void writesTheRankingAsParquetInRankOrderWithOneSummaryLine() {
    String out = dir.resolve("parquet").toString();
    int code =
        run(
            "--input",
            input.toString(),
            "--jd",
            "samples/tpm-posting.txt",
            "--output",
            out,
            "--reports");

    assertEquals(0, code, err());
    List<Row> rows = spark.read().parquet(out).orderBy("rank").collectAsList();
    assertEquals(7, rows.size());
    assertEquals("EMPTY", rows.get(0).getAs("status"), "failed rows have rank 0");
    assertEquals(1, rows.get(1).<Integer>getAs("rank"));
    assertTrue(rows.get(1).<String>getAs("report_json").contains("\"jobMatch\""));
    List<String> lines = err().lines().toList();
    assertEquals(1, lines.size(), err());
    assertTrue(
        lines.get(0).startsWith("keyfit: 6 analyzed, 1 could not be analyzed (EMPTY 1), 0 skipped"),
        err());
  }

  @Test
  void writesOneCsvFileInTheBatchsOrderWithListsJoined() throws Exception {
    Path out = dir.resolve("csv");
    assertEquals(
        0,
        run(
            "--input",
            input.toString(),
            "--output",
            out.toString(),
            "--format",
            "csv",
            "--single-file"),
        err());
    Path csv;
    try (Stream<Path> s = Files.list(out)) {
      csv = s.filter(p -> p.toString().endsWith(".csv")).findFirst().orElseThrow();
    }
    List<String> lines = Files.readAllLines(csv);
    assertTrue(
        lines.get(0).startsWith("rank,path,status,reason,score,best_fit,pm_score,tpm_score"));
    assertEquals(8, lines.size());
    assertTrue(lines.get(1).startsWith("1,"), lines.get(1));
    assertTrue(lines.get(7).startsWith("0,zero.pdf,EMPTY,"), lines.get(7));
    assertTrue(lines.get(1).contains("; "), "top missing terms joined: " + lines.get(1));
  }

  @Test
  void writesJson() {
    String out = dir.resolve("json").toString();
    assertEquals(0, run("--input", input.toString(), "--output", out, "--format", "json"), err());
    assertEquals(7, spark.read().json(out).count());
  }

  @Test
  void aBadOptionIsOneLineAndExitTwo() {
    assertEquals(2, run("--input", input.toString(), "--format", "xlsx", "--output", "x"));
    assertTrue(err().startsWith("keyfit: --format must be parquet, csv or json, not xlsx"), err());
  }

  @Test
  void aMissingInputFolderIsExitTwo() {
    assertEquals(
        2,
        run("--input", dir.resolve("nowhere").toString(), "--output", dir.resolve("o").toString()));
    assertTrue(err().startsWith("keyfit: " + dir.resolve("nowhere")), err());
  }

  @Test
  void aPostingThatCannotBeReadStopsTheJobBeforeItStarts() throws Exception {
    Path posting = dir.resolve("posting.pdf");
    Files.writeString(posting, "%PDF-1.7 broken");
    assertEquals(
        2,
        run(
            "--input",
            input.toString(),
            "--jd",
            posting.toString(),
            "--output",
            dir.resolve("o2").toString()));
    assertTrue(
        err().startsWith("keyfit: " + posting + ": cannot read the job posting (CORRUPT)"), err());
  }

  @Test
  void anExistingOutputIsExitFour() throws Exception {
    Path out = Files.createDirectories(dir.resolve("exists"));
    assertEquals(4, run("--input", input.toString(), "--output", out.toString()));
    assertTrue(err().contains("keyfit: cannot write " + out), err());
  }
}
