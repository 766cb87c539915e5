package dev.keyfit.score;

import dev.keyfit.keywords.Category;
import dev.keyfit.match.Evidence;
import dev.keyfit.match.Match;
import dev.keyfit.nlp.Section;

/**
 * How much of a term's weight its evidence earns, from 0 to 1. Shown work earns more than a
 * listing: a term in an experience bullet with a measurable result earns it all, a bare entry in a
 * skills list half. Each further experience line adds a little, up to the full weight, so repeating
 * a term has diminishing returns.
 */
public final class EvidenceCredit {

  static final double MEASURED_EXPERIENCE = 1.0;
  static final double EXPERIENCE = 0.75;
  static final double SUMMARY = 0.6;
  static final double LISTED = 0.5;
  static final double REPEAT_BONUS = 0.1;
  static final int MAX_REPEATS = 2;

  /**
   * @param credit the share of the weight earned, 0–1
   * @param basis why, in words, e.g. "experience bullet with a measurable result"
   * @param listedOnly true when the term only appears in lists (skills, header, other)
   */
  public record Credit(double credit, String basis, boolean listedOnly) {}

  private EvidenceCredit() {}

  /** The credit a match earns. */
  public static Credit of(Match match) {
    double best = 0;
    String basis = "listed";
    int shown = 0;
    for (Evidence e : match.evidence()) {
      double c = credit(match.term().category(), e);
      if (isShownWork(e.section())) {
        shown++;
      }
      if (c > best) {
        best = c;
        basis = basis(match.term().category(), e);
      }
    }
    double extra = REPEAT_BONUS * Math.min(MAX_REPEATS, Math.max(0, shown - 1));
    double credit = Math.min(1.0, best + extra);
    if (extra > 0 && best < 1.0) {
      basis += ", used on " + shown + " lines";
    }
    return new Credit(credit, basis, shown == 0 && best <= LISTED);
  }

  private static double credit(Category category, Evidence e) {
    if (category == Category.CERTIFICATIONS) {
      return MEASURED_EXPERIENCE; // a certification is shown by listing it
    }
    if (isShownWork(e.section())) {
      return e.measurable() ? MEASURED_EXPERIENCE : EXPERIENCE;
    }
    return e.section() == Section.SUMMARY ? SUMMARY : LISTED;
  }

  private static String basis(Category category, Evidence e) {
    if (category == Category.CERTIFICATIONS) {
      return "certification listed";
    }
    if (isShownWork(e.section())) {
      return e.measurable()
          ? e.section().id() + " line with a measurable result"
          : e.section().id() + " line without a measurable result";
    }
    return e.section() == Section.SUMMARY ? "summary" : "listed in " + e.section().id();
  }

  private static boolean isShownWork(Section section) {
    return section == Section.EXPERIENCE || section == Section.PROJECTS;
  }
}
