package dev.keyfit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocExtractorTest {

  private final DocExtractor extractor = new DocExtractor();
  @TempDir Path dir;
  private Path fixture;

  @BeforeEach
  void copyFixture() throws Exception {
    fixture = dir.resolve("sample-resume.doc");
    try (InputStream in = DocExtractorTest.class.getResourceAsStream("sample-resume.doc")) {
      Files.copy(in, fixture);
    }
  }

  private ExtractedDocument extract(Path file) throws ExtractionException {
    return extractor.extract(file, ExtractionLimits.DEFAULT);
  }

  private ExtractionException failure(Path file) {
    return assertThrows(ExtractionException.class, () -> extract(file));
  }

  @Test
  void readsHeaderFirstAndFooterLast() throws Exception {
    ExtractedDocument doc = extract(fixture);
    List<String> lines = doc.lines();
    assertEquals(DocumentFormat.DOC, doc.format());
    assertEquals(DocFixtureGenerator.HEADER, lines.get(0));
    assertEquals("Page footer: Alex Rivera resume", lines.get(lines.size() - 1));
  }

  @Test
  void keepsOneParagraphALineInOrder() throws Exception {
    List<String> lines = extract(fixture).lines();
    int summary = lines.indexOf("Summary");
    int experience = lines.indexOf("Experience");
    assertTrue(summary > 0 && experience == summary + 2, lines.toString());
    assertEquals(
        "Led a 12-person Agile team and cut the release cycle from 6 weeks to 2 weeks.",
        lines.get(experience + 1));
  }

  @Test
  void readsTheTextBoxStoryOnceAndCountsIt() throws Exception {
    ExtractedDocument doc = extract(fixture);
    assertEquals(1, doc.text().split(DocFixtureGenerator.TEXT_BOX, -1).length - 1, doc.text());
    assertEquals(1, doc.layout().textBoxes());
  }

  @Test
  void tableRowReadsAsTabSeparatedCellsAndIsCounted() throws Exception {
    ExtractedDocument doc = extract(fixture);
    assertTrue(doc.lines().contains("Jira\tSmartsheet\tRisk management"), doc.text());
    assertEquals(1, doc.layout().tables());
    assertEquals(LayoutSignals.countWords(doc.text()), doc.layout().words());
  }

  @Test
  void textHasNoControlCharactersOrCarriageReturns() throws Exception {
    String text = extract(fixture).text();
    assertTrue(text.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\t'), text);
  }

  @Test
  void docxGivenAsDocIsCorruptAndSaysItIsReallyADocx() throws Exception {
    Path file = DocxFixtures.write(DocxFixtures.features(), dir.resolve("resume.doc"));
    ExtractionException e = failure(file);
    assertEquals(Failure.CORRUPT, e.failure());
    assertTrue(e.getMessage().contains("really a DOCX"), e.getMessage());
  }

  @Test
  void passwordProtectedOfficeFileIsEncrypted() throws Exception {
    Path file =
        DocxFixtures.encrypt(
            DocxFixtures.bytes(DocxFixtures.features()), dir.resolve("locked.doc"));
    assertEquals(Failure.ENCRYPTED, failure(file).failure());
  }

  @Test
  void ole2FileWithoutAWordStreamIsUnsupported() throws Exception {
    Path file = dir.resolve("sheet.doc");
    try (POIFSFileSystem fs = new POIFSFileSystem();
        OutputStream out = Files.newOutputStream(file)) {
      fs.createDocument(new java.io.ByteArrayInputStream(new byte[16]), "Workbook");
      fs.writeFilesystem(out);
    }
    assertEquals(Failure.UNSUPPORTED, failure(file).failure());
  }

  @Test
  void plainTextGivenAsDocIsCorrupt() throws Exception {
    Path file = Files.writeString(dir.resolve("notes.doc"), "Not a Word file at all, just text.");
    assertEquals(Failure.CORRUPT, failure(file).failure());
  }

  @Test
  void truncatedDocIsCorrupt() throws Exception {
    byte[] doc = Files.readAllBytes(fixture);
    Path file = Files.write(dir.resolve("cut.doc"), Arrays.copyOf(doc, doc.length * 6 / 10));
    assertEquals(Failure.CORRUPT, failure(file).failure());
  }

  @Test
  void emptyFileIsEmpty() throws Exception {
    assertEquals(Failure.EMPTY, failure(Files.createFile(dir.resolve("empty.doc"))).failure());
  }

  @Test
  void textOverTheCharacterLimitIsCutWithANote() throws Exception {
    ExtractedDocument doc = extractor.extract(fixture, new ExtractionLimits(1 << 20, 30, 30));
    assertEquals(30, doc.text().length());
    assertTrue(
        doc.layout().notes().stream().anyMatch(n -> n.startsWith("text cut at 30 characters")),
        doc.layout().notes().toString());
  }

  @Test
  void inputFileIsLeftByteIdentical() throws Exception {
    byte[] before = Files.readAllBytes(fixture);
    extract(fixture);
    assertTrue(Arrays.equals(before, Files.readAllBytes(fixture)));
  }
}
