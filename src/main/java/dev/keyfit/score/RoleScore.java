package dev.keyfit.score;

import dev.keyfit.keywords.Role;
import java.util.List;

/**
 * How well a resume covers one role.
 *
 * @param role the role
 * @param score 0–100: the weighted mean of the category scores, times the core factor
 * @param categories per-category breakdown, in category order
 * @param core how much of the role's core the resume shows, or null when the profile sets none
 */
public record RoleScore(Role role, int score, List<CategoryScore> categories, Core core) {

  /**
   * The role's core: the categories without which the role is not the role (a TPM is a project
   * manager first). When they are covered less than required, the score is scaled down.
   *
   * @param categories the core categories' ids
   * @param coverage how much of them the resume covers, 0–100 (weighted like the role score)
   * @param required the coverage the role needs, 0–100
   * @param factor {@code min(1, coverage / required)}, what the weighted mean is multiplied by
   */
  public record Core(List<String> categories, int coverage, int required, double factor) {
    public Core {
      categories = List.copyOf(categories);
    }
  }

  public RoleScore {
    categories = List.copyOf(categories);
  }

  /** A role score with no core rule. */
  public RoleScore(Role role, int score, List<CategoryScore> categories) {
    this(role, score, categories, null);
  }
}
