package dev.keyfit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.Keyfit;
import dev.keyfit.extract.DocumentFormat;
import dev.keyfit.extract.DocumentSource;
import dev.keyfit.extract.ExtractedDocument;
import dev.keyfit.extract.Extractor;
import dev.keyfit.extract.LayoutSignals;
import dev.keyfit.testing.HostileFiles;
import dev.keyfit.testing.TestKeyfit;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BatchCommandTest {

  @TempDir Path dir;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  private static volatile boolean release;

  @AfterEach
  void releaseSpinners() {
    release = true;
  }

  private int run(Keyfit keyfit, String... args) {
    CommandLine.IFactory factory =
        new CommandLine.IFactory() {
          @Override
          public <K> K create(Class<K> cls) throws Exception {
            return cls == BatchCommand.class
                ? cls.cast(new BatchCommand(keyfit))
                : CommandLine.defaultFactory().create(cls);
          }
        };
    return Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), factory)
        .execute(args);
  }

  private int run(String... args) {
    return run(TestKeyfit.standard(), args);
  }

  private Path resumes(int n) throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (int i = 0; i < n; i++) {
      Files.writeString(
          in.resolve("r" + i + ".txt"),
          HostileFiles.RESUME.repeat(1 + i % 3)
              + (i % 2 == 0
                  ? "- Ran Kanban boards and a PMO\n"
                  : "- Built dashboards in Tableau\n"));
    }
    return in;
  }

  private static Map<String, String> statuses(Path csv) throws IOException {
    try (var parser =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(Files.readString(csv)))) {
      return parser.getRecords().stream()
          .collect(Collectors.toMap(r -> r.get("file"), r -> r.get("status")));
    }
  }

  /** What each hostile file must become, through the real extractors. */
  static final Map<String, String> HOSTILE_STATUS =
      Map.ofEntries(
          Map.entry("truncated.pdf", "CORRUPT"),
          Map.entry("user-password.pdf", "ENCRYPTED"),
          Map.entry("owner-password.pdf", "OK"),
          Map.entry("encrypted.docx", "ENCRYPTED"),
          Map.entry("zip-bomb.docx", "TOO_LARGE"),
          Map.entry("xxe.docx", "CORRUPT"),
          Map.entry("zero-byte.pdf", "EMPTY"),
          Map.entry(
              "random.docx",
              "UNSUPPORTED"), // no known magic bytes: not a damaged DOCX, not a document
          Map.entry("random.pdf", "UNSUPPORTED"),
          Map.entry("docx-named.pdf", "OK"),
          Map.entry("scanned.pdf", "NEEDS_OCR"));

  @Test
  void hostileFilesBecomeErrorRowsAndTheBatchGoesOn() throws IOException {
    Path in = resumes(2);
    Map<String, String> hostile = HostileFiles.writeAll(in);
    assertEquals(
        HOSTILE_STATUS.keySet(), hostile.keySet(), "every hostile file has its expected status");
    Path csv = dir.resolve("ranking.csv");
    Path json = dir.resolve("ranking.json");

    int code = run("batch", in.toString(), "-o", csv.toString(), "-q");
    run("batch", in.toString(), "-o", json.toString(), "-q");

    assertEquals(ExitCodes.INPUT, code, err.toString());
    Map<String, String> status = statuses(csv);
    assertEquals(hostile.size() + 2, status.size(), "one row per file");
    assertEquals("OK", status.get("r0.txt"));
    assertEquals("OK", status.get("r1.txt"));
    HOSTILE_STATUS.forEach((name, expected) -> assertEquals(expected, status.get(name), name));
    // exactly one sanitised stderr line per failing file, in the documented form, per run
    List<String> lines = err.toString().lines().toList();
    for (Map.Entry<String, String> e : HOSTILE_STATUS.entrySet()) {
      String prefix = "keyfit: " + e.getKey() + ": " + e.getValue() + ": ";
      long n =
          lines.stream().filter(l -> l.startsWith(prefix) && l.length() > prefix.length()).count();
      assertEquals(e.getValue().equals("OK") ? 0 : 2, n, e.getKey() + ":\n" + err);
    }
    assertEquals(
        2 * (HOSTILE_STATUS.values().stream().filter(v -> !v.equals("OK")).count()),
        lines.size(),
        "nothing else on stderr with -q:\n" + err);
    assertTrue(
        lines.stream()
            .noneMatch(l -> l.contains("Exception") || l.contains("\tat ") || l.length() > 300),
        "no stack traces or class names:\n" + err);
    assertTrue(
        !err.toString().contains("/etc/passwd") && !err.toString().contains("root:"),
        "XXE never resolved");
    // the DOCX named .pdf was read by content, and the report says so
    String ranking = Files.readString(json);
    assertTrue(
        ranking.contains("\"format\" : \"docx\"") || ranking.contains("\"format\":\"docx\""),
        ranking);
    assertTrue(
        ranking.contains("the file is named .pdf but is a DOCX"), "extension note in the report");
    assertTrue(
        ranking.contains("PDF permissions restrict text extraction"),
        "owner-password note in the report");
  }

  @Test
  void sameNamedFilesInTwoSubfoldersGetTwoHtmlReportsByDefault() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (String sub : List.of("a", "b")) {
      Files.createDirectories(in.resolve(sub));
      Files.writeString(in.resolve(sub).resolve("cv.txt"), HostileFiles.RESUME);
    }
    Path reports = in.resolve("reports"); // inside the input: excluded from the walk

    assertEquals(
        ExitCodes.OK,
        run("batch", in.toString(), "--reports", reports.toString(), "-q"),
        err.toString());
    try (Stream<Path> files = Files.list(reports)) {
      List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
      assertEquals(2, names.size(), names.toString());
      assertTrue(
          names.stream().allMatch(n -> n.matches("[ab]_cv\\.txt-[0-9a-f]{8}\\.html")),
          names.toString());
    }
    assertEquals(
        ExitCodes.OK,
        run("batch", in.toString(), "--reports", reports.toString(), "-q"),
        err.toString());
    assertTrue(
        out.toString().lines().noneMatch(l -> l.contains("reports/")), "reports are never ranked");
  }

  @Test
  void spinningExtractorsHitTheStuckCapAndExitFive() throws IOException {
    Path in = resumes(2);
    for (int i = 1; i <= 3; i++) {
      Files.writeString(in.resolve("0-spin" + i + ".txt"), "x");
    }
    Extractor spinner =
        new Extractor() {
          @Override
          public DocumentFormat format() {
            return DocumentFormat.TEXT;
          }

          @Override
          public ExtractedDocument extract(
              DocumentSource source, dev.keyfit.extract.ExtractionLimits limits) {
            Path file = source.path().orElseThrow();
            String text;
            try {
              text = Files.readString(file);
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
            release = !file.getFileName().toString().contains("spin");
            while (!release) {
              Thread.onSpinWait();
            }
            return new ExtractedDocument(
                file.getFileName().toString(),
                DocumentFormat.TEXT,
                text,
                LayoutSignals.ofText(text));
          }
        };
    Path csv = dir.resolve("r.csv");

    int code =
        run(
            TestKeyfit.with(spinner),
            "batch",
            in.toString(),
            "--jobs",
            "1",
            "--timeout",
            "1",
            "--max-stuck",
            "2",
            "-o",
            csv.toString(),
            "-q");

    assertEquals(ExitCodes.INTERNAL, code, err.toString());
    Map<String, String> status = statuses(csv);
    assertEquals("TIMEOUT", status.get("0-spin1.txt"));
    assertEquals("TIMEOUT", status.get("0-spin2.txt"));
    assertEquals("NOT_PROCESSED", status.get("0-spin3.txt"));
    assertEquals("NOT_PROCESSED", status.get("r0.txt"));
    assertTrue(err.toString().contains("--max-stuck"), err.toString());
  }

  @Test
  void minScoreGateExitsOneAndUsageErrorsExitTwo() throws IOException {
    Path in = resumes(2);
    assertEquals(
        ExitCodes.BELOW_MIN_SCORE, run("batch", in.toString(), "--min-score", "100", "-q"));
    assertEquals(ExitCodes.USAGE, run("batch", dir.resolve("missing").toString()));
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Files.writeString(empty.resolve("photo.png"), "x");
    assertEquals(ExitCodes.USAGE, run("batch", empty.toString()));
    assertTrue(err.toString().contains("no resumes found"), err.toString());
    assertEquals(
        ExitCodes.USAGE, run("batch", in.toString(), "-o", in.resolve("r0.txt").toString()));
    assertEquals(
        ExitCodes.USAGE, run("batch", in.toString(), "-o", dir.resolve("ranking.xyz").toString()));
  }

  @Test
  void unwritableRankingExitsFourAndNoTempFilesRemain() throws IOException {
    Path in = resumes(3);
    Path ranking = dir.resolve("out").resolve("ranking.csv"); // folder does not exist
    assertEquals(ExitCodes.OUTPUT, run("batch", in.toString(), "-o", ranking.toString(), "-q"));

    Path ok = dir.resolve("ranking.html");
    assertEquals(
        ExitCodes.OK,
        run(
            "batch",
            in.toString(),
            "-o",
            ok.toString(),
            "--reports",
            dir.resolve("reports").toString(),
            "-q"));
    try (Stream<Path> all = Files.walk(dir)) {
      assertEquals(
          List.of(), all.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
    }
  }

  @Test
  void withoutOutputPrintsOnlyTheTableOnStdoutAndNoProgressBar() throws IOException {
    Path in = resumes(3);
    assertEquals(ExitCodes.OK, run("batch", in.toString()));
    List<String> lines = out.toString().lines().toList();
    assertEquals(4, lines.size(), out.toString());
    assertTrue(lines.get(0).startsWith("RANK"));
    assertTrue(
        !out.toString().contains("%") && !err.toString().contains("Analyzing"),
        "no progress bar off a TTY");
  }
}
