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
 * @param categories per category: its share of the score and the points that count as full
 *     coverage
 * @param signals what a strong resume for the role shows
 * @param core the categories the role cannot do without, and the coverage of them it needs; null
 *     for none
 */
public record RoleProfile(
    Role role,
    String name,
    String summary,
    Map<Category, Weighting> categories,
    List<String> signals,
    Core core) {

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
