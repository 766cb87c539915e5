package dev.keyfit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

/**
 * A real {@code keyfit} process for {@link BatchSignalTest}: the command line as {@link Main#main}
 * runs it (same shutdown hook), with a text extractor that, on a file named {@code hang.txt},
 * creates the file named by {@code -Dkeyfit.test.marker} (or {@code KEYFIT_TEST_MARKER}) and then
 * spins ignoring interrupts, so the test can signal the process while a file is in progress and
 * cannot be stopped. With {@code KEYFIT_TEST_RELAUNCH} set it first relaunches as {@link Main#main}
 * does.
 */
public final class SignalBatchMain {

  private SignalBatchMain() {}

  public static void main(String[] args) {
    if (System.getenv("KEYFIT_TEST_RELAUNCH") != null) {
      java.util.OptionalInt relaunched = TunedRelaunch.run(args); // as Main#main does
      if (relaunched.isPresent()) {
        System.exit(relaunched.getAsInt());
      }
    }
    Main.quietLibraries();
    Interrupts.install();
    BatchCli cli = new BatchCli(TestKeyfit.with(new HangingText()), Interrupts.RUNTIME);
    int code = cli.run(args);
    System.out.print(cli.out);
    System.err.print(cli.err);
    System.exit(code);
  }

  /**
   * A folder for a stuck batch: {@code a0.txt}... and {@code z0.txt}... ({@code around} of each) on
   * either side of {@code hang.txt} in name order, which a one-lane batch reaches after the a's.
   */
  static Path stuckFolder(Path dir, int around) throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (int i = 0; i < around; i++) {
      Files.writeString(in.resolve("a" + i + ".txt"), HostileFiles.RESUME);
      Files.writeString(in.resolve("z" + i + ".txt"), HostileFiles.RESUME);
    }
    Files.writeString(in.resolve("hang.txt"), HostileFiles.RESUME);
    return in;
  }

  /**
   * The arguments of a one-lane batch of {@code in} that cannot time out, ranked into {@code csv}.
   */
  static List<String> batchArguments(Path in, Path csv) {
    return List.of("batch", in.toString(), "--jobs", "1", "--timeout", "600", "-o", csv.toString());
  }

  /** Checks the ranking of a stuck folder stopped by a signal: the a's done, the rest not. */
  static void assertRankingSoFar(Path csv, int around) throws IOException {
    Map<String, String> status = BatchCli.statuses(csv);
    assertEquals(2 * around + 1, status.size(), "a row per file: " + status);
    for (int i = 0; i < around; i++) {
      assertEquals("OK", status.get("a" + i + ".txt"), status.toString());
      assertEquals("NOT_PROCESSED", status.get("z" + i + ".txt"), status.toString());
    }
    assertEquals("NOT_PROCESSED", status.get("hang.txt"));
  }

  /** The marker's path: {@code -Dkeyfit.test.marker}, or for a relaunched JVM the environment's. */
  static String marker() {
    return System.getProperty("keyfit.test.marker", System.getenv("KEYFIT_TEST_MARKER"));
  }

  private static final class HangingText implements Extractor {
    @Override
    public DocumentFormat format() {
      return DocumentFormat.TEXT;
    }

    @Override
    @SuppressWarnings("InfiniteLoopStatement")
    public ExtractedDocument extract(DocumentSource source, ExtractionLimits limits) {
      Path file = source.path().orElseThrow();
      try {
        if (file.getFileName().toString().equals("hang.txt")) {
          Files.createFile(Path.of(marker()));
          while (true) {
            Thread.onSpinWait();
          }
        }
        String text = Files.readString(file);
        return new ExtractedDocument(
            file.getFileName().toString(), DocumentFormat.TEXT, text, LayoutSignals.ofText(text));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
