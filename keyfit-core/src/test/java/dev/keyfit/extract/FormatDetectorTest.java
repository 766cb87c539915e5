package dev.keyfit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatDetectorTest {

  @TempDir Path dir;
  private final FormatDetector detector = new FormatDetector();

  private FormatDetector.Detection detect(String name, byte[] bytes) throws Exception {
    return detector.detect(Files.write(dir.resolve(name), bytes));
  }

  static byte[] docxLikeZip() throws IOException {
    return zip("[Content_Types].xml", "word/document.xml");
  }

  private static byte[] zip(String... names) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String name : names) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static byte[] ole2(String entry) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), entry);
      fs.writeFilesystem(out);
    }
    return out.toByteArray();
  }

  @Test
  void docxLikeZipNamedPdfIsDocx() throws Exception {
    FormatDetector.Detection d = detect("resume.pdf", docxLikeZip());
    assertEquals(DocumentFormat.DOCX, d.format());
    assertFalse(d.encrypted());
  }

  @Test
  void otherZipIsUnknown() throws Exception {
    assertEquals(DocumentFormat.UNKNOWN, detect("a.docx", zip("photo.jpg")).format());
  }

  @Test
  void truncatedDocxIsStillDocx() throws Exception {
    byte[] whole = docxLikeZip();
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
    assertEquals(DocumentFormat.DOCX, detect("cut.docx", cut).format());
  }

  @Test
  void ole2WithWordDocumentIsDoc() throws Exception {
    assertEquals(DocumentFormat.DOC, detect("cv.doc", ole2("WordDocument")).format());
  }

  @Test
  void ole2WithEncryptedPackageIsEncryptedOoxml() throws Exception {
    FormatDetector.Detection d = detect("cv.docx", ole2(Decryptor.DEFAULT_POIFS_ENTRY));
    assertTrue(d.encrypted());
    Path file = dir.resolve("cv.docx");
    ExtractionException e =
        assertThrows(ExtractionException.class, () -> Extractors.standard().extract(file));
    assertEquals(Failure.ENCRYPTED, e.failure());
  }

  @Test
  void otherOle2IsUnknown() throws Exception {
    assertEquals(DocumentFormat.UNKNOWN, detect("book.xls", ole2("Workbook")).format());
  }

  @Test
  void rtfHtmlImagesAndExecutablesAreUnknown() throws Exception {
    assertEquals(
        "RTF document",
        detect("a.doc", "{\\rtf1\\ansi Jane}".getBytes(StandardCharsets.US_ASCII)).description());
    assertEquals(
        "HTML page",
        detect("b.doc", "<!DOCTYPE html><html>".getBytes(StandardCharsets.US_ASCII)).description());
    assertEquals(
        DocumentFormat.UNKNOWN,
        detect("c.pdf", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}).format());
    assertEquals(
        DocumentFormat.UNKNOWN,
        detect("d.pdf", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}).format());
    assertEquals(
        DocumentFormat.UNKNOWN,
        detect("e.txt", new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0}).format());
  }

  @Test
  void textInCommonEncodingsIsText() throws Exception {
    assertEquals(
        DocumentFormat.TEXT,
        detect("a", "Résumé – café".getBytes(StandardCharsets.UTF_8)).format());
    assertEquals(
        DocumentFormat.TEXT,
        detect("b", "Résumé – café".getBytes(Charset.forName("windows-1252"))).format());
    byte[] utf16 = "\uFEFFRésumé".getBytes(StandardCharsets.UTF_16BE);
    assertEquals(DocumentFormat.TEXT, detect("c", utf16).format());
    assertEquals(
        DocumentFormat.TEXT, detect("d", "B".getBytes(StandardCharsets.US_ASCII)).format());
  }

  @Test
  void utf8CutInsideACharacterAtTheHeadLimitIsText() throws Exception {
    byte[] big = "é".repeat(FormatDetector.HEAD_BYTES).getBytes(StandardCharsets.UTF_8);
    byte[] odd = java.util.Arrays.copyOf(big, FormatDetector.HEAD_BYTES + 1);
    assertEquals(DocumentFormat.TEXT, detect("e", odd).format());
  }

  @Test
  void binaryWithNulsIsUnknown() throws Exception {
    byte[] bytes = new byte[1000];
    bytes[0] = 'A';
    assertEquals(DocumentFormat.UNKNOWN, detect("bin", bytes).format());
  }

  @Test
  void emptyFileIsEmpty() throws Exception {
    ExtractionException e =
        assertThrows(ExtractionException.class, () -> detect("zero", new byte[0]));
    assertEquals(Failure.EMPTY, e.failure());
  }

  @Test
  void nameNeverDecides() throws Exception {
    Path pdf = PdfFixtures.write(dir.resolve("resume.docx"), PdfFixtures.RESUME);
    assertEquals(DocumentFormat.PDF, detector.detect(pdf).format());
    try (OutputStream out = Files.newOutputStream(dir.resolve("notes.pdf"))) {
      out.write("Plain notes".getBytes(StandardCharsets.UTF_8));
    }
    assertEquals(DocumentFormat.TEXT, detector.detect(dir.resolve("notes.pdf")).format());
  }
}
