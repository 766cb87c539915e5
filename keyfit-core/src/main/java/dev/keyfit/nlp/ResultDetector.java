package dev.keyfit.nlp;

import java.util.regex.Pattern;

/**
 * Tells whether a line states a measurable result: a percentage, an amount of money, a multiple, a
 * count of people, things or time, or a before/after figure. Years and phone numbers alone do not
 * count.
 */
public final class ResultDetector {

  private static final Pattern RESULT =
      Pattern.compile(
          "\\d+(?:[.,]\\d+)?\\s?%"
              + "|[$€£¥]\\s?\\d"
              + "|\\b\\d+(?:[.,]\\d+)?\\s?(?:k|m|mm|bn|b|x|million|billion|thousand)\\b"
              + "|\\b\\d+(?:[.,]\\d+)?\\+?\\s+(?:[a-z-]+\\s+)?(?:people|engineers|developers|members|"
              + "staff|employees|reports|teams|projects|programs|products|releases|sprints|"
              + "customers|clients|users|stakeholders|vendors|sites|countries|markets|locations|"
              + "applications|apps|services|systems|servers|microservices|pipelines|tickets|"
              + "defects|incidents|features|hours|days|weeks|months|minutes|seconds|points|"
              + "contracts|suppliers|subcontractors|units|beds|patients|stores|offices|"
              + "workstreams|squads|partners|deliverables|migrations|integrations)\\b"
              + "|\\bfrom\\s+\\d+(?:[.,]\\d+)?\\S*\\s+to\\s+\\d"
              + "|\\b(?:by|to|of)\\s+\\d+(?:[.,]\\d+)?\\b(?!\\s*(?:19|20)\\d\\d)",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern YEAR_ONLY = Pattern.compile("^(?:19|20)\\d\\d$");

  private static final Pattern TRAILING_NON_DIGITS = Pattern.compile("\\D+$");
  private static final Pattern LEADING_NON_DIGITS = Pattern.compile("^\\D+");

  private ResultDetector() {}

  /** True when the line states a measurable result. */
  public static boolean isMeasurable(String line) {
    var m = RESULT.matcher(line);
    while (m.find()) {
      String hit =
          LEADING_NON_DIGITS
              .matcher(TRAILING_NON_DIGITS.matcher(m.group()).replaceAll(""))
              .replaceAll("");
      if (!YEAR_ONLY.matcher(hit).matches()) {
        return true;
      }
    }
    return false;
  }
}
