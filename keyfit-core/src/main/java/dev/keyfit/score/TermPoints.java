package dev.keyfit.score;

import dev.keyfit.keywords.Term;

/**
 * What one matched term contributes to a category.
 *
 * @param term the term
 * @param weight its weight for the role (0–3)
 * @param credit the share of the weight its evidence earns (0–1)
 * @param points {@code weight × credit}
 * @param basis why it earned that credit
 * @param listedOnly true when it only appears in lists, not in shown work
 */
public record TermPoints(
    Term term, int weight, double credit, double points, String basis, boolean listedOnly) {}
