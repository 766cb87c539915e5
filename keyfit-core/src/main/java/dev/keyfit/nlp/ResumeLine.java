package dev.keyfit.nlp;

import java.util.regex.Pattern;

/**
 * One logical line of a resume: a heading, a bullet, or a sentence, with the lines a PDF wrapped it
 * over joined again.
 *
 * @param number the 1-based number of its first line in the extracted text
 * @param text the line, trimmed (wrapped parts joined with a space)
 * @param section the section the line belongs to
 * @param heading true when the line is a section heading
 * @param bullet true when the line is a list item (starts with a bullet glyph or dash)
 * @param measurable true when the line states a measurable result (a number, %, money, time)
 */
public record ResumeLine(
    int number, String text, Section section, boolean heading, boolean bullet, boolean measurable) {

  /** A leading bullet glyph and the spaces after it. */
  private static final Pattern BULLET = Pattern.compile("^[•\\-*–·▪◦●‣⁃]+\\s*");

  /** The text without its leading bullet glyph. */
  public String content() {
    return bullet ? BULLET.matcher(text).replaceFirst("") : text;
  }
}
