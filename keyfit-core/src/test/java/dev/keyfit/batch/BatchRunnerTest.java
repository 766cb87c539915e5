package dev.keyfit.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.AnalysisOptions;
import dev.keyfit.Keyfit;
import dev.keyfit.extract.ExtractionException;
import dev.keyfit.extract.Failure;
import dev.keyfit.report.Report;
import dev.keyfit.testing.HostileFiles;
import dev.keyfit.testing.TestKeyfit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class BatchRunnerTest {

  @TempDir Path dir;

  /** Spinners ignore interrupts (as a runaway parser does) until the test releases them. */
  private static volatile boolean release;

  @AfterEach
  void releaseSpinners() {
    release = true;
  }

  private static Report spin() {
    release = false;
    while (!release) {
      Thread.onSpinWait();
    }
    throw new IllegalStateException("released");
  }

  private List<Path> files(String... names) throws IOException {
    List<Path> rel = new ArrayList<>();
    for (String n : names) {
      Files.writeString(dir.resolve(n), HOSTILE_TEXT);
      rel.add(Path.of(n));
    }
    return rel;
  }

  private static final String HOSTILE_TEXT = "Jane Doe\nProject Manager\n- Managed a budget\n";

  private static BatchRunner.Settings settings(int jobs, int maxStuck) {
    return new BatchRunner.Settings(jobs, Duration.ofSeconds(1), maxStuck, 1 << 20, false);
  }

  @Test
  void spinningParserTimesOutAndTheNextFileIsStillProcessed() throws IOException {
    Keyfit keyfit = TestKeyfit.standard();
    List<Path> files = files("a-spin.txt", "b.txt");
    BatchRunner runner =
        new BatchRunner(
            f ->
                f.getFileName().toString().contains("spin")
                    ? spin()
                    : keyfit.analyze(f, AnalysisOptions.defaults()),
            settings(1, 2));

    BatchRunner.Result result = runner.run(dir, files, o -> {});

    FileOutcome.Failed timeout =
        assertInstanceOf(FileOutcome.Failed.class, result.outcomes().get(0));
    assertEquals(FileOutcome.Status.TIMEOUT, timeout.status());
    assertInstanceOf(FileOutcome.Analyzed.class, result.outcomes().get(1));
    assertEquals(1, result.stuck());
    assertEquals(BatchRunner.Stop.NONE, result.stop());
  }

  @Test
  void errorsFromParsersBecomeStatusesAndTheBatchGoesOn() throws IOException {
    List<Path> files =
        files("oom.txt", "overflow.txt", "linkage.txt", "npe.txt", "encrypted.txt", "ok.txt");
    Keyfit keyfit = TestKeyfit.standard();
    BatchRunner runner =
        new BatchRunner(
            f ->
                switch (f.getFileName().toString()) {
                  case "oom.txt" -> throw new OutOfMemoryError("fake");
                  case "overflow.txt" -> throw new StackOverflowError();
                  case "linkage.txt" ->
                      throw new NoClassDefFoundError("com/github/luben/zstd/ZstdInputStream");
                  case "npe.txt" -> throw new NullPointerException();
                  case "encrypted.txt" -> throw new ExtractionException(Failure.ENCRYPTED, null);
                  default -> keyfit.analyze(f, AnalysisOptions.defaults());
                },
            settings(2, 2));

    List<FileOutcome> outcomes = runner.run(dir, files, o -> {}).outcomes();

    assertEquals(
        List.of("OUT_OF_MEMORY", "CORRUPT", "UNSUPPORTED", "CORRUPT", "ENCRYPTED"),
        outcomes.subList(0, 5).stream()
            .map(o -> String.valueOf(((FileOutcome.Failed) o).status()))
            .toList());
    assertInstanceOf(FileOutcome.Analyzed.class, outcomes.get(5));
  }

  @Test
  void tooManyStuckParsersStopNewWorkAndMarkTheRestNotProcessed() throws IOException {
    List<Path> files = files("1-spin.txt", "2-spin.txt", "3-spin.txt", "4.txt", "5.txt");
    BatchRunner runner =
        new BatchRunner(
            f ->
                f.getFileName().toString().contains("spin")
                    ? spin()
                    : TestKeyfit.standard().analyze(f, AnalysisOptions.defaults()),
            settings(1, 2));

    BatchRunner.Result result = runner.run(dir, files, o -> {});

    assertEquals(BatchRunner.Stop.STUCK, result.stop());
    assertEquals(2, result.stuck());
    assertEquals(
        List.of("TIMEOUT", "TIMEOUT", "NOT_PROCESSED", "NOT_PROCESSED", "NOT_PROCESSED"),
        result.outcomes().stream()
            .map(o -> String.valueOf(((FileOutcome.Failed) o).status()))
            .toList());
  }

  @Test
  void oversizedAndEmptyFilesAreRefusedUnopened() throws IOException {
    Files.write(dir.resolve("big.txt"), new byte[2 << 20]);
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    BatchRunner runner =
        new BatchRunner(
            f -> {
              throw new AssertionError("must not be opened: " + f);
            },
            settings(1, 2));

    List<FileOutcome> outcomes =
        runner.run(dir, List.of(Path.of("big.txt"), Path.of("empty.txt")), o -> {}).outcomes();

    assertEquals(FileOutcome.Status.TOO_LARGE, ((FileOutcome.Failed) outcomes.get(0)).status());
    assertEquals(FileOutcome.Status.EMPTY, ((FileOutcome.Failed) outcomes.get(1)).status());
  }

  @Test
  void outcomesComeBackInInputOrderWhateverTheTiming() throws IOException {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      files.addAll(files(String.format("f%02d.txt", i)));
    }
    Random random = new Random(1);
    List<Integer> delays = Stream.generate(() -> random.nextInt(20)).limit(20).toList();
    BatchRunner runner =
        new BatchRunner(
            f -> {
              int i = Integer.parseInt(f.getFileName().toString().substring(1, 3));
              try {
                Thread.sleep(delays.get(i));
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              throw new ExtractionException(Failure.CORRUPT, "file " + i);
            },
            settings(4, 2));

    List<FileOutcome> outcomes = runner.run(dir, files, o -> {}).outcomes();

    assertEquals(files, outcomes.stream().map(FileOutcome::relative).toList());
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void fileHandlesDoNotLeakOver300FailingPdfAndDocxFiles() throws IOException {
    // real failing documents through the real extractors: PDFBox and POI open each one
    byte[] pdf = HostileFiles.pdf(HostileFiles.RESUME, null, null);
    byte[] docx = HostileFiles.docx(HostileFiles.RESUME);
    Map<String, byte[]> kinds = new LinkedHashMap<>();
    kinds.put("user-password.pdf", HostileFiles.pdf(HostileFiles.RESUME, "secret", "owner"));
    kinds.put("scanned.pdf", HostileFiles.imageOnlyPdf());
    kinds.put("encrypted.docx", HostileFiles.encryptedDocx());
    kinds.put("xxe.docx", HostileFiles.xxeDocx());
    kinds.put("zip-bomb.docx", HostileFiles.zipBomb());
    Map<String, String> expected =
        Map.of(
            "truncated.pdf",
            "CORRUPT",
            "user-password.pdf",
            "ENCRYPTED",
            "scanned.pdf",
            "NEEDS_OCR",
            "truncated.docx",
            "CORRUPT",
            "encrypted.docx",
            "ENCRYPTED",
            "xxe.docx",
            "CORRUPT",
            "zip-bomb.docx",
            "TOO_LARGE");
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      String kind =
          List.copyOf(expected.keySet()).stream().sorted().toList().get(i % expected.size());
      byte[] bytes =
          switch (kind) {
            case "truncated.pdf" -> Arrays.copyOf(pdf, pdf.length * (30 + i % 25) / 100);
            case "truncated.docx" ->
                Arrays.copyOf(docx, docx.length * (5 + i % 56) / 100); // cut inside document.xml
            default -> kinds.get(kind);
          };
      Path rel = Path.of(String.format("%03d-%s", i, kind));
      Files.write(dir.resolve(rel), bytes);
      files.add(rel);
    }
    Keyfit keyfit = TestKeyfit.standard();
    BatchRunner runner =
        new BatchRunner(
            f -> keyfit.analyze(f, AnalysisOptions.defaults()),
            new BatchRunner.Settings(2, Duration.ofSeconds(60), 2, 20 << 20, false));
    runner.run(dir, files.subList(0, 14), o -> {}); // warm up: class loading opens jars once
    long before = openFiles();

    List<FileOutcome> outcomes = runner.run(dir, files, o -> {}).outcomes();

    for (FileOutcome o : outcomes) {
      String kind = o.relative().toString().substring(4);
      FileOutcome.Failed failed = assertInstanceOf(FileOutcome.Failed.class, o, o.source());
      assertEquals(expected.get(kind), failed.status().name(), o.source() + ": " + failed.reason());
    }
    long after = openFiles();
    assertTrue(after <= before + 5, "open files grew from " + before + " to " + after);
  }

  private static long openFiles() throws IOException {
    try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
      return fds.count();
    }
  }
}
