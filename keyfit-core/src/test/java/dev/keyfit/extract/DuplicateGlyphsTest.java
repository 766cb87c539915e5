package dev.keyfit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuplicateGlyphsTest {

  @TempDir Path dir;

  /** Fake bold: each line drawn a second time a fraction of a point to the right. */
  private Path fakeBold(boolean actualText) throws Exception {
    Path file = dir.resolve("bold-" + actualText + ".pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        if (actualText) {
          COSDictionary props = new COSDictionary();
          props.setString(COSName.ACTUAL_TEXT, "Ansible and Terraform");
          cs.beginMarkedContent(COSName.getPDFName("Span"), PDPropertyList.create(props));
        }
        for (float dx : new float[] {0f, 0.4f}) {
          cs.beginText();
          cs.setFont(PdfFixtures.helvetica(), 11);
          cs.newLineAtOffset(50 + dx, 720);
          cs.showText("Ansible and Terraform");
          cs.endText();
        }
        if (actualText) {
          cs.endMarkedContent();
        }
        cs.beginText();
        cs.setFont(PdfFixtures.helvetica(), 11);
        cs.newLineAtOffset(50, 700);
        cs.showText("Kubernetes clusters");
        cs.endText();
      }
      doc.save(file.toFile());
    }
    return file;
  }

  private static String pdfbox(Path pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(doc);
    }
  }

  @Test
  void textDrawnTwiceOverItselfIsReadOnce() throws Exception {
    Path pdf = fakeBold(false);
    String text = Extractors.standard().extract(pdf).text();
    assertTrue(text.contains("Ansible and Terraform\nKubernetes clusters"), text);
    assertEquals(pdfbox(pdf).strip(), text.strip());
  }

  @Test
  void insideActualTextNothingIsDroppedAsPdfBoxDoes() throws Exception {
    Path pdf = fakeBold(true);
    String text = Extractors.standard().extract(pdf).text();
    assertEquals(pdfbox(pdf).strip(), text.strip());
    assertTrue(text.contains("Kubernetes clusters"), text);
  }

  /**
   * Forty lines across the page, every other one drawn twice: the same letters sit in hundreds of
   * grid cells, so the cell table grows many times over one page.
   */
  @Test
  void glyphsSpreadOverManyCellsAreCheckedAsPdfBoxChecksThem() throws Exception {
    Path file = dir.resolve("many-cells.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        for (int line = 0; line < 40; line++) {
          for (float dx : line % 2 == 0 ? new float[] {0f, 0.3f} : new float[] {0f}) {
            cs.beginText();
            cs.setFont(PdfFixtures.helvetica(), 9);
            cs.newLineAtOffset(30 + dx + (line % 5) * 3, 760 - line * 18);
            cs.showText("Scheduled releases, tested pipelines and tracked risks " + line);
            cs.endText();
          }
        }
      }
      doc.save(file.toFile());
    }
    String text = Extractors.standard().extract(file).text();
    assertEquals(pdfbox(file).strip(), text.strip());
    assertEquals(40, text.lines().filter(l -> l.startsWith("Scheduled releases")).count(), text);
  }
}
