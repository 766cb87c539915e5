package dev.keyfit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyfit.testing.HostileFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code keyfit batch --jd}: the posting is read once and ranks the batch; a bad posting is exit 2.
 */
class BatchJobPostingTest {

  @TempDir Path dir;
  final BatchCli cli = new BatchCli();

  private Path applicants() throws IOException {
    Path in = Files.createDirectories(dir.resolve("applicants"));
    for (String name :
        List.of("tpm-resume.pdf", "pm-resume.docx", "nurse-resume.docx", "thin-tpm-resume.txt")) {
      Files.copy(Path.of("samples", name), in.resolve(name));
    }
    return in;
  }

  @Test
  void resumesAreRankedByTheirPostingMatchRate() throws IOException {
    Path in = applicants();
    Path json = dir.resolve("ranking.json");
    Path md = dir.resolve("ranking.md");

    int code =
        cli.run(
            "batch", in.toString(), "--jd", "samples/tpm-posting.txt", "-o", json.toString(), "-q");
    cli.run("batch", in.toString(), "--jd", "samples/tpm-posting.txt", "-o", md.toString(), "-q");

    assertEquals(ExitCodes.OK, code, cli.err.toString());
    JsonNode rows = new ObjectMapper().readTree(json.toFile());
    assertEquals(4, rows.size());
    List<Integer> scores = new ArrayList<>();
    for (JsonNode row : rows) {
      assertEquals(
          row.get("jobMatch").get("matchRate").asInt(),
          row.get("score").asInt(),
          row.get("source").get("path") + " is ranked by its posting match rate");
      scores.add(row.get("score").asInt());
    }
    assertEquals(scores.stream().sorted((a, b) -> b - a).toList(), scores, "highest match first");
    assertEquals("tpm-resume.pdf", rows.get(0).get("source").get("path").asText());
    assertEquals("nurse-resume.docx", rows.get(3).get("source").get("path").asText());
    assertTrue(Files.readString(md).contains("ranked by job-posting match"), Files.readString(md));
  }

  @Test
  void theTerminalTableSaysItShowsThePostingMatch() throws IOException {
    Path in = applicants();
    assertEquals(
        ExitCodes.OK,
        cli.run("batch", in.toString(), "--jd", "samples/tpm-posting.txt"),
        cli.err.toString());
    List<String> lines = cli.out.toString().lines().toList();
    assertTrue(lines.get(0).matches("RANK +MATCH +FIT +FILE"), lines.get(0));
    assertTrue(lines.get(1).endsWith("tpm-resume.pdf"), cli.out.toString());
  }

  @Test
  void aPostingInsideTheFolderIsNotRankedAsAResume() throws IOException {
    Path in = applicants();
    Path posting = Files.copy(Path.of("samples", "tpm-posting.txt"), in.resolve("posting.txt"));
    Path csv = dir.resolve("ranking.csv");

    assertEquals(
        ExitCodes.OK,
        cli.run("batch", in.toString(), "--jd", posting.toString(), "-o", csv.toString(), "-q"),
        cli.err.toString());
    assertFalse(
        BatchCli.statuses(csv).containsKey("posting.txt"), BatchCli.statuses(csv).toString());
    assertEquals(4, BatchCli.statuses(csv).size());
  }

  @Test
  void anUnreadablePostingIsOneLineAndExitTwoBeforeAnythingIsAnalyzedOrWritten()
      throws IOException {
    Path in = applicants();
    Path csv = dir.resolve("ranking.csv");
    Path reports = dir.resolve("reports");
    byte[] noise = new byte[2048];
    new Random(3).nextBytes(noise);
    Path random = Files.write(dir.resolve("posting.pdf"), noise);
    Path encrypted =
        Files.write(
            dir.resolve("locked.pdf"), HostileFiles.pdf("Senior TPM\nKafka", "secret", "owner"));

    for (Path posting : List.of(random, encrypted)) {
      BatchCli run = new BatchCli();
      int code =
          run.run(
              "batch",
              in.toString(),
              "--jd",
              posting.toString(),
              "-o",
              csv.toString(),
              "--reports",
              reports.toString());

      assertEquals(ExitCodes.USAGE, code, run.err.toString());
      List<String> lines = run.err.toString().lines().toList();
      assertEquals(1, lines.size(), run.err.toString());
      assertTrue(
          lines.get(0).startsWith("keyfit: " + posting + ": cannot read the job posting ("),
          lines.get(0));
      assertEquals("", run.out.toString());
      assertFalse(Files.exists(csv), "no ranking");
      assertFalse(Files.exists(reports), "no reports folder");
    }
  }

  @Test
  void aMissingPostingIsExitTwo() throws IOException {
    Path in = applicants();
    assertEquals(
        ExitCodes.USAGE,
        cli.run("batch", in.toString(), "--jd", dir.resolve("nope.txt").toString()));
    assertTrue(cli.err.toString().contains("no such job posting file"), cli.err.toString());
  }

  @Test
  void helpDocumentsThatABadPostingIsExitTwo() {
    cli.run("batch", "--help");
    String help = cli.out.toString();
    assertTrue(help.contains("--jd"), help);
    assertTrue(
        help.replaceAll("\\s+", " ").contains("or a --jd posting that cannot be read"), help);
  }
}
