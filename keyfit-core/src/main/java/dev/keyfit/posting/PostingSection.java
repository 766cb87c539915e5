package dev.keyfit.posting;

import java.util.Locale;

/**
 * A part of a job posting, found from its headings. Each part stresses the terms in it by a factor:
 * the title and the requirements say what the employer screens for, a nice-to-have list what it
 * would merely welcome, and the company blurb nothing about the job.
 */
public enum PostingSection {
  /** The job title line. */
  TITLE(3.0),
  REQUIREMENTS(2.0),
  RESPONSIBILITIES(1.5),
  /** Lines before the first recognised heading, or under one keyfit does not know. */
  GENERAL(1.0),
  PREFERRED(0.5),
  COMPANY(0.25);

  private final double stress;

  PostingSection(double stress) {
    this.stress = stress;
  }

  /** How much a term in this part counts, relative to {@link #GENERAL}. */
  public double stress() {
    return stress;
  }

  /** True for the parts whose terms are screened for: the title and the requirements. */
  public boolean required() {
    return this == TITLE || this == REQUIREMENTS;
  }

  /** The lower-case id used in data files and reports. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
