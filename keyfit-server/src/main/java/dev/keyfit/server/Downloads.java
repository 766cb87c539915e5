package dev.keyfit.server;

import dev.keyfit.render.Renderer;
import dev.keyfit.render.Renderers;
import dev.keyfit.report.Report;
import dev.keyfit.report.ReportFormat;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * A report in the formats the page offers, through the existing renderers (the same bytes {@code
 * keyfit scan -o} writes), and the one way every download leaves the server.
 */
final class Downloads {

  private Downloads() {}

  /** The formats offered, by the name in the URL. */
  static final Map<String, ReportFormat> FORMATS =
      Map.of(
          "html", ReportFormat.HTML,
          "pdf", ReportFormat.PDF,
          "md", ReportFormat.MARKDOWN,
          "json", ReportFormat.JSON);

  static final Map<ReportFormat, String> TYPES =
      Map.of(
          ReportFormat.HTML, "text/html; charset=utf-8",
          ReportFormat.PDF, "application/pdf",
          ReportFormat.MARKDOWN, "text/markdown; charset=utf-8",
          ReportFormat.JSON, "application/json; charset=utf-8");

  /** The format named in a URL, or a 404. */
  static ReportFormat format(String name) {
    ReportFormat format = FORMATS.get(name.toLowerCase(Locale.ROOT));
    if (format == null) {
      throw Refusal.notFound("a report in '" + name + "' format (html, pdf, md and json are)");
    }
    return format;
  }

  /** The report rendered in a format, on the paper of the server's locale. */
  static byte[] render(Report report, ReportFormat format) throws IOException {
    Renderer renderer =
        Renderers.forFormat(format)
            .orElseThrow(
                () -> new Refusal(500, "this build has no " + format.extension() + " renderer"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.render(
        report,
        Renderer.RenderOptions.PLAIN.with(Renderer.Paper.fromLocale(Locale.getDefault()), false),
        out);
    return out.toByteArray();
  }

  /**
   * Sends a report's bytes in a format as a download named after the resume: {@code cv.pdf} →
   * {@code cv-gap.pdf}.
   */
  static void send(Context ctx, Report report, ReportFormat format, byte[] bytes) {
    attachment(ctx, base(report.source().file()) + "-gap." + format.extension(), TYPES.get(format));
    ctx.result(bytes);
  }

  /** A report rendered as HTML, shown in the page's frame under the report's own policy. */
  static void show(Context ctx, byte[] bytes) {
    Guard.headers(ctx, Guard.REPORT_CSP);
    ctx.contentType(TYPES.get(ReportFormat.HTML));
    ctx.result(bytes);
  }

  /** Marks the response a download with this file name (ASCII fallback and RFC 5987 UTF-8). */
  static void attachment(Context ctx, String name, String type) {
    String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
    String utf8 = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    ctx.contentType(type);
    ctx.header(
        "Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8);
  }

  /** A file name without its folders and extension. */
  static String base(String file) {
    String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
    int dot = name.lastIndexOf('.');
    String b = dot > 0 ? name.substring(0, dot) : name;
    return b.isBlank() ? "resume" : b;
  }
}
