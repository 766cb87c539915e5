package dev.keyfit.extract;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;

/** Hostile text files: a document or an {@link ExtractionException}, never anything else. */
class PlainTextExtractorFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void extractReturnsADocumentOrAReason(byte[] data) throws IOException {
    PdfExtractorFuzzTest.check(data, ".txt");
  }
}
