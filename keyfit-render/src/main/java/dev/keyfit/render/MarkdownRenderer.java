package dev.keyfit.render;

import dev.keyfit.report.Report;
import dev.keyfit.report.ReportFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The full report as GitHub-flavoured Markdown, from the {@code report.md.peb} template with
 * Markdown autoescaping: text from the resume cannot form links, images, HTML or table breaks.
 */
public final class MarkdownRenderer implements Renderer {

  @Override
  public ReportFormat format() {
    return ReportFormat.MARKDOWN;
  }

  @Override
  public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
    String text =
        Templates.render("report.md.peb", Map.of("v", ReportView.of(report)))
                .replaceAll(
                    "\n{3,}", "\n\n") // values hold no line breaks, so only template spacing goes
                .strip()
            + "\n";
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
