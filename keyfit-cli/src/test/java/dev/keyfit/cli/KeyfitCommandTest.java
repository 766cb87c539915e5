package dev.keyfit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyfitCommandTest {

  @TempDir Path dir;

  @Test
  void helpListsTheCommandsAndExitCodes() {
    CliRunner r = CliRunner.run("--help");
    assertEquals(0, r.exitCode());
    assertTrue(r.out().contains("scan"), r.out());
    assertTrue(r.out().contains("keywords"), r.out());
    assertTrue(r.out().contains("Exit codes"), r.out());
  }

  @Test
  void aCommandLineStartingWithASubcommandBuildsOnlyThatOne() {
    java.io.PrintWriter sink = new java.io.PrintWriter(java.io.Writer.nullWriter());
    picocli.CommandLine scan =
        Main.commandLine(
            sink, sink, picocli.CommandLine.defaultFactory(), new String[] {"scan", "cv.pdf"});
    assertEquals(java.util.List.of("scan"), java.util.List.copyOf(scan.getSubcommands().keySet()));
    java.util.List<String> all =
        java.util.List.of("scan", "batch", "serve", "keywords", "generate-completion");
    for (String[] args :
        new String[][] {{}, {"--help"}, {"scna", "cv.pdf"}, {"generate-completion"}}) {
      picocli.CommandLine cli =
          Main.commandLine(sink, sink, picocli.CommandLine.defaultFactory(), args);
      assertEquals(
          all, java.util.List.copyOf(cli.getSubcommands().keySet()), String.join(" ", args));
    }
  }

  @Test
  void aMistypedCommandIsAUsageErrorNamingIt() {
    CliRunner r = CliRunner.run("scna", "cv.pdf");
    assertEquals(ExitCodes.USAGE, r.exitCode(), r.err());
    assertTrue(r.err().contains("'scna'") && r.err().contains("keyfit --help"), r.err());
  }

  @Test
  void versionNamesTheTool() {
    CliRunner r = CliRunner.run("--version");
    assertEquals(0, r.exitCode());
    assertTrue(r.out().startsWith("keyfit "), r.out());
  }

  @Test
  void everyCommandHasHelp() {
    for (String[] cmd :
        new String[][] {
          {"scan", "--help"}, {"keywords", "--help"}, {"keywords", "list", "--help"}
        }) {
      CliRunner r = CliRunner.run(cmd);
      assertEquals(0, r.exitCode(), String.join(" ", cmd));
      assertTrue(r.out().startsWith("Usage:"), r.out());
    }
  }

  @Test
  void keywordsListFiltersByCategoryAndRole() {
    CliRunner r = CliRunner.run("keywords", "list", "--category", "certifications");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(
        r.out()
            .lines()
            .filter(l -> !l.endsWith(" terms"))
            .allMatch(l -> l.contains(" certifications ")),
        r.out());
  }

  @Test
  void keywordsShowPrintsOneTerm() {
    CliRunner r = CliRunner.run("keywords", "show", "jenkins");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("statements:"), r.out());
    assertTrue(r.out().contains("Write only what you really did"), r.out());
    assertTrue(r.out().contains("guard:"), r.out());
  }

  @Test
  void keywordsShowNamesTheWordsThatVetoEveryForm() {
    CliRunner r = CliRunner.run("keywords", "show", "canva");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("not written:  [canvas] (every form)"), r.out());
  }

  @Test
  void keywordsShowOfAnUnknownIdIsAUsageError() {
    CliRunner r = CliRunner.run("keywords", "show", "no-such-term");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("no term with id 'no-such-term'"), r.err());
  }

  @Test
  void theBuiltInDictionaryValidates() {
    CliRunner r = CliRunner.run("keywords", "validate");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("ok: "), r.out());
  }

  @Test
  void validateReportsEveryProblemAndExitsTwo() throws IOException {
    Path terms = Files.createDirectories(dir.resolve("terms"));
    Files.writeString(
        terms.resolve("mine.yaml"),
        """
        category: tools
        terms:
          - {id: my-tool, name: Jira, weight: {pm: 1, tpm: 1}, statements: [x]}
          - {id: Bad_Id, name: Thing, weight: {pm: 1, tpm: 1}, statements: [x]}
          - {id: no-statement, name: Gizmo, weight: {pm: 1, tpm: 1}}
        """);
    CliRunner r = CliRunner.run("keywords", "validate", dir.toString());
    assertEquals(2, r.exitCode());
    assertTrue(
        r.err().contains("alias 'Jira' is claimed by two terms") || r.err().contains("'jira'"),
        r.err());
    assertTrue(r.err().contains("Bad_Id"), r.err());
    assertTrue(r.err().contains("'no-statement' needs at least one statement"), r.err());
    assertTrue(r.err().contains("3 problems found"), r.err());
  }
}
