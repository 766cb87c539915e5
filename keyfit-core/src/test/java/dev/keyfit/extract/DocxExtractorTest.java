package dev.keyfit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxExtractorTest {

  private final DocxExtractor extractor = new DocxExtractor();
  @TempDir Path dir;

  private ExtractedDocument extract(Path file) throws ExtractionException {
    return extractor.extract(file, ExtractionLimits.DEFAULT);
  }

  private Failure failureOf(Path file) {
    return assertThrows(ExtractionException.class, () -> extract(file)).failure();
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }

  @Test
  void readsHeaderBodyTableContentControlAndFooterInReadingOrder() throws Exception {
    ExtractedDocument doc =
        extract(DocxFixtures.write(DocxFixtures.features(), dir.resolve("cv.docx")));
    List<String> lines = doc.lines();

    assertEquals(DocumentFormat.DOCX, doc.format());
    assertEquals("cv.docx", doc.fileName());
    assertEquals("Jane Doe | jane@example.com", lines.get(0));
    assertEquals("References on request", lines.get(lines.size() - 1));
    int summary = lines.indexOf("Summary");
    int jira = lines.indexOf("Jira");
    int sdt = lines.indexOf("Content control: PMP certified");
    int experience = lines.indexOf("Experience");
    assertTrue(0 < summary && summary < jira && jira < sdt && sdt < experience, doc.text());
  }

  @Test
  void tableCellsReadAsOneItemPerLine() throws Exception {
    ExtractedDocument doc =
        extract(DocxFixtures.write(DocxFixtures.features(), dir.resolve("cv.docx")));
    int jira = doc.lines().indexOf("Jira");
    assertEquals(
        List.of("Jira", "Confluence", "Terraform", "Kubernetes"),
        doc.lines().subList(jira, jira + 4));
    assertEquals(1, doc.layout().tables());
  }

  @Test
  void numberedParagraphsStartWithABullet() throws Exception {
    ExtractedDocument doc =
        extract(DocxFixtures.write(DocxFixtures.features(), dir.resolve("cv.docx")));
    assertTrue(doc.lines().contains("• Cut release lead time by 40% with CI/CD"), doc.text());
  }

  @Test
  void countsWordsAndHasNoLayoutNoteForAPlainDocument() throws Exception {
    ExtractedDocument doc =
        extract(DocxFixtures.write(DocxFixtures.features(), dir.resolve("cv.docx")));
    assertEquals(LayoutSignals.countWords(doc.text()), doc.layout().words());
    assertEquals(0, doc.layout().textBoxes());
    assertEquals(0, doc.layout().images());
    assertEquals(List.of(), doc.layout().notes());
  }

  @Test
  void drawingTextBoxInAlternateContentAppearsExactlyOnce() throws Exception {
    Path file = DocxFixtures.write(DocxFixtures.withDrawingTextBox(), dir.resolve("box.docx"));
    ExtractedDocument doc = extract(file);

    assertEquals(1, occurrences(doc.text(), DocxFixtures.TEXT_BOX_TEXT), doc.text());
    assertEquals(1, doc.layout().textBoxes());
    assertTrue(
        doc.layout().notes().get(0).startsWith("1 text box:"), doc.layout().notes().toString());
    List<String> lines = doc.lines();
    assertTrue(lines.indexOf("Body before the box") < lines.indexOf(DocxFixtures.TEXT_BOX_TEXT));
    assertTrue(lines.indexOf(DocxFixtures.TEXT_BOX_TEXT) < lines.indexOf("Body after the box"));
  }

  @Test
  void poisOwnExtractorStillDropsTheTextBoxWhichIsWhyWeWalkTheXml() throws Exception {
    // When this fails, POI has apache/poi#1091: check DocxText for double counting and simplify.
    try (XWPFDocument doc = DocxFixtures.withDrawingTextBox();
        XWPFWordExtractor poi = new XWPFWordExtractor(doc)) {
      assertFalse(poi.getText().contains(DocxFixtures.TEXT_BOX_TEXT));
    }
  }

  @Test
  void textBoxInAHeaderAppearsExactlyOnceBeforeTheBody() throws Exception {
    Path file =
        DocxFixtures.write(DocxFixtures.withTextBoxInHeader("Header box"), dir.resolve("hb.docx"));
    ExtractedDocument doc = extract(file);
    assertEquals(List.of("Header box", "Body"), doc.lines());
    assertEquals(1, doc.layout().textBoxes());
  }

  @Test
  void legacyVmlTextBoxAppearsExactlyOnce() throws Exception {
    ExtractedDocument doc =
        extract(DocxFixtures.write(DocxFixtures.withVmlTextBox(), dir.resolve("vml.docx")));
    assertEquals(1, occurrences(doc.text(), DocxFixtures.VML_TEXT_BOX_TEXT), doc.text());
    assertEquals(1, doc.layout().textBoxes());
  }

  @Test
  void passwordProtectedDocxIsEncrypted() throws Exception {
    byte[] plain = DocxFixtures.bytes(DocxFixtures.features());
    Path file = DocxFixtures.encrypt(plain, dir.resolve("locked.docx"));
    assertEquals(Failure.ENCRYPTED, failureOf(file));
  }

  @Test
  void externalEntityIsRefusedAsCorruptAndNeverResolved() throws Exception {
    String hostname =
        Files.exists(Path.of("/etc/hostname"))
            ? Files.readString(Path.of("/etc/hostname")).strip()
            : "";
    byte[] xml =
        DocxFixtures.documentXml(
            "<?xml version='1.0'?><!DOCTYPE d [<!ENTITY xxe SYSTEM 'file:///etc/hostname'>]>",
            "&xxe;");
    Path file = replaceDocument(xml, "xxe.docx");

    ExtractionException e = assertThrows(ExtractionException.class, () -> extract(file));
    assertEquals(Failure.CORRUPT, e.failure());
    if (!hostname.isEmpty()) {
      assertFalse(e.getMessage().contains(hostname), e.getMessage());
    }
  }

  @Test
  void billionLaughsIsRefusedAsCorrupt() throws Exception {
    StringBuilder dtd = new StringBuilder("<?xml version='1.0'?><!DOCTYPE d [<!ENTITY l0 'lol'>");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY l")
          .append(i)
          .append(" '")
          .append(("&l" + (i - 1) + ";").repeat(10))
          .append("'>");
    }
    dtd.append("]>");
    Path file = replaceDocument(DocxFixtures.documentXml(dtd.toString(), "&l9;"), "laughs.docx");
    assertEquals(Failure.CORRUPT, failureOf(file));
  }

  @Test
  void zipBombIsTooLargeAndFailsFast() throws Exception {
    byte[] template = DocxFixtures.bytes(DocxFixtures.features());
    Path file = DocxFixtures.zipBomb(template, 200L << 20, dir.resolve("bomb.docx"));
    assertTrue(Files.size(file) < 1 << 20, "the bomb itself is small");

    ExtractionException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () -> assertThrows(ExtractionException.class, () -> extract(file)));
    assertEquals(Failure.TOO_LARGE, e.failure(), e.getMessage());
    assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
  }

  @Test
  void zstdCompressedEntryIsUnsupportedNotALinkageError() throws Exception {
    // Without the optional zstd-jni, commons-compress throws NoClassDefFoundError (an Error).
    byte[] docx = DocxFixtures.bytes(DocxFixtures.features());
    Path file =
        Files.write(
            dir.resolve("zstd.docx"), DocxFixtures.patchMethod(docx, "word/document.xml", 93));
    ExtractionException e = assertThrows(ExtractionException.class, () -> extract(file));
    assertEquals(Failure.UNSUPPORTED, e.failure());
    assertTrue(e.getCause() instanceof NoClassDefFoundError, String.valueOf(e.getCause()));
  }

  @Test
  void truncatedDocxIsCorrupt() throws Exception {
    byte[] docx = DocxFixtures.bytes(DocxFixtures.features());
    Path file = Files.write(dir.resolve("cut.docx"), Arrays.copyOf(docx, docx.length * 6 / 10));
    assertEquals(Failure.CORRUPT, failureOf(file));
  }

  @Test
  void plainTextGivenAsDocxIsCorrupt() throws Exception {
    Path file = Files.writeString(dir.resolve("notes.docx"), "just some text, not a zip");
    assertEquals(Failure.CORRUPT, failureOf(file));
  }

  @Test
  void emptyFileIsEmpty() throws Exception {
    assertEquals(Failure.EMPTY, failureOf(Files.createFile(dir.resolve("empty.docx"))));
  }

  @Test
  void missingFileIsAnIoError() {
    assertEquals(Failure.IO_ERROR, failureOf(dir.resolve("nope.docx")));
  }

  @Test
  void fileOverTheSizeLimitIsTooLargeUnopened() throws Exception {
    Path file = DocxFixtures.write(DocxFixtures.features(), dir.resolve("cv.docx"));
    ExtractionLimits tiny = new ExtractionLimits(100, 30, 1_000_000);
    ExtractionException e =
        assertThrows(ExtractionException.class, () -> extractor.extract(file, tiny));
    assertEquals(Failure.TOO_LARGE, e.failure());
  }

  @Test
  void textOverTheCharacterLimitIsCutWithANote() throws Exception {
    Path file = DocxFixtures.write(DocxFixtures.features(), dir.resolve("cv.docx"));
    ExtractedDocument doc = extractor.extract(file, new ExtractionLimits(1 << 20, 30, 20));
    assertEquals(20, doc.text().length(), doc.text());
    assertTrue(
        doc.layout().notes().stream().anyMatch(n -> n.startsWith("text cut at 20 characters")),
        doc.layout().notes().toString());
  }

  @Test
  void inputFileIsLeftByteIdentical() throws Exception {
    Path file = DocxFixtures.write(DocxFixtures.withDrawingTextBox(), dir.resolve("box.docx"));
    byte[] before = Files.readAllBytes(file);
    extract(file);
    assertTrue(Arrays.equals(before, Files.readAllBytes(file)));
  }

  private Path replaceDocument(byte[] documentXml, String name) throws Exception {
    byte[] template = DocxFixtures.bytes(DocxFixtures.features());
    return DocxFixtures.replaceEntries(
        template, Map.of("word/document.xml", documentXml), dir.resolve(name));
  }
}
