package dev.keyfit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.testing.HostileFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code keyfit batch --isolate}: real worker JVMs, with the worker's test hook for hangs and
 * crashes.
 */
class BatchIsolateTest {

  @TempDir Path dir;

  @BeforeAll
  static void enableTheWorkersTestHook() {
    System.setProperty("keyfit.worker.test", "true"); // only ExtractionWorker reads it
  }

  @Test
  void isolatedWorkersRankLikeInProcessAndSurviveHangsAndCrashes() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(Path.of("samples", "tpm-resume.pdf"), in.resolve("tpm-resume.pdf"));
    Files.copy(Path.of("samples", "pm-resume.docx"), in.resolve("pm-resume.docx"));
    HostileFiles.writeAll(in);
    Path inProcess = dir.resolve("in-process.csv");
    assertEquals(
        ExitCodes.INPUT,
        new BatchCli().run("batch", in.toString(), "-o", inProcess.toString(), "-q"));
    // in a worker these hang and crash; in-process the hook does not exist and they are plain text
    Files.writeString(in.resolve("a-spin-forever.txt"), "x");
    Files.writeString(in.resolve("b-crash-now.txt"), "x");
    Path isolated = dir.resolve("isolated.csv");
    BatchCli cli = new BatchCli();

    int code =
        cli.run(
            "batch",
            in.toString(),
            "--isolate",
            "--jobs",
            "2",
            "--timeout",
            "30",
            "--max-stuck",
            "1",
            "-o",
            isolated.toString(),
            "-q");

    assertEquals(
        ExitCodes.INPUT, code, "a killed worker is a TIMEOUT row, not a stuck thread:\n" + cli.err);
    Map<String, CSVRecord> rows = BatchCli.rows(isolated);
    assertEquals("TIMEOUT", rows.get("a-spin-forever.txt").get("status"));
    assertEquals("CORRUPT", rows.get("b-crash-now.txt").get("status"));
    assertTrue(rows.get("b-crash-now.txt").get("reason").contains("crashed its worker process"));
    Map<String, List<String>> expected = table(BatchCli.rows(inProcess));
    Map<String, List<String>> actual = table(rows);
    actual.keySet().removeAll(List.of("a-spin-forever.txt", "b-crash-now.txt"));
    assertEquals(expected, actual, "same statuses, scores and reasons as in-process");
    List<String> lines = cli.err.toString().lines().toList();
    assertTrue(
        lines.contains(
            "keyfit: a-spin-forever.txt: TIMEOUT: gave up after 30 s; the worker process was killed; "
                + "check the file, or raise --timeout"),
        cli.err.toString());
  }

  @Test
  void aFileThatStallsAfterExtractionIsKilledWithItsWorkerAndTheBatchGoesOn() throws IOException {
    Path in = Files.createDirectories(dir.resolve("late"));
    Files.copy(Path.of("samples", "tpm-resume.pdf"), in.resolve("tpm-resume.pdf"));
    Files.copy(Path.of("samples", "pm-resume.docx"), in.resolve("pm-resume.docx"));
    // natural: one unpunctuated sentence of a million characters (the text cap), read in
    // milliseconds and then seconds of tagging and matching (about 10 s of CPU here)
    Files.writeString(in.resolve("long-sentence.txt"), oneSentence(1_000_000));
    // the test hook, for certainty: extraction succeeds, then the worker spins ignoring interrupts
    Files.writeString(in.resolve("spin-forever-after-extraction.txt"), HostileFiles.RESUME);
    Path out = dir.resolve("late.csv");
    Path reports = dir.resolve("reports");
    BatchCli cli = new BatchCli();
    long start = System.nanoTime();

    int code =
        cli.run(
            "batch",
            in.toString(),
            "--isolate",
            "--jobs",
            "2",
            "--timeout",
            "20",
            "--max-stuck",
            "1",
            "--reports",
            reports.toString(),
            "-o",
            out.toString(),
            "-q");

    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    assertEquals(ExitCodes.INPUT, code, cli.err.toString());
    Map<String, CSVRecord> rows = BatchCli.rows(out);
    assertEquals(4, rows.size(), "one row per file: " + rows.keySet());
    String killed = "gave up after 20 s; the worker process was killed";
    assertEquals("TIMEOUT", rows.get("spin-forever-after-extraction.txt").get("status"));
    assertEquals(
        killed,
        rows.get("spin-forever-after-extraction.txt").get("reason"),
        "stopped in its worker at --timeout, not by the parent's backup guard");
    CSVRecord slow = rows.get("long-sentence.txt");
    assertTrue(
        "OK".equals(slow.get("status")) || killed.equals(slow.get("reason")),
        "the long sentence is analyzed within 20 s or killed with its worker: " + slow);
    assertEquals("OK", rows.get("tpm-resume.pdf").get("status"));
    assertEquals("OK", rows.get("pm-resume.docx").get("status"));
    long analyzed = rows.values().stream().filter(r -> "OK".equals(r.get("status"))).count();
    try (var written = Files.list(reports)) {
      assertEquals(
          analyzed, written.count(), "the analyzed files' reports, rendered in their worker");
    }
    assertTrue(seconds < 300, "the batch took " + seconds + " s");
  }

  /** One sentence of about {@code chars} characters, no punctuation. */
  static String oneSentence(int chars) {
    String[] words = {
      "managed",
      "agile",
      "stakeholders",
      "roadmap",
      "budget",
      "program",
      "risk",
      "the",
      "and",
      "kafka",
      "delivery",
      "teams"
    };
    StringBuilder b = new StringBuilder(chars + 16);
    for (int i = 0; b.length() < chars; i++) {
      b.append(words[(i * 7 + i / 5) % words.length]).append(' ');
    }
    return b.toString();
  }

  private static Map<String, List<String>> table(Map<String, CSVRecord> rows) {
    Map<String, List<String>> t = new LinkedHashMap<>();
    rows.forEach(
        (file, r) ->
            t.put(
                file,
                List.of(r.get("status"), r.get("score"), r.get("best_fit"), r.get("reason"))));
    return t;
  }
}
