package dev.keyfit.nlp;

import java.util.Locale;

/** A part of a resume, found from its headings. */
public enum Section {
  /** Lines before the first heading: name, contact details, sometimes a headline. */
  HEADER,
  SUMMARY,
  EXPERIENCE,
  SKILLS,
  EDUCATION,
  CERTIFICATIONS,
  PROJECTS,
  /**
   * Whom the writer or the employer served: industries, sectors, clients ("Industries Served:
   * Software Development, Staffing and Recruiting"). Names of other people's business, not the
   * writer's skills: nothing found in it earns credit.
   */
  CLIENTS,
  /** A heading keyfit recognises but does not score specially (awards, interests, ...). */
  OTHER;

  /** The lower-case id used in dictionaries and reports, e.g. {@code "experience"}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The section with this id, ignoring case. */
  public static Section fromId(String id) {
    return valueOf(id.trim().toUpperCase(Locale.ROOT));
  }
}
