package dev.keyfit.score;

import dev.keyfit.keywords.Category;
import dev.keyfit.keywords.Dictionary;
import dev.keyfit.keywords.Role;
import dev.keyfit.keywords.RoleProfile;
import dev.keyfit.match.Match;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores matches against the role profiles. For each category: earned = Σ weight × credit over
 * its matched terms, where points from terms that only appear in lists count for at most half the
 * target (so a stuffed skills list cannot beat shown experience); category score = earned ÷
 * target, capped at 100. Role score = the categories' scores weighted by the profile, times the
 * core factor: min(1, coverage of the profile's core categories ÷ the coverage it requires), so a
 * DevOps engineer's deep tool list does not make a TPM without the project-management core.
 * Stateless and thread-safe.
 */
public final class Scorer {

  /** Below this score a resume fits neither role. */
  public static final int FIT_THRESHOLD = 40;

  /** List-only points may fill at most this share of a category's target. */
  static final double LISTED_SHARE = 0.5;

  private final Dictionary dictionary;

  public Scorer(Dictionary dictionary) {
    this.dictionary = dictionary;
  }

  /** Scores the matches for the given roles (both when {@code roles} is empty). */
  public Assessment score(List<Match> matches, List<Role> roles) {
    List<RoleScore> scores = new ArrayList<>();
    for (Role role : roles.isEmpty() ? List.of(Role.values()) : roles) {
      scores.add(scoreRole(matches, dictionary.profile(role)));
    }
    return new Assessment(matches, scores, bestFit(scores), null);
  }

  /**
   * A TPM resume also covers most of the PM profile, so TPM is the best fit when it scores within
   * this many points of PM: the TPM profile asks for the PM core plus the technical side, and is
   * the more specific answer.
   */
  public static final int TPM_MARGIN = 5;

  /**
   * The role that fits best: of the roles at or above {@link #FIT_THRESHOLD}, TPM when it is within
   * {@link #TPM_MARGIN} points of PM, otherwise the higher score.
   */
  static Optional<Role> bestFit(List<RoleScore> scores) {
    List<RoleScore> fitting = scores.stream().filter(s -> s.score() >= FIT_THRESHOLD).toList();
    Optional<RoleScore> tpm = fitting.stream().filter(s -> s.role() == Role.TPM).findFirst();
    Optional<RoleScore> pm = fitting.stream().filter(s -> s.role() == Role.PM).findFirst();
    if (tpm.isPresent() && (pm.isEmpty() || tpm.get().score() >= pm.get().score() - TPM_MARGIN)) {
      return Optional.of(Role.TPM);
    }
    return pm.map(RoleScore::role);
  }

  private RoleScore scoreRole(List<Match> matches, RoleProfile profile) {
    Map<Category, List<TermPoints>> byCategory = new EnumMap<>(Category.class);
    for (Match m : matches) {
      int weight = m.term().weight(profile.role());
      if (weight == 0) {
        continue;
      }
      EvidenceCredit.Credit c = EvidenceCredit.of(m);
      byCategory
          .computeIfAbsent(m.term().category(), k -> new ArrayList<>())
          .add(new TermPoints(m.term(), weight, c.credit(), weight * c.credit(), c.basis(), c.listedOnly()));
    }
    List<CategoryScore> categories = new ArrayList<>();
    double weighted = 0;
    int totalWeight = 0;
    for (Map.Entry<Category, RoleProfile.Weighting> e : profile.categories().entrySet()) {
      List<TermPoints> terms = byCategory.getOrDefault(e.getKey(), List.of());
      terms = terms.stream()
          .sorted(Comparator.comparingDouble(TermPoints::points).reversed()
              .thenComparing(t -> t.term().id()))
          .toList();
      double target = e.getValue().target();
      double shown = terms.stream().filter(t -> !t.listedOnly()).mapToDouble(TermPoints::points).sum();
      double listed = terms.stream().filter(TermPoints::listedOnly).mapToDouble(TermPoints::points).sum();
      double earned = round1(shown + Math.min(listed, LISTED_SHARE * target));
      double ratio = Math.min(1.0, earned / target);
      categories.add(new CategoryScore(
          e.getKey(), (int) Math.round(100 * ratio), earned, target, e.getValue().weight(), terms));
      weighted += ratio * e.getValue().weight();
      totalWeight += e.getValue().weight();
    }
    RoleScore.Core core = core(profile, categories);
    double factor = core == null ? 1 : core.factor();
    int score = totalWeight == 0 ? 0 : (int) Math.round(100 * factor * weighted / totalWeight);
    return new RoleScore(profile.role(), score, categories, core);
  }

  /** The coverage of the profile's core categories, weighted like the role score. */
  private static RoleScore.Core core(RoleProfile profile, List<CategoryScore> categories) {
    if (profile.core() == null) {
      return null;
    }
    double covered = 0;
    int weight = 0;
    for (CategoryScore c : categories) {
      if (profile.core().categories().contains(c.category())) {
        covered += Math.min(1.0, c.earned() / c.possible()) * c.weight();
        weight += c.weight();
      }
    }
    int coverage = weight == 0 ? 0 : (int) Math.round(100 * covered / weight);
    int required = profile.core().coverage();
    double factor = Math.min(1.0, Math.round(100.0 * coverage / required) / 100.0);
    return new RoleScore.Core(
        profile.core().categories().stream().map(Category::id).toList(), coverage, required, factor);
  }

  static double round1(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
