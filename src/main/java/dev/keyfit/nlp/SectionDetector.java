package dev.keyfit.nlp;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Recognises section headings ("Professional Experience", "SKILLS:", "Certifications &amp;
 * Training") from a list of known phrasings per section. Immutable and thread-safe.
 */
public final class SectionDetector {

  /** Headings are short; a longer line is content even if it starts like a heading. */
  private static final int MAX_HEADING_WORDS = 6;

  private final Map<String, Section> headings;

  /**
   * @param headings for each section, the heading phrasings that introduce it (any case)
   */
  public SectionDetector(Map<Section, List<String>> headings) {
    Map<String, Section> index = new HashMap<>();
    headings.forEach(
        (section, phrases) -> phrases.forEach(p -> index.putIfAbsent(normalize(p), section)));
    this.headings = Map.copyOf(index);
  }

  /** The section a line introduces, or null when the line is not a heading. */
  public Section headingOf(String line) {
    Objects.requireNonNull(line, "line");
    String trimmed = line.strip();
    if (trimmed.isEmpty() || trimmed.split("\\s+").length > MAX_HEADING_WORDS) {
      return null;
    }
    return headings.get(normalize(trimmed));
  }

  /** Lower case, letters and single spaces only: "WORK EXPERIENCE:" → "work experience". */
  static String normalize(String heading) {
    String letters =
        heading.toLowerCase(Locale.ROOT).replace('&', ' ').replaceAll("\\band\\b", " ")
            .replaceAll("[^\\p{L} ]+", " ");
    return letters.replaceAll("\\s+", " ").strip();
  }
}
