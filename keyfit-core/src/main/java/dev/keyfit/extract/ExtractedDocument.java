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
 * @param savedYear the year the file says it was last saved or created (PDF document information,
 *     DOCX core properties, DOC summary information), or 0 when it records none: what an open date
 *     range ("2016 – Present") runs to when the text names no later year
 */
public record ExtractedDocument(
    String fileName,
    DocumentFormat format,
    String text,
    LayoutSignals layout,
    String headerFooterText,
    int savedYear) {

  /** The earliest and latest years taken as a file's saved year; others are a broken clock. */
  static final int FIRST_SAVED_YEAR = 1980;

  static final int LAST_SAVED_YEAR = 2100;

  public ExtractedDocument {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(layout, "layout");
    headerFooterText = headerFooterText == null ? "" : headerFooterText;
    savedYear = savedYear < FIRST_SAVED_YEAR || savedYear > LAST_SAVED_YEAR ? 0 : savedYear;
  }

  /** A document with header or footer text and no saved year. */
  public ExtractedDocument(
      String fileName,
      DocumentFormat format,
      String text,
      LayoutSignals layout,
      String headerFooterText) {
    this(fileName, format, text, layout, headerFooterText, 0);
  }

  /** A document without separate header or footer text. */
  public ExtractedDocument(
      String fileName, DocumentFormat format, String text, LayoutSignals layout) {
    this(fileName, format, text, layout, "", 0);
  }

  /** This document with {@code year} as its saved year. */
  public ExtractedDocument withSavedYear(int year) {
    return new ExtractedDocument(fileName, format, text, layout, headerFooterText, year);
  }

  /** The text split into lines, blank lines included so that line numbers match the text. */
  public List<String> lines() {
    return List.of(text.split("\n", -1));
  }
}
