package dev.keyfit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.extract.DocumentFormat;
import dev.keyfit.extract.DocumentSource;
import dev.keyfit.extract.ExtractedDocument;
import dev.keyfit.extract.ExtractionLimits;
import dev.keyfit.extract.Extractor;
import dev.keyfit.extract.LayoutSignals;
import dev.keyfit.testing.HostileFiles;
import dev.keyfit.testing.TestKeyfit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C: the JVM runs the batch's shutdown hook; here the test runs that hook by hand (from
 * another thread, as the JVM does) while files are in progress.
 */
class BatchInterruptTest {

  @TempDir Path dir;

  /** A text extractor that takes 150 ms a file and counts the files it has started. */
  private static final class SlowText implements Extractor {
    final AtomicInteger started = new AtomicInteger();

    @Override
    public DocumentFormat format() {
      return DocumentFormat.TEXT;
    }

    @Override
    public ExtractedDocument extract(DocumentSource source, ExtractionLimits limits) {
      Path file = source.path().orElseThrow();
      started.incrementAndGet();
      try {
        Thread.sleep(150);
        String text = Files.readString(file);
        return new ExtractedDocument(
            file.getFileName().toString(), DocumentFormat.TEXT, text, LayoutSignals.ofText(text));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Hooks that run the registered hook, like the JVM on SIGINT, once three files have started. */
  private static final class CtrlCAfterThreeFiles implements Interrupts.Hooks {
    final AtomicBoolean ran = new AtomicBoolean();
    final AtomicReference<Runnable> whenHookReturns = new AtomicReference<>(() -> {});
    private final SlowText extractor;

    CtrlCAfterThreeFiles(SlowText extractor) {
      this.extractor = extractor;
    }

    @Override
    public boolean add(Thread hook) {
      Thread signal =
          new Thread(
              () -> {
                while (extractor.started.get() < 3) {
                  Thread.onSpinWait();
                }
                hook.run(); // blocks until the ranking is written, as the JVM waits for its hooks
                whenHookReturns
                    .get()
                    .run(); // before ran is set: the test reads its result once ran is true
                ran.set(true);
              });
      signal.setDaemon(true);
      signal.start();
      return true;
    }

    @Override
    public void remove(Thread hook) {}
  }

  @Test
  void ctrlCWritesTheRankingSoFarAndLeavesNoTemporaryFiles() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (int i = 0; i < 20; i++) {
      Files.writeString(in.resolve(String.format("r%02d.txt", i)), HostileFiles.RESUME);
    }
    Path csv = dir.resolve("ranking.csv");
    Path reports = dir.resolve("reports");
    SlowText extractor = new SlowText();
    CtrlCAfterThreeFiles hooks = new CtrlCAfterThreeFiles(extractor);
    AtomicBoolean rankingThereWhenHookReturned = new AtomicBoolean();
    hooks.whenHookReturns.set(() -> rankingThereWhenHookReturned.set(Files.exists(csv)));
    BatchCli cli = new BatchCli(TestKeyfit.with(extractor), hooks);

    int code =
        cli.run(
            "batch",
            in.toString(),
            "--jobs",
            "1",
            "-o",
            csv.toString(),
            "--reports",
            reports.toString(),
            "--report-format",
            "json,html",
            "-q");

    assertEquals(ExitCodes.INTERRUPTED, code, cli.err.toString());
    while (!hooks.ran.get()) {
      Thread.onSpinWait();
    }
    assertTrue(
        rankingThereWhenHookReturned.get(), "the hook returned only after the ranking was written");
    Map<String, String> status = BatchCli.statuses(csv);
    assertEquals(20, status.size(), "every file has a row");
    long ok = status.values().stream().filter("OK"::equals).count();
    long notProcessed = status.values().stream().filter("NOT_PROCESSED"::equals).count();
    assertTrue(ok >= 3 && ok < 20, status.toString());
    assertEquals(20, ok + notProcessed, status.toString());
    assertTrue(extractor.started.get() <= ok + 1, "no new file started after Ctrl-C");
    try (Stream<Path> written = Files.list(reports)) {
      assertEquals(2 * ok, written.count(), "a report per format for every analyzed file");
    }
    try (Stream<Path> all = Files.walk(dir)) {
      assertEquals(
          List.of(), all.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
    }
  }
}
