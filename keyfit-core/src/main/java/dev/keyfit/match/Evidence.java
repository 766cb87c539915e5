package dev.keyfit.match;

import dev.keyfit.nlp.Section;

/**
 * Where a term was found.
 *
 * @param line the 1-based line number
 * @param text the line's text
 * @param section the section the line is in
 * @param measurable true when the line states a measurable result
 * @param words the resume's own words for the term on this line (its first occurrence there)
 */
public record Evidence(int line, String text, Section section, boolean measurable, String words) {

  public Evidence {
    words = words == null ? "" : words;
  }

  /** Evidence without the matched words (tests and callers that do not know them). */
  public Evidence(int line, String text, Section section, boolean measurable) {
    this(line, text, section, measurable, "");
  }
}
