package dev.keyfit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.testing.HostileFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outputs and option values are checked before the batch starts, and no input is ever overwritten.
 */
class BatchOutputCheckTest {

  @TempDir Path dir;

  private Path folder() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("alice.md"), HostileFiles.RESUME);
    Files.writeString(in.resolve("bob.txt"), HostileFiles.RESUME);
    return in;
  }

  @Test
  void aRankingNamedLikeAResumeOfTheFolderIsRefusedAndTheResumeKept() throws IOException {
    Path in = folder();
    CliRunner r = CliRunner.run("batch", in.toString(), "-o", in.resolve("alice.md").toString());
    assertEquals(ExitCodes.USAGE, r.exitCode(), r.err());
    assertTrue(r.err().contains("is one of the inputs"), r.err());
    assertEquals(HostileFiles.RESUME, Files.readString(in.resolve("alice.md")));
  }

  @Test
  void anEarlierMarkdownRankingInTheFolderMayBeReplaced() throws IOException {
    Path in = folder();
    Path ranking = in.resolve("ranking.md");
    assertEquals(
        0, CliRunner.run("batch", in.toString(), "-o", ranking.toString(), "-q").exitCode());
    CliRunner again = CliRunner.run("batch", in.toString(), "-o", ranking.toString(), "-q");
    assertEquals(0, again.exitCode(), again.err());
    assertTrue(Files.readString(ranking).contains("2 analyzed"), Files.readString(ranking));
  }

  @Test
  void aMissingOutputFolderIsFoundBeforeTheBatchRuns() throws IOException {
    Path in = folder();
    CliRunner r =
        CliRunner.run("batch", in.toString(), "-o", dir.resolve("nowhere/ranking.csv").toString());
    assertEquals(ExitCodes.OUTPUT, r.exitCode(), r.err());
    assertTrue(r.err().contains("does not exist") && !r.err().contains("analyzed"), r.err());
  }

  @Test
  void aBadGlobIsAUsageError() throws IOException {
    CliRunner r = CliRunner.run("batch", folder().toString(), "--include", "*.{pdf");
    assertEquals(ExitCodes.USAGE, r.exitCode(), r.err());
    assertTrue(r.err().contains("not a valid glob"), r.err());
  }

  @Test
  void reportsIntoAUsedFolderSaySo() throws IOException {
    Path reports = Files.createDirectories(dir.resolve("reports"));
    Files.writeString(reports.resolve("old.html"), "x");
    CliRunner r = CliRunner.run("batch", folder().toString(), "--reports", reports.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.err().contains("already holds 1 files"), r.err());
  }
}
