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
 */
public record RoleProfile(
    Role role, String name, String summary, Map<Category, Weighting> categories, List<String> signals) {

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
