package dev.keyfit.score;

import dev.keyfit.nlp.ResumeLine;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Years a resume states in a role's own words ("6 years experience in Project Management in IT",
 * "10+ years as a program manager"): "X management" counts as the title "X manager", "PMO" as a PMO
 * title. Stateless.
 */
final class StatedYears {

  /** "6 years experience in project management", "10+ years as a program manager". */
  private static final Pattern CLAIMED_YEARS =
      Pattern.compile(
          "\\b(\\d{1,2})\\+?\\s*(?:years?|yrs)\\b(?:\\s+of)?(?:\\s+(?:experience|exp|work|working))*\\s+"
              + "(?:in|as|of)\\s+(?:an?\\s+|the\\s+)?((?:[a-z&/-]+\\s+){0,3}?(?:management|manager|managers|pmo))\\b");

  private StatedYears() {}

  /**
   * The years a line states for one of the profile's titles, as an undated held title, or null.
   *
   * @param lower the line's content in lower case
   * @param titles the profile's titles, in their listed order
   * @param relatedTitles the profile's related titles, in their listed order
   */
  static RoleHistory.Held on(
      ResumeLine line, String lower, TitleFinder titles, TitleFinder relatedTitles) {
    if (!lower.contains("year") && !lower.contains("yrs")) {
      return null; // what the expression needs, checked cheaply first
    }
    Matcher m = CLAIMED_YEARS.matcher(lower);
    if (!m.find()) {
      return null;
    }
    String phrase =
        m.group(2)
            .replaceAll("\\bmanagement$", "manager")
            .replaceAll("managers$", "manager")
            .replaceAll("\\bpmo$", "pmo manager");
    String title = titles.on(phrase);
    boolean related = false;
    if (title == null) {
      title = relatedTitles.on(phrase);
      related = true;
    }
    if (title == null || !phrase.endsWith(title)) {
      return null;
    }
    int years = Integer.parseInt(m.group(1));
    int at = lower.indexOf(m.group());
    return new RoleHistory.Held(
        line.content().substring(at, at + m.group().length()),
        line.number(),
        null,
        null,
        years,
        related,
        false);
  }
}
