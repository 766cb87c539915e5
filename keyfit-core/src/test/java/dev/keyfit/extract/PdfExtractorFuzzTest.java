package dev.keyfit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Hostile PDFs: whatever the bytes, {@link Extractors#extract} returns a document or throws an
 * {@link ExtractionException}; a committed seed must give the outcome {@link FuzzSeeds} lists (so a
 * valid seed that stops extracting fails here too). Runs the committed seeds under plain {@code mvn
 * test}; fuzz with {@code JAZZER_FUZZ=1 mvn test -Dtest=PdfExtractorFuzzTest}.
 */
class PdfExtractorFuzzTest {

  static final ExtractionLimits LIMITS = new ExtractionLimits(1 << 20, 5, 100_000);
  private static final Extractors EXTRACTORS = Extractors.standard();

  @FuzzTest(maxDuration = "60s")
  void extractReturnsADocumentOrAReason(byte[] data) throws IOException {
    check(data, ".pdf");
  }

  static void check(byte[] data, String suffix) throws IOException {
    Path file = Files.createTempFile("keyfit-fuzz", suffix);
    // a committed seed must still give its listed outcome; any other input, a document or a reason
    Optional<String> seed = FuzzSeeds.expectedFor(data);
    String outcome;
    try {
      Files.write(file, data);
      ExtractedDocument doc = EXTRACTORS.extract(file, LIMITS);
      assertFalse(doc.text().isBlank());
      outcome = "OK";
    } catch (ExtractionException e) {
      outcome = e.failure().name(); // a named reason is the contract for bad input
    } finally {
      Files.deleteIfExists(file);
    }
    if (seed.isPresent()) {
      assertEquals(seed.get(), outcome, "a committed seed no longer gives its listed outcome");
    }
  }
}
