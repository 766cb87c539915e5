package dev.keyfit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.advise.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanJobPostingTest {

  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run scan(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void scanWithPostingPrintsTheJobTableWithinHundredColumns() {
    Run run =
        scan(
            "scan",
            Fixtures.path("tpm-resume.txt").toString(),
            "--jd",
            Fixtures.path("tpm-posting.txt").toString(),
            "--keywords",
            Fixtures.path("keywords").toString(),
            "--no-color");
    assertEquals(0, run.code(), run.err());
    assertTrue(
        run.out().contains("Job posting: tpm-posting.txt — Senior Technical Program Manager"),
        run.out());
    assertTrue(run.out().contains("Do these first (match-rate points"), run.out());
    assertTrue(run.out().contains("Kafka *"), run.out());
    run.out().lines().forEach(l -> assertTrue(l.length() <= 80, "too wide for 80 columns: " + l));
  }

  @Test
  void minScoreGatesOnTheMatchRate() {
    Run run =
        scan(
            "scan",
            Fixtures.path("pm-resume.txt").toString(),
            "--jd",
            Fixtures.path("tpm-posting.txt").toString(),
            "--keywords",
            Fixtures.path("keywords").toString(),
            "--min-score",
            "50",
            "-f",
            "json");
    assertEquals(ExitCodes.BELOW_MIN_SCORE, run.code(), run.err());
    assertTrue(run.out().contains("\"matchRate\""), run.out());
  }

  @Test
  void unreadablePostingIsNamedInTheError() throws Exception {
    Path posting = dir.resolve("posting.txt");
    // a truncated PDF: the content says PDF, the parser cannot read it
    Files.write(
        posting,
        "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    Run run =
        scan(
            "scan",
            Fixtures.path("tpm-resume.txt").toString(),
            "--jd",
            posting.toString(),
            "--keywords",
            Fixtures.path("keywords").toString());
    assertEquals(ExitCodes.INPUT, run.code(), run.err());
    assertTrue(run.err().contains("job posting posting.txt: "), run.err());
  }
}
