package dev.keyfit.nlp;

/**
 * One non-blank line of a resume.
 *
 * @param number the 1-based line number in the extracted text
 * @param text the line, trimmed
 * @param section the section the line belongs to
 * @param heading true when the line is a section heading
 * @param bullet true when the line is a list item (starts with a bullet glyph or dash)
 * @param measurable true when the line states a measurable result (a number, %, money, time)
 */
public record ResumeLine(
    int number, String text, Section section, boolean heading, boolean bullet, boolean measurable) {

  /** The text without its leading bullet glyph. */
  public String content() {
    return bullet ? text.replaceFirst("^[•\\-*–·▪◦●‣⁃]+\\s*", "") : text;
  }
}
