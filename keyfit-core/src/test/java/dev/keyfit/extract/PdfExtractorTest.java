package dev.keyfit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfExtractorTest {

  @TempDir Path dir;
  private final Extractors extractors = Extractors.standard();

  private static final List<String> LEFT =
      List.of(
          "CONTACT",
          "jane@example.com",
          "SKILLS",
          "Agile Scrum Kanban",
          "Jira Confluence",
          "Risk management",
          "EDUCATION",
          "BSc Computer Science");
  private static final List<String> RIGHT =
      List.of(
          "SUMMARY",
          "Program manager with ten years",
          "EXPERIENCE",
          "Led launch of payments platform",
          "Managed budget of two million",
          "Ran quarterly planning for six teams",
          "Cut release time by half",
          "Hired and coached four managers");

  @Test
  void simplePdfIsReadWithItsLines() throws Exception {
    Path pdf = PdfFixtures.write(dir.resolve("simple.pdf"), PdfFixtures.RESUME);
    ExtractedDocument doc = extractors.extract(pdf);
    assertEquals(DocumentFormat.PDF, doc.format());
    assertEquals("simple.pdf", doc.fileName());
    assertTrue(doc.lines().containsAll(PdfFixtures.RESUME), doc.text());
    assertEquals(1, doc.layout().pages());
    assertEquals(0, doc.layout().multiColumnPages());
    assertEquals(0, doc.layout().images());
    assertTrue(doc.layout().words() > 30);
  }

  @Test
  void twoColumnPdfIsReadColumnByColumn() throws Exception {
    Path pdf = PdfFixtures.twoColumns(dir.resolve("two.pdf"), LEFT, RIGHT);
    ExtractedDocument doc = extractors.extract(pdf);
    assertEquals(1, doc.layout().multiColumnPages());
    List<String> lines = doc.lines().stream().filter(l -> !l.isBlank()).toList();
    assertTrue(lines.get(0).startsWith("JANE QUINN DOE"), doc.text());
    int firstLeft = lines.indexOf(LEFT.get(0));
    // each column comes out whole and in order, the left one first: not interleaved
    assertEquals(LEFT, lines.subList(firstLeft, firstLeft + LEFT.size()), doc.text());
    int firstRight = lines.indexOf(RIGHT.get(0));
    assertTrue(firstRight > firstLeft);
    assertEquals(RIGHT, lines.subList(firstRight, firstRight + RIGHT.size()), doc.text());
  }

  @Test
  void singleColumnPdfIsNotSplit() throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      lines.add(
          i % 3 == 0
              ? "Acme Corp, Senior Program Manager"
              : "Delivered program " + i + " for the business unit on time");
    }
    Path pdf = PdfFixtures.write(dir.resolve("one.pdf"), lines);
    assertEquals(0, extractors.extract(pdf).layout().multiColumnPages());
  }

  @Test
  void ownerPasswordOnlyPdfIsExtractedWithANote() throws Exception {
    Path pdf = PdfFixtures.encrypted(dir.resolve("owner.pdf"), "");
    ExtractedDocument doc = extractors.extract(pdf);
    assertTrue(doc.text().contains("Technical Program Manager"), doc.text());
    assertTrue(
        doc.layout().notes().stream().anyMatch(n -> n.contains("permissions")),
        doc.layout().notes().toString());
  }

  @Test
  void userPasswordPdfIsEncrypted() throws Exception {
    Path pdf = PdfFixtures.encrypted(dir.resolve("user.pdf"), "open-sesame");
    ExtractionException e = assertThrows(ExtractionException.class, () -> extractors.extract(pdf));
    assertEquals(Failure.ENCRYPTED, e.failure());
  }

  @Test
  void imageOnlyPdfNeedsOcr() throws Exception {
    Path pdf = PdfFixtures.imageOnly(dir.resolve("scan.pdf"), 2);
    ExtractionException e = assertThrows(ExtractionException.class, () -> extractors.extract(pdf));
    assertEquals(Failure.NEEDS_OCR, e.failure());
  }

  @Test
  void pdfWithoutAnyTextIsEmpty() throws Exception {
    Path pdf = PdfFixtures.write(dir.resolve("blank.pdf"), List.of(), List.of());
    ExtractionException e = assertThrows(ExtractionException.class, () -> extractors.extract(pdf));
    assertEquals(Failure.EMPTY, e.failure());
  }

  @Test
  void textOnPageTwoIsFoundAfterAnEmptyFirstPage() throws Exception {
    Path pdf = PdfFixtures.write(dir.resolve("late.pdf"), List.of(), PdfFixtures.RESUME);
    ExtractedDocument doc = extractors.extract(pdf);
    assertTrue(doc.text().startsWith("Jane Doe"), doc.text());
    assertEquals(2, doc.layout().pages());
    assertEquals(1, doc.layout().textlessPages());
  }

  @Test
  void pagesBeyondTheLimitAreSkippedWithANote() throws Exception {
    Path pdf =
        PdfFixtures.write(
            dir.resolve("long.pdf"),
            List.of("page one text"),
            List.of("page two text"),
            List.of("page three text"));
    ExtractedDocument doc = extractors.extract(pdf, new ExtractionLimits(1 << 20, 2, 10_000));
    assertTrue(doc.text().contains("page two"));
    assertFalse(doc.text().contains("page three"), doc.text());
    assertTrue(doc.layout().notes().stream().anyMatch(n -> n.contains("first 2 of 3 pages")));
  }

  @Test
  void truncatedPdfIsCorrupt() throws Exception {
    Path pdf = PdfFixtures.write(dir.resolve("full.pdf"), PdfFixtures.RESUME, PdfFixtures.RESUME);
    Path cut = truncate(pdf, dir.resolve("cut.pdf"));
    ExtractionException e = assertThrows(ExtractionException.class, () -> extractors.extract(cut));
    assertEquals(Failure.CORRUPT, e.failure(), e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
  }

  @Test
  void randomBytesNamedPdfAreRefusedWithAClearMessage() throws Exception {
    byte[] noise = new byte[4096];
    new Random(42).nextBytes(noise);
    Path file = Files.write(dir.resolve("noise.pdf"), noise);
    ExtractionException e = assertThrows(ExtractionException.class, () -> extractors.extract(file));
    assertTrue(
        e.failure() == Failure.UNSUPPORTED || e.failure() == Failure.CORRUPT, e.failure().name());
    assertTrue(e.getMessage().startsWith("unsupported format"), e.getMessage());
  }

  @Test
  void headerAfterJunkIsStillAPdf() throws Exception {
    Path pdf = PdfFixtures.write(dir.resolve("p.pdf"), PdfFixtures.RESUME);
    byte[] bytes = Files.readAllBytes(pdf);
    byte[] junk = new byte[100 + bytes.length];
    Arrays.fill(junk, 0, 100, (byte) ' ');
    System.arraycopy(bytes, 0, junk, 100, bytes.length);
    Path file = Files.write(dir.resolve("junk.pdf"), junk);
    assertEquals(DocumentFormat.PDF, new FormatDetector().detect(file).format());
  }

  static Path truncate(Path pdf, Path target) throws Exception {
    byte[] bytes = Files.readAllBytes(pdf);
    return Files.write(target, Arrays.copyOf(bytes, bytes.length * 6 / 10));
  }
}
