package dev.keyfit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

  @Test
  void pdfSaysWhatTheReportSays() {
    String text = GoldenFiles.pdfText(GoldenFiles.render(ReportFixtures.withJobMatch(), ReportFormat.PDF));
    for (String expected : List.of("casey-lee.txt", "Best fit: Technical Project Manager", "Job posting match",
        "Category coverage", "Kubernetes", "Coordinated the migration of [N] services", "1 of 3 pass",
        "How the score was computed")) {
      assertTrue(text.contains(expected), () -> "PDF text lacks: " + expected);
    }
  }

  @Test
  void chartsAreDrawn() throws Exception {
    byte[] pdf = GoldenFiles.render(ReportFixtures.withJobMatch(), ReportFormat.PDF);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      java.awt.image.BufferedImage page = new org.apache.pdfbox.rendering.PDFRenderer(document).renderImage(0, 0.75f);
      int fair = 0;
      int weak = 0;
      for (int y = 0; y < page.getHeight(); y++) {
        for (int x = 0; x < page.getWidth(); x++) {
          int rgb = page.getRGB(x, y) & 0xffffff;
          fair += rgb == 0x9a6700 ? 1 : 0; // the TPM gauge (42, fair) and the posting gauge (45)
          weak += rgb == 0xcf222e ? 1 : 0; // the PM gauge (14, weak) and the weak category bars
        }
      }
      assertTrue(fair > 300, "fair-band gauge arcs are drawn: " + fair + " pixels");
      assertTrue(weak > 100, "weak-band gauge arc and bars are drawn: " + weak + " pixels");
    }
  }

  @Test
  void everyFontIsEmbedded() throws Exception {
    byte[] pdf = GoldenFiles.render(ReportFixtures.withJobMatch(), ReportFormat.PDF);
    List<String> fonts = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertEquals("keyfit 0.1.0", document.getDocumentInformation().getProducer());
      for (PDPage page : document.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertTrue(font.isEmbedded(), font.getName() + " is embedded");
          fonts.add(font.getName());
        }
      }
    }
    assertTrue(fonts.stream().anyMatch(f -> f.endsWith("+LiberationSans")), fonts.toString());
    assertTrue(fonts.stream().anyMatch(f -> f.endsWith("+LiberationSans-Bold")), fonts.toString());
  }
}
