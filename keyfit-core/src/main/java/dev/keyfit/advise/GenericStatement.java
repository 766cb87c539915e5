package dev.keyfit.advise;

import dev.keyfit.keywords.Category;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The statement offered for a term that has no templates of its own, chosen by what the phrase is:
 * a dictionary tool is used ("Used Jira to [what] …"), a practice is owned ("Owned contract
 * management for [N] [projects/teams] …"). Anything else (a place, a language, a quality, an
 * organisation, a posting-only word: "Armenia", "English", "Global Fund") gets no statement; the
 * report names the term and leaves the sentence to the writer rather than offer one that reads
 * wrong.
 */
final class GenericStatement {

  /** For a product or tool. */
  static final String TOOL = "Used %s to [what] for [N] [users/systems], achieving [result]";

  /** For a practice or activity. */
  static final String PRACTICE = "Owned %s for [N] [projects/teams], achieving [result]";

  /** The last words of a practice: what a person does and owns, not a thing or a trait. */
  private static final Set<String> PRACTICE_HEADS =
      Set.of(
          "management",
          "planning",
          "analysis",
          "analytics",
          "reporting",
          "governance",
          "development",
          "design",
          "testing",
          "strategy",
          "operations",
          "compliance",
          "negotiation",
          "delivery",
          "coordination",
          "administration",
          "budgeting",
          "forecasting",
          "scheduling",
          "procurement",
          "onboarding",
          "engineering",
          "modeling",
          "modelling",
          "optimization",
          "integration",
          "migration",
          "implementation",
          "maintenance",
          "auditing",
          "assessment",
          "tracking",
          "monitoring",
          "oversight",
          "execution",
          "evaluation",
          "prevention",
          "estimation",
          "prioritization",
          "roadmapping",
          "facilitation",
          "sourcing",
          "validation",
          "verification",
          "remediation",
          "automation",
          "enablement");

  /** Languages and peoples ("English", "Armenian", "Chinese"): skills, not tools one uses. */
  private static final Pattern DEMONYM = Pattern.compile("(?i).*(?:ish|ian|ese|ean|'s)$");

  private static final Pattern PRODUCT_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}.+#/-]*");

  private GenericStatement() {}

  /** A dictionary term without templates: tools and technical skills are used, practices owned. */
  static Optional<String> forTerm(String name, Category category) {
    if (isPractice(name)) {
      return Optional.of(String.format(Locale.ROOT, PRACTICE, lowerCase(name)));
    }
    if (category == Category.TOOLS || category == Category.TECHNICAL) {
      return Optional.of(String.format(Locale.ROOT, TOOL, name));
    }
    return Optional.empty();
  }

  /**
   * A phrase only the posting names (not in the dictionary): a practice is owned; anything else,
   * even a capitalised word the posting requires, gets no statement, since keyfit cannot tell a
   * product ("Kafka") from a disease, a place or an organisation ("Malaria", "Armenia", "UNDP").
   */
  static Optional<String> forPostingPhrase(String phrase) {
    return isPractice(phrase)
        ? Optional.of(String.format(Locale.ROOT, PRACTICE, lowerCase(phrase)))
        : Optional.empty();
  }

  /** True when the phrase's last word names an activity ("contract management"). */
  static boolean isPractice(String phrase) {
    String[] words = phrase.strip().split("\\s+");
    return words.length >= 2
        && PRACTICE_HEADS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
  }

  /** One capitalised word that is not a language or people: "Kafka", "Snowflake", "RUP". */
  static boolean isProductName(String phrase) {
    String p = phrase.strip();
    return !p.contains(" ") && PRODUCT_WORD.matcher(p).matches() && !DEMONYM.matcher(p).matches();
  }

  /** "Contract Management" → "contract management"; acronyms and "PeopleSoft" stay as written. */
  static String lowerCase(String phrase) {
    return String.join(
        " ",
        Arrays.stream(phrase.strip().split("\\s+"))
            .map(
                w ->
                    w.length() > 1 && w.substring(1).chars().noneMatch(Character::isUpperCase)
                        ? w.toLowerCase(Locale.ROOT)
                        : w)
            .toList());
  }
}
