package dev.keyfit.extract;

import java.util.List;

/**
 * Facts about a document's layout that applicant tracking systems care about.
 *
 * @param pages pages (PDF) or 0 where the format has no fixed pages
 * @param words whitespace-separated words in the extracted text
 * @param images embedded images
 * @param textlessPages pages with no extractable text (scanned pages)
 * @param multiColumnPages pages laid out in two or more columns
 * @param tables tables in the document (DOCX/DOC) or 0 where unknown
 * @param textBoxes text boxes (DOCX)
 * @param unusualCharacters characters an ATS may not read: private-use glyphs, U+FFFD, symbols
 * @param notes plain-language remarks for the report, e.g. "PDF permissions restrict extraction"
 */
public record LayoutSignals(
    int pages,
    int words,
    int images,
    int textlessPages,
    int multiColumnPages,
    int tables,
    int textBoxes,
    int unusualCharacters,
    List<String> notes) {

  public LayoutSignals {
    notes = List.copyOf(notes);
  }

  /** Signals for a document with no layout information beyond its text. */
  public static LayoutSignals ofText(String text) {
    return new LayoutSignals(0, countWords(text), 0, 0, 0, 0, 0, 0, List.of());
  }

  /** Counts whitespace-separated words. */
  public static int countWords(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }
}
