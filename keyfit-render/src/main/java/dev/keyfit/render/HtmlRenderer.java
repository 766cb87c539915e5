package dev.keyfit.render;

import dev.keyfit.report.Report;
import dev.keyfit.report.ReportFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The self-contained HTML report: one file, inline CSS, charts as inline SVG, no script and no
 * external resource (a Content-Security-Policy meta forbids both), print-friendly. Built from the
 * {@code report.html.peb} template with HTML autoescaping.
 */
public final class HtmlRenderer implements Renderer {

  @Override
  public ReportFormat format() {
    return ReportFormat.HTML;
  }

  @Override
  public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
    out.write(html(report, false, options).getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /**
   * The report as XHTML; {@code pdf} selects the variant drawn for openhtmltopdf, which holds the
   * detail only when the options ask for it, on the options' paper.
   */
  public static String html(Report report, boolean pdf, RenderOptions options) {
    return Templates.render(
        "report.html.peb",
        Map.of(
            "v",
            ReportView.of(report),
            "pdf",
            pdf,
            "detail",
            options.detail(),
            "paper",
            options.paper().css()));
  }
}
