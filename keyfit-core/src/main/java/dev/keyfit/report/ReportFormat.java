package dev.keyfit.report;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** An output format, chosen by {@code --format} or by the output file's extension. */
public enum ReportFormat {
  TEXT("txt"),
  JSON("json"),
  MARKDOWN("md"),
  HTML("html"),
  PDF("pdf"),
  CSV("csv");

  private final String extension;

  ReportFormat(String extension) {
    this.extension = extension;
  }

  /** The usual file extension, without the dot. */
  public String extension() {
    return extension;
  }

  /**
   * The format with this name or usual extension, ignoring case: text/txt, json, markdown/md,
   * html/htm, pdf, csv.
   */
  public static Optional<ReportFormat> fromName(String name) {
    return switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "txt", "text" -> Optional.of(TEXT);
      case "json" -> Optional.of(JSON);
      case "md", "markdown" -> Optional.of(MARKDOWN);
      case "html", "htm" -> Optional.of(HTML);
      case "pdf" -> Optional.of(PDF);
      case "csv" -> Optional.of(CSV);
      default -> Optional.empty();
    };
  }

  /** The format a file name's extension implies, if any. */
  public static Optional<ReportFormat> fromPath(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    return fromName(name.substring(dot + 1));
  }
}
