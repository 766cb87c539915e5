package dev.keyfit.server;

import dev.keyfit.report.Report;
import dev.keyfit.report.ReportFormat;
import java.io.IOException;
import java.util.Map;

/**
 * Reports as rendered for the page: each format rendered on its first request (the report view is
 * HTML; a PDF takes ≈ 0.2 s) and the bytes sent again for the next request of the same report and
 * format (the page's frame and its "download HTML" are the same bytes), the last {@value #KEPT} by
 * use. Rendering is deterministic, so a kept render is byte for byte a fresh one.
 */
final class Renders {

  /** How many rendered reports are kept. */
  static final int KEPT = 32;

  /** Renders a report in a format. */
  @FunctionalInterface
  interface Renderer {
    byte[] render(Report report, ReportFormat format) throws IOException;
  }

  private final Renderer renderer;
  private final Map<String, byte[]> kept = Newest.map(KEPT, true);

  Renders(Renderer renderer) {
    this.renderer = renderer;
  }

  /** The renders of {@link Downloads#render}. */
  Renders() {
    this(Downloads::render);
  }

  /**
   * The report in a format.
   *
   * @param key names the report for as long as the server runs (a scan's or a batch row's id)
   */
  byte[] get(String key, Report report, ReportFormat format) throws IOException {
    String k = key + "\0" + format.name();
    byte[] bytes = kept.get(k);
    if (bytes == null) {
      bytes = renderer.render(report, format);
      kept.put(k, bytes);
    }
    return bytes;
  }
}
