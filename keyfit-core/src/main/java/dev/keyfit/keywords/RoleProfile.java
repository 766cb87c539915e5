package dev.keyfit.keywords;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a role weighs the categories.
 *
 * @param role the role
 * @param name the role's display name
 * @param summary what distinguishes the role, one or two sentences
 * @param categories per category: its share of the score and the points that count as full coverage
 * @param signals what a strong resume for the role shows
 * @param core the categories the role cannot do without, and the coverage of them it needs; null
 *     for none
 * @param history how held job titles and years in them count for the role; null for not at all
 */
public record RoleProfile(
    Role role,
    String name,
    String summary,
    Map<Category, Weighting> categories,
    List<String> signals,
    Core core,
    History history) {

  /**
   * How the resume's own career counts: job titles it held with dates are the strongest evidence
   * for a role, and years in them and seniority feed the score (so a keyword list cannot tie a
   * career).
   *
   * @param titles job titles of the role, lower case ("project manager", "technical program
   *     manager"); the longest title found on a line wins
   * @param relatedTitles titles close to the role whose years count half ("project coordinator")
   * @param fullYears years in the role's titles that earn the whole experience part
   * @param weight the experience part's share of the role score, 0–100
   * @param coreCredit core coverage points a held title adds (all of them at 3 years or more)
   * @param withoutTitle the factor on the score of a resume that shows neither a held title nor
   *     "managed N projects" work (halfway to 1 when it held only a related title)
   */
  public record History(
      List<String> titles,
      List<String> relatedTitles,
      double fullYears,
      int weight,
      int coreCredit,
      double withoutTitle) {
    public History {
      titles = List.copyOf(titles);
      relatedTitles = List.copyOf(relatedTitles);
    }
  }

  /** A profile without career rules. */
  public RoleProfile(
      Role role,
      String name,
      String summary,
      Map<Category, Weighting> categories,
      List<String> signals,
      Core core) {
    this(role, name, summary, categories, signals, core, null);
  }

  /**
   * @param categories the core categories
   * @param coverage the coverage (0–100) of them below which the role score is scaled down
   */
  public record Core(List<Category> categories, int coverage) {
    public Core {
      categories = List.copyOf(categories);
    }
  }

  /**
   * @param weight share of the role score (the weights of a profile need not sum to 100)
   * @param target weighted points that count as full coverage of the category
   */
  public record Weighting(int weight, double target) {}

  public RoleProfile {
    Objects.requireNonNull(role, "role");
    categories = Collections.unmodifiableMap(new EnumMap<>(categories));
    signals = List.copyOf(signals);
  }
}
