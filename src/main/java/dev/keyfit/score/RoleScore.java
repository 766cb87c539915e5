package dev.keyfit.score;

import dev.keyfit.keywords.Role;
import java.util.List;

/**
 * How well a resume covers one role.
 *
 * @param role the role
 * @param score 0–100, the weighted mean of the category scores
 * @param categories per-category breakdown, in category order
 */
public record RoleScore(Role role, int score, List<CategoryScore> categories) {

  public RoleScore {
    categories = List.copyOf(categories);
  }
}
