package dev.keyfit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanCommandTest {

  @TempDir Path dir;

  private Path resume() throws IOException {
    return Files.writeString(
        dir.resolve("resume.txt"),
        """
        Jane Doe
        jane@example.com | 555-123-4567 | linkedin.com/in/janedoe
        SUMMARY
        Technical Project Manager leading cloud programs.
        EXPERIENCE
        • Led migration of 40 services to Kubernetes on AWS, cutting cost by 30%
        • Built CI/CD pipelines with Jenkins for 12 teams
        • Responsible for stakeholder management
        SKILLS
        Agile, Scrum, Jira, Confluence
        EDUCATION
        BSc Computer Science
        """);
  }

  @Test
  void scanPrintsScoresAndExitsZero() throws IOException {
    CliRunner r = CliRunner.run("scan", resume().toString(), "--no-color");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("Technical Project Manager"), r.out());
    assertTrue(r.out().contains("Best fit:"), r.out());
    assertFalse(r.out().contains("\u001b["), "no colour when not a terminal");
    assertEquals("", r.err());
  }

  @Test
  void jsonOutputFollowsTheContract() throws IOException {
    CliRunner r = CliRunner.run("scan", resume().toString(), "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals(1, json.get("schemaVersion").asInt());
    assertEquals("resume.txt", json.at("/source/file").asText());
    assertEquals(2, json.get("roles").size());
    assertTrue(json.get("matches").size() > 3);
    assertTrue(json.at("/matches/0/evidence/0/line").asInt() > 0);
  }

  @Test
  void sameInputGivesByteIdenticalJson() throws IOException {
    Path resume = resume();
    String first = CliRunner.run("scan", resume.toString(), "--format", "json").out();
    String second = CliRunner.run("scan", resume.toString(), "--format", "json").out();
    assertEquals(first, second);
  }

  @Test
  void roleOptionScoresOneRole() throws IOException {
    CliRunner r = CliRunner.run("scan", resume().toString(), "--role", "tpm", "--format", "json");
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals(1, json.get("roles").size());
    assertEquals("tpm", json.at("/roles/0/role").asText());
  }

  @Test
  void aMissingFileIsAUsageError() {
    CliRunner r = CliRunner.run("scan", dir.resolve("nope.pdf").toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().startsWith("keyfit: "), r.err());
    assertTrue(r.err().contains("nope.pdf: no such file"), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
  }

  @Test
  void anEmptyFileCannotBeAnalyzed() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.pdf"), "");
    CliRunner r = CliRunner.run("scan", empty.toString());
    assertEquals(3, r.exitCode(), r.err());
    assertTrue(r.err().contains("empty.pdf"), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void anUnknownOptionIsAUsageError() throws IOException {
    CliRunner r = CliRunner.run("scan", resume().toString(), "--bogus");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("Unknown option"), r.err());
  }

  @Test
  void minScoreGateSetsExitOne() throws IOException {
    CliRunner r = CliRunner.run("scan", resume().toString(), "--min-score", "101", "-q");
    assertEquals(1, r.exitCode());
    assertTrue(r.err().contains("below --min-score 101"), r.err());
  }

  @Test
  void anInvalidKeywordsFolderIsAConfigurationError() throws IOException {
    Path bad = Files.createDirectories(dir.resolve("kw/terms"));
    Files.writeString(bad.resolve("x.yaml"), "category: gadgets\nterms: []\n");
    CliRunner r =
        CliRunner.run("scan", resume().toString(), "--keywords", dir.resolve("kw").toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("unknown category 'gadgets'"), r.err());
  }

  @Test
  void anInvalidKeywordsFolderIsReportedBeforeAnUnreadableResume() throws IOException {
    // the resume is read while the dictionary is built: the configuration error still comes first
    Path bad = Files.createDirectories(dir.resolve("kw/terms"));
    Files.writeString(bad.resolve("x.yaml"), "category: gadgets\nterms: []\n");
    Path broken = Files.write(dir.resolve("broken.pdf"), "%PDF-1.7 not really".getBytes());
    CliRunner r =
        CliRunner.run("scan", broken.toString(), "--keywords", dir.resolve("kw").toString());
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(r.err().contains("unknown category 'gadgets'"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }

  @Test
  void anUnreadableResumeIsAnInputError() throws IOException {
    Path broken = Files.write(dir.resolve("broken.pdf"), "%PDF-1.7 not really".getBytes());
    CliRunner r = CliRunner.run("scan", broken.toString());
    assertEquals(ExitCodes.INPUT, r.exitCode(), r.err());
    assertTrue(r.err().contains("broken.pdf"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }

  @Test
  void aPdfReportNeedsAnOutputFile() throws IOException {
    CliRunner r = CliRunner.run("scan", resume().toString(), "--format", "pdf");
    assertEquals(2, r.exitCode());
  }

  @Test
  void outputIsWrittenToTheFileGiven() throws IOException {
    Path out = dir.resolve("report.json");
    CliRunner r = CliRunner.run("scan", resume().toString(), "-o", out.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(Files.readString(out).contains("\"schemaVersion\" : 1"));
    assertEquals("", r.out());
  }

  @Test
  void anOutputPathThatIsAFolderFailsWithExitFour() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("out.json"));
    CliRunner r = CliRunner.run("scan", resume().toString(), "-o", folder.toString());
    assertEquals(4, r.exitCode());
    assertTrue(r.err().contains("is a directory"), r.err());
  }

  @Test
  void theInputIsNeverOverwritten() throws IOException {
    Path resume = resume();
    String before = Files.readString(resume);
    CliRunner r =
        CliRunner.run("scan", resume.toString(), "-o", resume.toString(), "--format", "json");
    assertEquals(4, r.exitCode());
    assertEquals(before, Files.readString(resume));
  }
}
