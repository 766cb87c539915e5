package dev.keyfit.render;

import dev.keyfit.report.Report;
import dev.keyfit.report.ReportFormat;
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
   * @param paper the PDF's page size
   * @param detail true to add the detail (categories, all checks, evidence, how the score was
   *     computed) to the PDF as an appendix; the other formats always hold it
   */
  record RenderOptions(boolean color, int width, Paper paper, boolean detail) {
    /** No colour, 80 columns, A4, no PDF appendix: the same bytes on every machine. */
    public static final RenderOptions PLAIN = new RenderOptions(false, 80, Paper.A4, false);

    public RenderOptions {
      java.util.Objects.requireNonNull(paper, "paper");
    }

    /** Options with A4 paper and no PDF appendix. */
    public RenderOptions(boolean color, int width) {
      this(color, width, Paper.A4, false);
    }

    /** These options with another paper size and detail choice. */
    public RenderOptions with(Paper paper, boolean detail) {
      return new RenderOptions(color, width, paper, detail);
    }
  }

  /** A PDF page size. */
  enum Paper {
    A4("A4"),
    LETTER("letter");

    private final String css;

    Paper(String css) {
      this.css = css;
    }

    /** The CSS {@code @page size} value. */
    public String css() {
      return css;
    }

    /**
     * Letter where it is the norm (the United States, Canada, Mexico, the Philippines, …), else A4.
     */
    public static Paper fromLocale(java.util.Locale locale) {
      return java.util.Set.of(
                  "US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PR", "SV", "PA", "DO",
                  "NI")
              .contains(locale.getCountry())
          ? LETTER
          : A4;
    }
  }
}
