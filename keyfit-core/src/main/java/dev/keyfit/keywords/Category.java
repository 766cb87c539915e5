package dev.keyfit.keywords;

import java.util.Arrays;
import java.util.Optional;

/** What kind of keyword a term is; each has one file under {@code keywords/terms/}. */
public enum Category {
  METHODOLOGIES("methodologies", "Methodologies & frameworks"),
  PM_SKILLS("pm-skills", "Project management skills"),
  TECHNICAL("technical", "Technical skills"),
  TOOLS("tools", "Tools & platforms"),
  CERTIFICATIONS("certifications", "Certifications"),
  RESPONSIBILITIES("responsibilities", "Responsibilities & deliverables"),
  KPIS("kpis", "KPIs & metrics"),
  SOFT_SKILLS("soft-skills", "Soft skills");

  private final String id;
  private final String title;

  Category(String id, String title) {
    this.id = id;
    this.title = title;
  }

  /** The id used in files and reports, e.g. {@code "pm-skills"}. */
  public String id() {
    return id;
  }

  /** A human title, e.g. "Project management skills". */
  public String title() {
    return title;
  }

  /** The category with this id. */
  public static Optional<Category> fromId(String id) {
    return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
  }
}
