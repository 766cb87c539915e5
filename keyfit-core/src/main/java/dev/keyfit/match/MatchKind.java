package dev.keyfit.match;

import java.util.Collection;
import java.util.Locale;

/**
 * How a term was found: in the term's own (or the posting's own) words, in another form of the same
 * term, or only as a sibling in the same family.
 */
public enum MatchKind {
  /** The resume has the term's name, or the posting's own words, as written (case aside). */
  EXACT,
  /** Another form of the same term: inflection, word order, abbreviation or long form. */
  VARIANT,
  /** Not the term but a sibling in one of its families (MySQL for PostgreSQL, CKAD for CKA). */
  RELATED;

  /** The id used in reports: exact, variant, related. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * EXACT when {@code words} are one of {@code forms} or contain it as whole words ("Jira
   * dashboards" has "Jira"), case, separators and spacing aside; VARIANT otherwise.
   */
  public static MatchKind of(String words, Collection<String> forms) {
    String w = " " + normalize(words) + " ";
    for (String form : forms) {
      String f = normalize(form);
      if (!f.isEmpty() && w.contains(" " + f + " ")) {
        return EXACT;
      }
    }
    return VARIANT;
  }

  /** Lower case, runs of spaces, slashes and dashes as one space ("CI-CD" = "CI/CD" = "ci cd"). */
  static String normalize(String s) {
    return s == null
        ? ""
        : s.replaceAll("[\\s\\p{Z}/\\-\u2010\u2011\u2013\u2014]+", " ")
            .strip()
            .toLowerCase(Locale.ROOT);
  }
}
