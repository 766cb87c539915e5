package dev.keyfit.keywords;

import java.util.Locale;

/** A role keyfit scores resumes against. */
public enum Role {
  PM("Project Manager"),
  TPM("Technical Project Manager");

  private final String title;

  Role(String title) {
    this.title = title;
  }

  /** The lower-case id, {@code "pm"} or {@code "tpm"}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The role's title, e.g. "Technical Project Manager". */
  public String title() {
    return title;
  }
}
