package dev.keyfit.extract;

import java.util.List;
import java.util.Objects;

/**
 * The text of one document, with its line structure kept (one bullet or heading a line) and its
 * layout signals.
 *
 * @param fileName the file's name as the user gave it (for reports), never used to detect format
 * @param format the format detected from the content
 * @param text normalised text (NFC, no control characters but {@code \n} and {@code \t}), lines
 *     separated by {@code \n}
 * @param layout layout signals
 * @param headerFooterText the text of the page headers and footers (DOCX), normalised like {@code
 *     text}, which also holds it; empty when the document has none or its format keeps no such
 *     parts apart. Many ATSs drop headers and footers, so contact details only there get lost.
 */
public record ExtractedDocument(
    String fileName,
    DocumentFormat format,
    String text,
    LayoutSignals layout,
    String headerFooterText) {

  public ExtractedDocument {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(layout, "layout");
    headerFooterText = headerFooterText == null ? "" : headerFooterText;
  }

  /** A document without separate header or footer text. */
  public ExtractedDocument(
      String fileName, DocumentFormat format, String text, LayoutSignals layout) {
    this(fileName, format, text, layout, "");
  }

  /** The text split into lines, blank lines included so that line numbers match the text. */
  public List<String> lines() {
    return List.of(text.split("\n", -1));
  }
}
