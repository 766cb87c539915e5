package dev.keyfit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.render.Renderer;
import dev.keyfit.report.Report;
import dev.keyfit.report.ReportFixtures;
import dev.keyfit.report.ReportFormat;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

  @Test
  void pdfLeadsWithTheDecisionAndLeavesTheDetailToTheAppendix() throws Exception {
    String text =
        GoldenFiles.pdfText(GoldenFiles.render(ReportFixtures.withJobMatch(), ReportFormat.PDF));
    for (String expected :
        List.of(
            "casey-lee.txt",
            "Best fit: Technical Project Manager",
            "Job posting match",
            "Do these first",
            "Kubernetes",
            "Coordinated the migration of [N] services",
            "1 of 3 pass",
            "Write only what you really did")) {
      assertTrue(text.contains(expected), () -> "PDF text lacks: " + expected);
    }
    assertFalse(
        text.contains("How the score was computed"), "the detail is left out without --detail");
    String detail =
        GoldenFiles.pdfText(
            render(
                ReportFixtures.withJobMatch(),
                Renderer.RenderOptions.PLAIN.with(Renderer.Paper.A4, true)));
    assertTrue(detail.contains("Appendix: Category coverage"));
    assertTrue(detail.contains("Appendix: How the score was computed"));
  }

  @Test
  void aOnePageResumesGapReportFitsInTwoToFourPages() throws Exception {
    java.nio.file.Path samples = java.nio.file.Path.of("samples");
    boolean first = true;
    for (String[] run :
        new String[][] {
          {"tpm-resume.pdf", "tpm-posting.txt"},
          {"pm-resume.docx", "tpm-posting.txt"},
          {"nurse-resume.docx", "construction-pm-posting.txt"},
          {"thin-tpm-resume.txt", null}
        }) {
      var options =
          dev.keyfit.AnalysisOptions.defaults()
              .withJobPosting(run[1] == null ? null : samples.resolve(run[1]));
      Report report = GoldenFiles.keyfit().analyze(samples.resolve(run[0]), options);
      try (PDDocument pdf = Loader.loadPDF(render(report, Renderer.RenderOptions.PLAIN))) {
        int pages = pdf.getNumberOfPages();
        assertTrue(
            pages >= 1 && pages <= 4,
            () -> String.join(" vs ", java.util.Arrays.asList(run)) + ": " + pages + " pages");
      }
      if (first) {
        try (PDDocument pdf =
            Loader.loadPDF(
                render(report, Renderer.RenderOptions.PLAIN.with(Renderer.Paper.A4, true)))) {
          assertTrue(pdf.getNumberOfPages() > 4, "the appendix adds pages");
        }
        first = false;
      }
    }
  }

  @Test
  void pdfIsTaggedWithTitleAndLanguageOnTheChosenPaper() throws Exception {
    byte[] letter =
        render(
            ReportFixtures.withJobMatch(),
            Renderer.RenderOptions.PLAIN.with(Renderer.Paper.LETTER, false));
    try (PDDocument pdf = Loader.loadPDF(letter)) {
      var catalog = pdf.getDocumentCatalog();
      assertTrue(
          catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked(),
          "tagged (MarkInfo /Marked)");
      assertTrue(catalog.getStructureTreeRoot() != null, "has a structure tree");
      assertEquals("en", catalog.getLanguage());
      assertEquals("keyfit gap report — casey-lee.txt", pdf.getDocumentInformation().getTitle());
      assertEquals(
          612, Math.round(pdf.getPage(0).getMediaBox().getWidth()), "US letter is 8.5 in wide");
    }
    try (PDDocument pdf =
        Loader.loadPDF(GoldenFiles.render(ReportFixtures.withJobMatch(), ReportFormat.PDF))) {
      assertEquals(595, Math.round(pdf.getPage(0).getMediaBox().getWidth()), "A4 by default");
    }
  }

  @Test
  void tableHeadersDoNotRunTogether() throws Exception {
    String text =
        GoldenFiles.pdfText(
                render(
                    ReportFixtures.withJobMatch(),
                    Renderer.RenderOptions.PLAIN.with(Renderer.Paper.A4, true)))
            .toUpperCase(java.util.Locale.ROOT);
    assertFalse(text.contains("POSTINGRESUME"), text);
    assertFalse(text.contains("WEIGHT×"), text);
    assertFalse(text.contains("CREDIT="), text);
  }

  @Test
  void paperFollowsTheLocale() {
    assertEquals(Renderer.Paper.LETTER, Renderer.Paper.fromLocale(java.util.Locale.US));
    assertEquals(Renderer.Paper.A4, Renderer.Paper.fromLocale(java.util.Locale.UK));
    assertEquals(Renderer.Paper.A4, Renderer.Paper.fromLocale(java.util.Locale.ROOT));
  }

  private static byte[] render(Report report, Renderer.RenderOptions options)
      throws java.io.IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    new PdfRenderer().render(report, options, out);
    return out.toByteArray();
  }

  @Test
  void chartsAreDrawn() throws Exception {
    byte[] pdf = GoldenFiles.render(ReportFixtures.withJobMatch(), ReportFormat.PDF);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      java.awt.image.BufferedImage page =
          new org.apache.pdfbox.rendering.PDFRenderer(document).renderImage(0, 0.75f);
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
