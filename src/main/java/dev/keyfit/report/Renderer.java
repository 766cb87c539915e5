package dev.keyfit.report;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a report in one format. Implementations are stateless and thread-safe. */
public interface Renderer {

  /** The format written. */
  ReportFormat format();

  /**
   * Writes the report; the stream is flushed, not closed.
   *
   * @param options presentation options (colour, width)
   */
  void render(Report report, RenderOptions options, OutputStream out) throws IOException;

  /**
   * Presentation options.
   *
   * @param color true to colour terminal text with ANSI escapes
   * @param width the terminal width in columns
   */
  record RenderOptions(boolean color, int width) {
    public static final RenderOptions PLAIN = new RenderOptions(false, 100);
  }
}
