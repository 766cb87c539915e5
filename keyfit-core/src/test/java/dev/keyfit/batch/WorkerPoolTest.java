package dev.keyfit.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.extract.ExtractedDocument;
import dev.keyfit.extract.ExtractionException;
import dev.keyfit.extract.ExtractionLimits;
import dev.keyfit.extract.Extractors;
import dev.keyfit.extract.Failure;
import dev.keyfit.testing.HostileFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Extraction in real child JVMs; the worker's test hook makes files spin, crash or exhaust memory.
 */
class WorkerPoolTest {

  @TempDir Path dir;

  @BeforeAll
  static void enableTheWorkersTestHook() {
    System.setProperty("keyfit.worker.test", "true"); // read when a worker is launched
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private static Failure failure(WorkerPool pool, Path file) {
    return assertThrows(
            ExtractionException.class, () -> pool.extract(file, ExtractionLimits.DEFAULT))
        .failure();
  }

  @Test
  void aWorkerExtractsTheSameDocumentAsTheInProcessExtractors() throws Exception {
    Path pdf = Files.copy(Path.of("samples", "tpm-resume.pdf"), dir.resolve("tpm-resume.pdf"));
    Path named = write("docx-named.pdf", HostileFiles.docx(HostileFiles.RESUME));
    try (WorkerPool pool = new WorkerPool(Duration.ofSeconds(60), 100)) {
      for (Path file : new Path[] {pdf, named}) {
        ExtractedDocument child = pool.extract(file, ExtractionLimits.DEFAULT);
        assertEquals(Extractors.standard().extract(file), child, file.toString());
      }
      assertEquals(1, pool.started(), "one worker serves every file");
    }
  }

  @Test
  void failuresInTheWorkerKeepTheirStatus() throws Exception {
    byte[] pdf = HostileFiles.pdf(HostileFiles.RESUME, null, null);
    try (WorkerPool pool = new WorkerPool(Duration.ofSeconds(60), 100)) {
      assertEquals(
          Failure.CORRUPT,
          failure(pool, write("truncated.pdf", Arrays.copyOf(pdf, pdf.length / 2))));
      assertEquals(
          Failure.ENCRYPTED,
          failure(pool, write("locked.pdf", HostileFiles.pdf("x", "secret", "owner"))));
      assertEquals(Failure.TOO_LARGE, failure(pool, write("bomb.docx", HostileFiles.zipBomb())));
      assertEquals(
          Failure.NEEDS_OCR, failure(pool, write("scan.pdf", HostileFiles.imageOnlyPdf())));
      assertEquals(1, pool.started(), "ordinary failures do not cost a worker");
    }
  }

  @Test
  void aSpinningParserIsKilledAtTheTimeoutAndTheNextFileGetsAFreshWorker() throws Exception {
    Path spin = write("spin-forever.txt", "x".getBytes());
    Path ok = write("ok.txt", HostileFiles.RESUME.getBytes());
    try (WorkerPool pool = new WorkerPool(Duration.ofSeconds(3), 100)) {
      pool.extract(ok, ExtractionLimits.DEFAULT); // warm: the timeout is not spent on JVM start-up
      long start = System.nanoTime();
      assertEquals(Failure.TIMEOUT, failure(pool, spin));
      assertTrue(
          Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10, "killed at the timeout");
      assertEquals(0, pool.alive(), "the spinning worker was killed");
      assertTrue(
          pool.extract(ok, ExtractionLimits.DEFAULT).text().contains("Technical Program Manager"));
      assertEquals(2, pool.started());
    }
  }

  @Test
  void aCrashOrAnOutOfMemoryTakesDownOnlyItsWorker() throws Exception {
    Path ok = write("ok.txt", HostileFiles.RESUME.getBytes());
    try (WorkerPool pool = new WorkerPool(Duration.ofSeconds(60), 100)) {
      ExtractionException crash =
          assertThrows(
              ExtractionException.class,
              () -> pool.extract(write("crash-now.txt", "x".getBytes()), ExtractionLimits.DEFAULT));
      assertEquals(Failure.CORRUPT, crash.failure());
      assertTrue(crash.getMessage().contains("exit status 7"), crash.getMessage());
      ExtractionException oom =
          assertThrows(
              ExtractionException.class,
              () -> pool.extract(write("oom-now.txt", "x".getBytes()), ExtractionLimits.DEFAULT));
      assertEquals(Failure.OUT_OF_MEMORY, oom.failure(), oom.getMessage());
      assertTrue(pool.extract(ok, ExtractionLimits.DEFAULT).text().contains("Jane Doe"));
      assertEquals(3, pool.started());
    }
  }

  @Test
  void workersAreRecycledAfterTheirFileQuotaAndClosedAtTheEnd() throws Exception {
    Path ok = write("ok.txt", HostileFiles.RESUME.getBytes());
    WorkerPool pool = new WorkerPool(Duration.ofSeconds(60), 2);
    for (int i = 0; i < 5; i++) {
      pool.extract(ok, ExtractionLimits.DEFAULT);
    }
    assertEquals(3, pool.started(), "2 + 2 + 1 files");
    pool.close();
    assertEquals(0, pool.alive());
  }

  @Test
  void aNameThatIsNotValidUtf8ReachesTheWorkerIntact() throws Exception {
    // Latin-1 bytes (0xE9 for é): not UTF-8, so the name has no faithful String form in this locale
    Path file = Path.of(java.net.URI.create(dir.toUri() + "ren%E9e-r%E9sum%E9.txt"));
    Files.writeString(file, HostileFiles.RESUME);
    try (WorkerPool pool = new WorkerPool(Duration.ofSeconds(60), 100)) {
      ExtractedDocument doc = pool.extract(file, ExtractionLimits.DEFAULT);
      assertTrue(doc.text().contains("Jira"), doc.text());
    }
  }

  @Test
  void aWorkerExitsWhenItsStdinClosesEvenInTheMiddleOfAParse() throws Exception {
    Path spinning =
        write("spin-forever.txt", "x".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Process worker = WorkerPool.launch();
    try {
      var in =
          new java.io.BufferedReader(
              new java.io.InputStreamReader(
                  worker.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
      assertTrue(in.readLine().contains("ready"));
      var request = new WorkerProtocol.Request(spinning.toUri().toString(), 1 << 20, 10, 100_000);
      worker
          .getOutputStream()
          .write(
              (WorkerProtocol.JSON.writeValueAsString(request) + "\n")
                  .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      worker.getOutputStream().flush();
      Thread.sleep(500); // the worker is now spinning on the file
      worker.getOutputStream().close();
      assertTrue(worker.waitFor(30, java.util.concurrent.TimeUnit.SECONDS), "the worker exited");
    } finally {
      worker.destroyForcibly();
    }
  }
}
