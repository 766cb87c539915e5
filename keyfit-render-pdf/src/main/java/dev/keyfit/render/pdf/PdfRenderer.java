package dev.keyfit.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import dev.keyfit.render.HtmlRenderer;
import dev.keyfit.render.Renderer;
import dev.keyfit.report.Report;
import dev.keyfit.report.ReportFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The PDF report: the HTML report's print variant rendered by openhtmltopdf on PDFBox, with
 * Liberation Sans embedded (the regular weight from PDFBox's jar, the bold one shipped with keyfit)
 * so it looks the same everywhere. The charts are the HTML report's inline SVG, drawn by
 * openhtmltopdf's Batik plugin with scripts and external resources off. External resources are
 * refused, this render's diagnostics are dropped, and the document id and dates are fixed so the
 * same report gives the same bytes.
 */
public final class PdfRenderer implements Renderer {

  static final String FONT = "Liberation Sans";
  private static final String REGULAR =
      "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  private static final String BOLD = "/dev/keyfit/render/pdf/fonts/LiberationSans-Bold.ttf";

  @Override
  public ReportFormat format() {
    return ReportFormat.PDF;
  }

  @Override
  public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
    String html = HtmlRenderer.html(report, true, options);
    try (PDDocument document = new PDDocument();
        TrueTypeFont regular = ttf(REGULAR);
        TrueTypeFont bold = ttf(BOLD)) {
      PdfRendererBuilder builder =
          new PdfRendererBuilder()
              .usePDDocument(document)
              .useFastMode()
              // this render's diagnostics go nowhere; the JVM-wide logging switch is the process
              // owner's (Keyfit.hardenLibraries(), through PdfLibrarySettings)
              .withDiagnosticConsumer(diagnostic -> {})
              // a tagged PDF (structure tree, /Lang from <html lang>, /Title from <title>) for
              // screen readers
              .usePdfUaAccessibility(true)
              .withProducer(report.tool().name() + " " + report.tool().version())
              .useExternalResourceAccessControl(
                  (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
              .useExternalResourceAccessControl(
                  (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
              .useFont(
                  new PDFontSupplier(PDType0Font.load(document, regular, true)),
                  FONT,
                  400,
                  BaseRendererBuilder.FontStyle.NORMAL,
                  true)
              .useFont(
                  new PDFontSupplier(PDType0Font.load(document, bold, true)),
                  FONT,
                  700,
                  BaseRendererBuilder.FontStyle.NORMAL,
                  true)
              // Batik draws the inline SVG charts; no script runs and no external resource is
              // loaded.
              .useSVGDrawer(
                  new BatikSVGDrawer(
                      BatikSVGDrawer.SvgScriptMode.SECURE,
                      BatikSVGDrawer.SvgExternalResourceMode.SECURE))
              .withHtmlContent(html, null);
      try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
        renderer.layout();
        renderer.createPDFWithoutClosing();
      }
      // openhtmltopdf stamps the clock into CreationDate and PDFBox seeds the trailer /ID from
      // it: fix both so the same report gives the same bytes.
      Calendar epoch = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
      epoch.setTimeInMillis(0);
      PDDocumentInformation info = document.getDocumentInformation();
      info.setCreationDate(epoch);
      info.setModificationDate(null);
      document.setDocumentId((long) html.hashCode());
      document.save(out);
    }
    out.flush();
  }

  /**
   * An embedded font with glyph substitution (GSUB) off: the report's text is plain Latin, which
   * Liberation Sans draws the same without it, and with it on PDFBox compiles a ligature regex for
   * every text run it writes (most of a render's time). The font stays open until the document is
   * saved (its subset is built then).
   */
  private static TrueTypeFont ttf(String resource) throws IOException {
    try (InputStream in = font(resource)) {
      TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
      ttf.setEnableGsub(false);
      return ttf;
    }
  }

  private static InputStream font(String resource) {
    InputStream in = PdfRenderer.class.getResourceAsStream(resource);
    if (in == null) {
      throw new UncheckedIOException(
          new IOException("font " + resource + " is missing from the jar"));
    }
    return in;
  }
}
