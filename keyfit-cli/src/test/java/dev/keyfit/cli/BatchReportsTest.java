package dev.keyfit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyfit.testing.HostileFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code keyfit batch --reports DIR --report-format ...}: one safe, unique report per resume and
 * format.
 */
class BatchReportsTest {

  @TempDir Path dir;
  final BatchCli cli = new BatchCli();

  private Path sameNamedResumes() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (String sub : List.of("a", "b")) {
      Files.createDirectories(in.resolve(sub));
      Files.writeString(
          in.resolve(sub).resolve("cv.txt"),
          HostileFiles.RESUME + (sub.equals("b") ? "- Ran a PMO\n" : ""));
    }
    Files.write(in.resolve("a").resolve("broken.docx"), new byte[0]); // EMPTY: no report
    return in;
  }

  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> all = Files.list(folder)) {
      return all.sorted().toList();
    }
  }

  @Test
  void bothSameNamedResumesGetTheirOwnReportInEveryFormat() throws IOException {
    Path in = sameNamedResumes();
    Path reports = dir.resolve("reports");

    int code =
        cli.run(
            "batch",
            in.toString(),
            "--reports",
            reports.toString(),
            "--report-format",
            "html,md,json,pdf,text",
            "-q");

    assertEquals(ExitCodes.INPUT, code, cli.err.toString()); // broken.docx
    Map<String, List<String>> byExtension =
        files(reports).stream()
            .map(p -> p.getFileName().toString())
            .collect(Collectors.groupingBy(n -> n.substring(n.lastIndexOf('.') + 1)));
    assertEquals(
        Map.of("html", 2, "md", 2, "json", 2, "pdf", 2, "txt", 2),
        byExtension.entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().size())),
        byExtension.toString());
    for (List<String> names : byExtension.values()) {
      assertTrue(
          names.get(0).startsWith("a_cv.txt-") && names.get(1).startsWith("b_cv.txt-"),
          names.toString());
      assertTrue(
          names.stream().allMatch(n -> n.matches("[ab]_cv\\.txt-[0-9a-f]{8}\\.[a-z]+")),
          names.toString());
    }
    for (Path report : files(reports)) {
      byte[] bytes = Files.readAllBytes(report);
      String name = report.getFileName().toString();
      String text = new String(bytes, StandardCharsets.UTF_8);
      if (name.endsWith(".pdf")) {
        assertTrue(text.startsWith("%PDF-"), name);
      } else if (name.endsWith(".html")) {
        assertTrue(
            text.startsWith("<!DOCTYPE html>") && text.contains("Content-Security-Policy"), name);
      } else if (name.endsWith(".json")) {
        assertEquals(
            "cv.txt", new ObjectMapper().readTree(bytes).get("source").get("file").asText(), name);
      } else {
        assertTrue(text.contains("TPM") || text.contains("Technical"), name);
      }
    }
    // the two resumes differ, so their reports do too: neither overwrote the other
    List<Path> json = files(reports).stream().filter(p -> p.toString().endsWith(".json")).toList();
    assertTrue(
        !Files.readString(json.get(0)).equals(Files.readString(json.get(1))),
        "two different reports");
  }

  @Test
  void reportsAreWrittenAtomicallyAndRerunsReplaceThem() throws IOException {
    Path in = sameNamedResumes();
    Path reports = dir.resolve("reports");
    cli.run("batch", in.toString(), "--reports", reports.toString(), "--report-format", "md", "-q");
    List<Path> first = files(reports);

    cli.run("batch", in.toString(), "--reports", reports.toString(), "--report-format", "md", "-q");

    assertEquals(first, files(reports), "same names, replaced in place");
    try (Stream<Path> all = Files.walk(dir)) {
      assertEquals(
          List.of(), all.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
    }
  }

  @Test
  void csvIsARankingFormatNotAReportFormat() throws IOException {
    Path in = sameNamedResumes();
    assertEquals(
        ExitCodes.USAGE,
        cli.run(
            "batch",
            in.toString(),
            "--reports",
            dir.resolve("r").toString(),
            "--report-format",
            "csv"));
    assertTrue(
        cli.err.toString().contains("--report-format csv is not a report format"),
        cli.err.toString());
    assertEquals(ExitCodes.USAGE, cli.run("batch", in.toString(), "--report-format", "docx"));
  }
}
