package dev.keyfit.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.AnalysisOptions;
import dev.keyfit.Keyfit;
import dev.keyfit.testing.HostileFiles;
import dev.keyfit.testing.TestKeyfit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileGuardTest {

  private static final long CAP = 20L << 20;

  @Test
  void aResumeInMemoryGivesTheBatchsOutcomeAndContentHash(@TempDir Path dir) throws Exception {
    Keyfit keyfit = TestKeyfit.standard();
    byte[] pdf = HostileFiles.pdf(HostileFiles.RESUME, null, null);
    Files.write(dir.resolve("cv.pdf"), pdf);
    BatchRunner.Result batch =
        new BatchRunner(
                f -> keyfit.analyze(f, AnalysisOptions.defaults()),
                new BatchRunner.Settings(1, Duration.ofSeconds(60), 2, CAP, false))
            .run(dir, List.of(Path.of("cv.pdf")), o -> {});
    try (FileGuard guard =
        new FileGuard(
            s -> keyfit.analyze(s, AnalysisOptions.defaults()), Duration.ofSeconds(60), CAP)) {
      FileGuard.Guarded guarded = guard.analyze(Path.of("cv.pdf"), pdf);

      FileOutcome.Analyzed a = assertInstanceOf(FileOutcome.Analyzed.class, guarded.outcome());
      FileOutcome.Analyzed b =
          assertInstanceOf(FileOutcome.Analyzed.class, batch.outcomes().get(0));
      assertEquals(b.report(), a.report());
      assertEquals(batch.contentHashes().get(Path.of("cv.pdf")), guarded.contentHash());
    }
  }

  @Test
  void anythingThrownBecomesAStatusNeverAnException() {
    try (FileGuard guard =
        new FileGuard(
            s -> {
              throw new StackOverflowError();
            },
            Duration.ofSeconds(10),
            CAP)) {
      FileOutcome.Failed f =
          assertInstanceOf(
              FileOutcome.Failed.class,
              guard.analyze(Path.of("deep.docx"), "x".getBytes(StandardCharsets.UTF_8)).outcome());
      assertEquals("CORRUPT", String.valueOf(f.status()));
    }
  }

  @Test
  void emptyAndOversizedFilesAreRefusedWithTheBatchsWording() {
    FileOutcome.Failed big = FileGuard.refuseBySize(Path.of("big.pdf"), 101, 100);
    assertEquals("TOO_LARGE", String.valueOf(big.status()));
    assertEquals("the file is 101 bytes, over the limit of 100 bytes; not opened", big.reason());
    assertEquals(
        "EMPTY", String.valueOf(FileGuard.refuseBySize(Path.of("e.pdf"), 0, 100).status()));
    assertEquals(null, FileGuard.refuseBySize(Path.of("ok.pdf"), 100, 100));
  }

  @Test
  void aParseThatIgnoresItsInterruptIsAbandonedAndTheGuardGoesOn() throws Exception {
    CountDownLatch never = new CountDownLatch(1);
    Keyfit keyfit = TestKeyfit.standard();
    keyfit.analyze(
        dev.keyfit.extract.DocumentSource.of("warm.txt", HostileFiles.RESUME.getBytes()),
        AnalysisOptions.defaults()); // models loaded: the next file's time is its own
    try (FileGuard guard =
        new FileGuard(
            s -> {
              if (s.name().equals("hang.txt")) {
                while (never.getCount() > 0) {
                  try {
                    never.await();
                  } catch (InterruptedException e) {
                    // a parser that swallows interrupts
                  }
                }
              }
              return keyfit.analyze(s, AnalysisOptions.defaults());
            },
            Duration.ofSeconds(2),
            CAP)) {
      FileOutcome.Failed f =
          assertInstanceOf(
              FileOutcome.Failed.class,
              guard.analyze(Path.of("hang.txt"), "Project Manager".getBytes()).outcome());
      assertEquals("TIMEOUT", String.valueOf(f.status()));
      assertEquals("gave up after 2 s; the parse was abandoned", f.reason());
      assertEquals(1, guard.abandoned());
      assertTrue(
          guard.analyze(Path.of("next.txt"), HostileFiles.RESUME.getBytes()).outcome()
              instanceof FileOutcome.Analyzed,
          "the next file gets a fresh worker");
    } finally {
      never.countDown();
    }
  }
}
