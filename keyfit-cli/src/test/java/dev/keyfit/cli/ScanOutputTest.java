package dev.keyfit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code keyfit scan -o FILE}: the format follows the extension, and write failures exit 4. */
class ScanOutputTest {

  @TempDir Path dir;
  Path resume;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  @BeforeEach
  void resume() throws Exception {
    resume = dir.resolve("resume.txt");
    Files.copy(
        Path.of("keyfit-render-pdf/src/test/resources/golden/tpm-experienced.input.txt"), resume);
  }

  int run(String... args) {
    return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void markdownFromExtension() throws Exception {
    assertEquals(0, run("scan", resume.toString(), "-o", dir.resolve("gap.md").toString()));
    assertTrue(
        Files.readString(dir.resolve("gap.md")).startsWith("# keyfit gap report: resume.txt"));
    assertEquals("", out.toString());
  }

  @Test
  void htmlFromExtension() throws Exception {
    assertEquals(0, run("scan", resume.toString(), "-o", dir.resolve("gap.html").toString()));
    String html = Files.readString(dir.resolve("gap.html"));
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.contains("<svg"));
  }

  @Test
  void pdfFromExtension() throws Exception {
    assertEquals(0, run("scan", resume.toString(), "-o", dir.resolve("gap.pdf").toString()));
    byte[] pdf = Files.readAllBytes(dir.resolve("gap.pdf"));
    assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
    assertEquals("", out.toString(), "nothing printed on stdout");
    assertEquals(
        "keyfit: wrote " + dir.resolve("gap.pdf") + System.lineSeparator(),
        err.toString(),
        "no library logging");
  }

  @Test
  void formatOptionWinsOverExtension() throws Exception {
    assertEquals(
        0,
        run(
            "scan",
            resume.toString(),
            "--format",
            "json",
            "-o",
            dir.resolve("gap.txt").toString()));
    assertTrue(Files.readString(dir.resolve("gap.txt")).startsWith("{"));
  }

  @Test
  void formatAcceptsTheExtensionAsAName() throws Exception {
    assertEquals(
        0,
        run("scan", resume.toString(), "--format", "md", "-o", dir.resolve("gap.out").toString()));
    assertTrue(Files.readString(dir.resolve("gap.out")).startsWith("# keyfit gap report"));
  }

  @Test
  void unknownFormatIsAUsageError() {
    assertEquals(ExitCodes.USAGE, run("scan", resume.toString(), "--format", "docx"));
    assertTrue(
        err.toString().contains("expected text, json, markdown, html or pdf"), err.toString());
  }

  @Test
  void noColorOnStdoutWhenNotATerminal() {
    assertEquals(0, run("scan", resume.toString()));
    assertFalse(out.toString().contains("\u001b"));
    assertTrue(out.toString().contains("Technical Project Manager"));
  }

  @Test
  void directoryOutputExitsFourWithOneLine() {
    assertEquals(ExitCodes.OUTPUT, run("scan", resume.toString(), "-o", dir.toString()));
    assertOneLine("is a directory");
  }

  @Test
  void overwritingTheInputExitsFourAndKeepsIt() throws Exception {
    String before = Files.readString(resume);
    assertEquals(
        ExitCodes.OUTPUT,
        run("scan", resume.toString(), "--format", "markdown", "-o", resume.toString()));
    assertOneLine("is one of the inputs");
    assertEquals(before, Files.readString(resume));
  }

  @Test
  void missingFolderExitsFour() {
    assertEquals(
        ExitCodes.OUTPUT,
        run("scan", resume.toString(), "-o", dir.resolve("nope/gap.html").toString()));
    assertOneLine("does not exist");
  }

  private void assertOneLine(String fragment) {
    String text = err.toString();
    assertEquals(1, text.lines().count(), text);
    assertTrue(text.startsWith("keyfit: cannot write "), text);
    assertTrue(text.contains(fragment), text);
  }
}
