package dev.keyfit.render;

import dev.keyfit.report.ReportFormat;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The renderer for each report format. Text, JSON, Markdown and HTML are built in; other formats
 * (the PDF of {@code keyfit-render-pdf}) come from {@link ServiceLoader} when their module is on
 * the class path.
 */
public final class Renderers {
  private Renderers() {}

  /** The renderer for a single-resume report format, if that format has one here. */
  public static Optional<Renderer> forFormat(ReportFormat format) {
    return switch (format) {
      case TEXT -> Optional.of(new TextRenderer());
      case JSON -> Optional.of(new JsonRenderer());
      case MARKDOWN -> Optional.of(new MarkdownRenderer());
      case HTML -> Optional.of(new HtmlRenderer());
      default ->
          ServiceLoader.load(Renderer.class, Renderers.class.getClassLoader()).stream()
              .map(ServiceLoader.Provider::get)
              .filter(r -> r.format() == format)
              .findFirst();
    };
  }
}
