package dev.keyfit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.testing.HostileFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bytes in memory read exactly as the same bytes in a file: the same document, or the same failure.
 */
class BytesExtractionTest {

  private static final Extractors EXTRACTORS = Extractors.standard();
  private static final List<String> DOCUMENTS = List.of(".pdf", ".docx", ".doc", ".txt", ".md");

  @TempDir Path dir;

  /** What reading gives: the document, or the failure (messages may word the source apart). */
  private static Object outcome(DocumentSource source, ExtractionLimits limits) {
    try {
      return EXTRACTORS.extract(source, limits);
    } catch (ExtractionException e) {
      return e.failure();
    }
  }

  private static void assertSameFromBytes(Path file, ExtractionLimits limits) throws IOException {
    String name = file.getFileName().toString();
    Object fromPath = outcome(DocumentSource.of(file), limits);
    Object fromBytes = outcome(DocumentSource.of(name, Files.readAllBytes(file)), limits);
    assertEquals(fromPath, fromBytes, file.toString());
  }

  private static List<Path> documentsUnder(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .filter(
              f ->
                  DOCUMENTS.stream()
                      .anyMatch(
                          e -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(e)))
          .sorted()
          .toList();
    }
  }

  @Test
  void everySampleReadsTheSameFromBytesAsFromItsFile() throws IOException {
    List<Path> samples = documentsUnder(Path.of("samples"));
    assertTrue(samples.size() >= 6, samples.toString());
    for (Path sample : samples) {
      if (!sample.getFileName().toString().equals("README.md")) {
        assertTrue(
            outcome(DocumentSource.of(sample), ExtractionLimits.DEFAULT)
                instanceof ExtractedDocument,
            sample.toString());
      }
      assertSameFromBytes(sample, ExtractionLimits.DEFAULT);
    }
  }

  @Test
  void everyTestFixtureReadsTheSameFromBytesAsFromItsFile() throws IOException {
    for (Path fixture : documentsUnder(Path.of("keyfit-core/src/test/resources"))) {
      assertSameFromBytes(fixture, ExtractionLimits.DEFAULT);
    }
  }

  @Test
  void hostileBytesFailAsTheirFilesDo() throws IOException {
    HostileFiles.writeAll(dir);
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        assertSameFromBytes(file, ExtractionLimits.DEFAULT);
      }
    }
  }

  @Test
  void zipBombBytesAreTooLarge() throws IOException {
    ExtractionException e =
        assertThrows(
            ExtractionException.class,
            () ->
                EXTRACTORS.extract(
                    DocumentSource.of("bomb.docx", HostileFiles.zipBomb()),
                    ExtractionLimits.DEFAULT));
    assertEquals(Failure.TOO_LARGE, e.failure(), e.getMessage());
  }

  @Test
  void truncatedPdfBytesAreCorrupt() throws IOException {
    byte[] pdf = HostileFiles.pdf(HostileFiles.RESUME, null, null);
    byte[] cut = java.util.Arrays.copyOf(pdf, pdf.length / 2);
    ExtractionException e =
        assertThrows(
            ExtractionException.class,
            () -> EXTRACTORS.extract(DocumentSource.of("cut.pdf", cut), ExtractionLimits.DEFAULT));
    assertEquals(Failure.CORRUPT, e.failure(), e.getMessage());
  }

  @Test
  void emptyBytesAreEmptyBeforeAnyParserRuns() {
    Extractors refusing = new Extractors(List.of(new Unopened()));
    ExtractionException e =
        assertThrows(
            ExtractionException.class,
            () ->
                refusing.extract(
                    DocumentSource.of("cv.txt", new byte[0]), ExtractionLimits.DEFAULT));
    assertEquals(Failure.EMPTY, e.failure());
  }

  @Test
  void theSizeCapAppliesToBytesBeforeAnyParserRuns() {
    Extractors refusing = new Extractors(List.of(new Unopened()));
    ExtractionException e =
        assertThrows(
            ExtractionException.class,
            () ->
                refusing.extract(
                    DocumentSource.of("cv.txt", new byte[1001]),
                    new ExtractionLimits(1000, 30, 1000)));
    assertEquals(Failure.TOO_LARGE, e.failure());
    assertTrue(e.getMessage().contains("1001 bytes"), e.getMessage());
  }

  @Test
  void anExtractorCalledDirectlyCapsBytesToo() {
    ExtractionLimits tiny = new ExtractionLimits(10, 30, 1000);
    byte[] text =
        "Jane Doe, Technical Program Manager".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    for (Extractor extractor :
        List.of(new PlainTextExtractor(), new DocxExtractor(), new DocExtractor())) {
      ExtractionException e =
          assertThrows(
              ExtractionException.class,
              () -> extractor.extract(DocumentSource.of("cv", text), tiny),
              extractor.format().toString());
      assertEquals(Failure.TOO_LARGE, e.failure(), extractor.format().toString());
    }
  }

  @Test
  void bytesAreNamedByTheGivenNameAndAMisnamedOneGetsTheNote()
      throws IOException, ExtractionException {
    byte[] docx = HostileFiles.docx(HostileFiles.RESUME);
    ExtractedDocument asPdf =
        EXTRACTORS.extract(DocumentSource.of("upload.pdf", docx), ExtractionLimits.DEFAULT);
    assertEquals("upload.pdf", asPdf.fileName());
    assertEquals(DocumentFormat.DOCX, asPdf.format());
    assertTrue(
        asPdf.layout().notes().stream().anyMatch(n -> n.contains("named .pdf but is a DOCX")),
        asPdf.layout().notes().toString());
    ExtractedDocument asDocx =
        EXTRACTORS.extract(DocumentSource.of("upload.docx", docx), ExtractionLimits.DEFAULT);
    assertFalse(asDocx.layout().notes().stream().anyMatch(n -> n.contains("named .")));
  }

  @Test
  void theDetectorListsAZipBombInMemoryWithoutInflatingIt()
      throws IOException, ExtractionException {
    // the bomb's entries inflate to gigabytes; listing the central directory reads none of them
    FormatDetector.Detection detection =
        new FormatDetector().detect(DocumentSource.of("bomb.docx", HostileFiles.zipBomb()));
    assertEquals(DocumentFormat.DOCX, detection.format());
    assertEquals("Word document", detection.description());
  }

  @Test
  void aSourceTellsItsSizeAndHeadFromBytesAndFromAFile() throws IOException {
    byte[] content = "Jane Doe\nTPM\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Path file = Files.write(dir.resolve("cv.txt"), content);
    for (DocumentSource source :
        List.of(DocumentSource.of(file), DocumentSource.of("cv.txt", content))) {
      assertEquals("cv.txt", source.name());
      assertEquals(content.length, source.size());
      assertEquals("Jane", new String(source.head(4), java.nio.charset.StandardCharsets.UTF_8));
      assertEquals(content.length, source.head(1000).length);
      try (var in = source.open()) {
        assertEquals(content.length, in.readAllBytes().length);
      }
    }
    assertTrue(DocumentSource.of(file).path().isPresent());
    assertTrue(DocumentSource.of("cv.txt", content).path().isEmpty());
  }

  /** An extractor that fails the test if it is ever reached. */
  private static final class Unopened implements Extractor {
    @Override
    public DocumentFormat format() {
      return DocumentFormat.TEXT;
    }

    @Override
    public ExtractedDocument extract(DocumentSource source, ExtractionLimits limits) {
      throw new AssertionError("the parser was reached for " + source);
    }
  }
}
