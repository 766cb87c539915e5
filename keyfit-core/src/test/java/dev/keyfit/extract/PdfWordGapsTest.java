package dev.keyfit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfWordGapsTest {

  @TempDir Path dir;

  /**
   * A LaTeX-style line: no space glyphs, each word gap only a shift of the next glyph (TJ
   * adjustments in thousandths of an em; negative moves right). 130/1000 em is narrower than
   * PDFBox's own space threshold for Helvetica, wider than pdftotext's 0.1 em.
   */
  private Path latexStyle(Object[]... lines) throws Exception {
    Path file = dir.resolve("latex.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        float y = 720;
        for (Object[] line : lines) {
          cs.beginText();
          cs.setFont(PdfFixtures.helvetica(), 10);
          cs.newLineAtOffset(50, y);
          cs.showTextWithPositioning(line);
          cs.endText();
          y -= 14;
        }
      }
      doc.save(file.toFile());
    }
    return file;
  }

  @Test
  void glyphShiftOfAWordGapSeparatesWords() throws Exception {
    Path pdf =
        latexStyle(
            new Object[] {"tools", -130f, "like", -130f, "Ansible,", -130f, "Packer"},
            new Object[] {"AWS", -140f, "with", -140f, "Terraform", -140f, "modules"});
    String text = Extractors.standard().extract(pdf).text();
    assertTrue(text.contains("tools like Ansible, Packer"), text);
    assertTrue(text.contains("AWS with Terraform modules"), text);
  }

  @Test
  void kerningAndTrackingDoNotSplitAWord() throws Exception {
    Path pdf =
        latexStyle(
            new Object[] {"Ku", -40f, "ber", 60f, "ne", -50f, "tes", -200f, "clusters"},
            new Object[] {
              "A", 80f, "V", -30f, "A", -20f, "T", -30f, "A", -20f, "R", -250f, "tracking"
            });
    String text = Extractors.standard().extract(pdf).text();
    assertTrue(text.contains("Kubernetes clusters"), text);
    assertTrue(text.contains("AVATAR tracking"), text);
  }

  @Test
  void wordHyphenatedAtALineEndIsMended() {
    assertEquals(
        "Firebase. Implemented\nuser auth",
        PdfWordGaps.rejoinHyphenated("Firebase. Imple-\nmented user auth"));
    assertEquals(
        "in the inhouse\nteam", PdfWordGaps.rejoinHyphenated("in the in\u00AD\nhouse team"));
  }

  @Test
  void dashesAndCapitalisedNextLinesAreNotJoined() {
    String dash = "Acme Corp -\nmanaged teams";
    assertEquals(dash, PdfWordGaps.rejoinHyphenated(dash));
    String name = "Java, Type-\nScript";
    assertEquals(name, PdfWordGaps.rejoinHyphenated(name));
  }
}
