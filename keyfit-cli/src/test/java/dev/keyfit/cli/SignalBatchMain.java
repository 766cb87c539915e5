package dev.keyfit.cli;

import dev.keyfit.extract.DocumentFormat;
import dev.keyfit.extract.DocumentSource;
import dev.keyfit.extract.ExtractedDocument;
import dev.keyfit.extract.ExtractionLimits;
import dev.keyfit.extract.Extractor;
import dev.keyfit.extract.LayoutSignals;
import dev.keyfit.testing.TestKeyfit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
