package dev.keyfit.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.AnalysisOptions;
import dev.keyfit.Keyfit;
import dev.keyfit.extract.ExtractionException;
import dev.keyfit.extract.Failure;
import dev.keyfit.report.Report;
import dev.keyfit.testing.TestKeyfit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
    BatchRunner runner = new BatchRunner(f -> f.getFileName().toString().contains("spin") ? spin()
        : keyfit.analyze(f, AnalysisOptions.defaults()), settings(1, 2));

    BatchRunner.Result result = runner.run(dir, files, o -> {});

    FileOutcome.Failed timeout = assertInstanceOf(FileOutcome.Failed.class, result.outcomes().get(0));
    assertEquals("TIMEOUT", timeout.status());
    assertInstanceOf(FileOutcome.Analyzed.class, result.outcomes().get(1));
    assertEquals(1, result.stuck());
    assertEquals(BatchRunner.Stop.NONE, result.stop());
  }

  @Test
  void errorsFromParsersBecomeStatusesAndTheBatchGoesOn() throws IOException {
    List<Path> files = files("oom.txt", "overflow.txt", "linkage.txt", "npe.txt", "encrypted.txt", "ok.txt");
    Keyfit keyfit = TestKeyfit.standard();
    BatchRunner runner = new BatchRunner(f -> switch (f.getFileName().toString()) {
      case "oom.txt" -> throw new OutOfMemoryError("fake");
      case "overflow.txt" -> throw new StackOverflowError();
      case "linkage.txt" -> throw new NoClassDefFoundError("com/github/luben/zstd/ZstdInputStream");
      case "npe.txt" -> throw new NullPointerException();
      case "encrypted.txt" -> throw new ExtractionException(Failure.ENCRYPTED, null);
      default -> keyfit.analyze(f, AnalysisOptions.defaults());
    }, settings(2, 2));

    List<FileOutcome> outcomes = runner.run(dir, files, o -> {}).outcomes();

    assertEquals(List.of("OUT_OF_MEMORY", "CORRUPT", "UNSUPPORTED", "CORRUPT", "ENCRYPTED"),
        outcomes.subList(0, 5).stream().map(o -> ((FileOutcome.Failed) o).status()).toList());
    assertInstanceOf(FileOutcome.Analyzed.class, outcomes.get(5));
  }

  @Test
  void tooManyStuckParsersStopNewWorkAndMarkTheRestNotProcessed() throws IOException {
    List<Path> files = files("1-spin.txt", "2-spin.txt", "3-spin.txt", "4.txt", "5.txt");
    BatchRunner runner = new BatchRunner(f -> f.getFileName().toString().contains("spin") ? spin()
        : TestKeyfit.standard().analyze(f, AnalysisOptions.defaults()), settings(1, 2));

    BatchRunner.Result result = runner.run(dir, files, o -> {});

    assertEquals(BatchRunner.Stop.STUCK, result.stop());
    assertEquals(2, result.stuck());
    assertEquals(List.of("TIMEOUT", "TIMEOUT", "NOT_PROCESSED", "NOT_PROCESSED", "NOT_PROCESSED"),
        result.outcomes().stream().map(o -> ((FileOutcome.Failed) o).status()).toList());
  }

  @Test
  void oversizedAndEmptyFilesAreRefusedUnopened() throws IOException {
    Files.write(dir.resolve("big.txt"), new byte[2 << 20]);
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    BatchRunner runner = new BatchRunner(f -> {
      throw new AssertionError("must not be opened: " + f);
    }, settings(1, 2));

    List<FileOutcome> outcomes = runner.run(dir, List.of(Path.of("big.txt"), Path.of("empty.txt")), o -> {})
        .outcomes();

    assertEquals("TOO_LARGE", ((FileOutcome.Failed) outcomes.get(0)).status());
    assertEquals("EMPTY", ((FileOutcome.Failed) outcomes.get(1)).status());
  }

  @Test
  void outcomesComeBackInInputOrderWhateverTheTiming() throws IOException {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      files.addAll(files(String.format("f%02d.txt", i)));
    }
    Random random = new Random(1);
    List<Integer> delays = Stream.generate(() -> random.nextInt(20)).limit(20).toList();
    BatchRunner runner = new BatchRunner(f -> {
      int i = Integer.parseInt(f.getFileName().toString().substring(1, 3));
      try {
        Thread.sleep(delays.get(i));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      throw new ExtractionException(Failure.CORRUPT, "file " + i);
    }, settings(4, 2));

    List<FileOutcome> outcomes = runner.run(dir, files, o -> {}).outcomes();

    assertEquals(files, outcomes.stream().map(FileOutcome::relative).toList());
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void fileHandlesDoNotLeakOver300FailingFiles() throws IOException {
    Random random = new Random(7);
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      byte[] bytes = new byte[512];
      random.nextBytes(bytes);
      Path rel = Path.of("bad" + i + (i % 3 == 0 ? ".pdf" : i % 3 == 1 ? ".docx" : ".doc"));
      Files.write(dir.resolve(rel), bytes);
      files.add(rel);
    }
    Keyfit keyfit = TestKeyfit.standard();
    BatchRunner runner = new BatchRunner(f -> keyfit.analyze(f, AnalysisOptions.defaults()), settings(2, 2));
    runner.run(dir, files.subList(0, 10), o -> {}); // warm up: class loading opens jars once
    long before = openFiles();

    List<FileOutcome> outcomes = runner.run(dir, files, o -> {}).outcomes();

    assertTrue(outcomes.stream().allMatch(o -> o instanceof FileOutcome.Failed), "random bytes never analyze");
    long after = openFiles();
    assertTrue(after <= before + 5, "open files grew from " + before + " to " + after);
  }

  private static long openFiles() throws IOException {
    try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
      return fds.count();
    }
  }
}
