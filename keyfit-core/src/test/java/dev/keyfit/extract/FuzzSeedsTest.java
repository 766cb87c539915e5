package dev.keyfit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fuzz targets accept any {@link ExtractionException} as a pass, so a regression that made
 * every file fail would go unseen there; this test pins what each committed seed must give: its
 * text (OK) or the named failure. A new seed must be listed here.
 */
class FuzzSeedsTest {

  private static final Path SEEDS = Path.of("keyfit-core/src/test/resources/dev/keyfit/extract");

  private static final Map<String, String> EXPECTED =
      new TreeMap<>(
          Map.ofEntries(
              Map.entry("DocExtractorFuzzTestInputs/resume.doc", "OK"),
              Map.entry("DocxExtractorFuzzTestInputs/features.docx", "OK"),
              Map.entry("DocxExtractorFuzzTestInputs/textbox.docx", "OK"),
              Map.entry("PdfExtractorFuzzTestInputs/image-only.pdf", "NEEDS_OCR"),
              Map.entry("PdfExtractorFuzzTestInputs/owner-password.pdf", "OK"),
              Map.entry("PdfExtractorFuzzTestInputs/simple.pdf", "OK"),
              Map.entry("PdfExtractorFuzzTestInputs/two-column.pdf", "OK"),
              Map.entry("PdfExtractorFuzzTestInputs/user-password.pdf", "ENCRYPTED"),
              Map.entry("PlainTextExtractorFuzzTestInputs/utf16le-bom.txt", "OK"),
              Map.entry("PlainTextExtractorFuzzTestInputs/utf8.txt", "OK"),
              Map.entry("PlainTextExtractorFuzzTestInputs/windows-1252.txt", "OK")));

  @Test
  void everySeedGivesItsExpectedOutcome() throws IOException {
    Map<String, String> actual = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(SEEDS)) {
      for (Path seed :
          walk.filter(Files::isRegularFile)
              .filter(
                  p ->
                      p.getParent().getParent().getFileName().toString().endsWith("FuzzTestInputs"))
              .toList()) {
        String key = seed.getParent().getParent().getFileName() + "/" + seed.getFileName();
        actual.put(key, outcome(seed));
      }
    }
    assertEquals(EXPECTED, actual);
  }

  private static String outcome(Path seed) {
    try {
      ExtractedDocument doc = Extractors.standard().extract(seed, PdfExtractorFuzzTest.LIMITS);
      assertFalse(doc.text().isBlank());
      return "OK";
    } catch (ExtractionException e) {
      return e.failure().name();
    }
  }
}
