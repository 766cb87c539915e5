package dev.keyfit.match;

import dev.keyfit.nlp.Section;

/**
 * Where a term was found.
 *
 * @param line the 1-based line number
 * @param text the line's text
 * @param section the section the line is in
 * @param measurable true when the line states a measurable result
 */
public record Evidence(int line, String text, Section section, boolean measurable) {}
