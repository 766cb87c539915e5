package dev.keyfit.extract;

/** A document format keyfit can tell apart by content. */
public enum DocumentFormat {
  PDF("pdf"),
  DOCX("docx"),
  DOC("doc"),
  TEXT("text"),
  /** Anything else: images, archives, RTF, HTML, executables. */
  UNKNOWN("unknown");

  private final String id;

  DocumentFormat(String id) {
    this.id = id;
  }

  /** The lower-case name used in reports, e.g. {@code "pdf"}. */
  public String id() {
    return id;
  }
}
