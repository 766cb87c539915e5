package dev.keyfit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.keyfit.extract.Extractors;
import dev.keyfit.report.JsonReport;
import dev.keyfit.report.Report;
import dev.keyfit.testing.TestKeyfit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The builder gives the keyfit that create() gives, whatever its pipeline pool. */
class KeyfitBuilderTest {

  private static final Path RESUME = Path.of("samples/tpm-resume.pdf");
  private static final Path POSTING = Path.of("samples/tpm-posting.txt");

  private static byte[] json(Report report) {
    return JsonReport.text(JsonReport.tree(report)).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aBuiltKeyfitUsesTheDictionaryItWasGiven() throws Exception {
    Keyfit keyfit =
        Keyfit.builder()
            .dictionary(TestKeyfit.dictionary())
            .extractors(Extractors.standard())
            .pipelines(1)
            .build();
    assertSame(TestKeyfit.dictionary(), keyfit.dictionary());
  }

  @Test
  void onePipelineSharedByManyThreadsGivesTheReportsOfALargePool() throws Exception {
    Keyfit one =
        TestKeyfit.build(Keyfit.builder().dictionary(TestKeyfit.dictionary()).pipelines(1));
    AnalysisOptions options = AnalysisOptions.defaults().withJobPosting(POSTING);
    byte[] expected = json(TestKeyfit.standard().analyze(RESUME, options));
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<Report>> reports = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        reports.add(threads.submit(() -> one.analyze(RESUME, options)));
      }
      for (Future<Report> r : reports) {
        assertArrayEquals(expected, json(r.get()));
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void aPoolOfNoPipelinesIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Keyfit.builder().pipelines(0));
  }
}
