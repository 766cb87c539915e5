package dev.keyfit.score;

import dev.keyfit.keywords.Category;
import java.util.List;

/**
 * A category's coverage for one role.
 *
 * @param category the category
 * @param score 0–100: {@code earned / possible}, capped at 100
 * @param earned points earned (list-only points capped at half of {@code possible})
 * @param possible points that count as full coverage (the profile's target)
 * @param weight the category's share of the role score
 * @param terms the terms that earned points, most points first
 */
public record CategoryScore(
    Category category,
    int score,
    double earned,
    double possible,
    int weight,
    List<TermPoints> terms) {

  public CategoryScore {
    terms = List.copyOf(terms);
  }
}
