package dev.keyfit.report;

import java.util.Optional;

/** The renderer for each report format. */
public final class Renderers {
  private Renderers() {}

  /** The renderer for a single-resume report format, if that format has one. */
  public static Optional<Renderer> forFormat(ReportFormat format) {
    return switch (format) {
      case TEXT -> Optional.of(new TextRenderer());
      case JSON -> Optional.of(new JsonRenderer());
      case MARKDOWN -> Optional.of(new MarkdownRenderer());
      case HTML -> Optional.of(new HtmlRenderer());
      case PDF -> Optional.of(new PdfRenderer());
      default -> Optional.empty();
    };
  }
}
