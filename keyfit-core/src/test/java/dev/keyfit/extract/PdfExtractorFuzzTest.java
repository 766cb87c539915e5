package dev.keyfit.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Hostile PDFs: whatever the bytes, {@link Extractors#extract} returns a document or throws an
 * {@link ExtractionException}. Runs the committed seeds under plain {@code mvn test}; fuzz with
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=PdfExtractorFuzzTest}.
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
    try {
      Files.write(file, data);
      ExtractedDocument doc = EXTRACTORS.extract(file, LIMITS);
      assertFalse(doc.text().isBlank());
    } catch (ExtractionException expected) {
      // a named reason is the contract for bad input
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
