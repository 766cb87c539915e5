package dev.keyfit.score;

import dev.keyfit.keywords.Category;
import dev.keyfit.keywords.Dictionary;
import dev.keyfit.keywords.Role;
import dev.keyfit.keywords.RoleProfile;
import dev.keyfit.match.Match;
import dev.keyfit.nlp.ResumeLine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores matches against the role profiles. For each category: earned = Σ weight × credit over its
 * matched terms, where points from terms that only appear in lists count for at most half the
 * target (so a stuffed skills list cannot beat shown experience); category score = earned ÷ target,
 * capped at 100. Role score = 100 × core factor × title factor × ((1 − share) × the categories'
 * scores weighted by the profile + share × experience). The core factor is min(1, (coverage of the
 * profile's core categories + title credit) ÷ the coverage it requires), so a DevOps engineer's
 * deep tool list does not make a TPM without the project-management core; the career part (held
 * titles, years in them, seniority: {@link RoleHistory}) keeps a keyword list from tying a career,
 * and bounds the score: at most 55 without years in the role's titles, up to 100 with the profile's
 * full years and a senior title. Stateless and thread-safe.
 */
public final class Scorer {

  /** List-only points may fill at most this share of a category's target. */
  static final double LISTED_SHARE = 0.5;

  private final Dictionary dictionary;

  public Scorer(Dictionary dictionary) {
    this.dictionary = dictionary;
  }

  /**
   * Scores the matches for the given roles (both when {@code roles} is empty), without the career
   * part.
   */
  public Assessment score(List<Match> matches, List<Role> roles) {
    return score(matches, roles, null);
  }

  /**
   * Scores the matches for the given roles (both when {@code roles} is empty), with the career the
   * resume's lines show (held titles, years, seniority) where the profile has career rules.
   *
   * @param lines the resume's lines, or null to leave the career out
   */
  public Assessment score(List<Match> matches, List<Role> roles, List<ResumeLine> lines) {
    return score(matches, roles, lines, 0);
  }

  /**
   * As {@link #score(List, List, List)}, with the year the file was saved: an open date range
   * ("2016 – Present") runs to it when the text names no later year.
   *
   * @param savedYear the document's saved year ({@link
   *     dev.keyfit.extract.ExtractedDocument#savedYear}), or 0 when unknown
   */
  public Assessment score(
      List<Match> matches, List<Role> roles, List<ResumeLine> lines, int savedYear) {
    List<RoleScore> scores = new ArrayList<>();
    Map<Role, Double> uncapped = new EnumMap<>(Role.class);
    for (Role role : roles.isEmpty() ? List.of(Role.values()) : roles) {
      RoleScore s = scoreRole(matches, dictionary.profile(role), lines, savedYear);
      scores.add(s);
      uncapped.put(role, compose(s.categories(), s.core(), uncap(s.experience()), null, 0));
    }
    return new Assessment(matches, scores, bestFit(scores, uncapped), null);
  }

  /**
   * A TPM resume also covers most of the PM profile, so TPM is the best fit when it scores within
   * this many points of PM: the TPM profile asks for the PM core plus the technical side, and is
   * the more specific answer.
   */
  public static final int TPM_MARGIN = 5;

  /**
   * The role that fits best: of the roles at or above their {@link FitBar#fitThreshold}, TPM when
   * it is within {@link #TPM_MARGIN} points of PM, otherwise the higher score.
   */
  static Optional<Role> bestFit(List<RoleScore> scores) {
    Map<Role, Double> own = new EnumMap<>(Role.class);
    scores.forEach(s -> own.put(s.role(), (double) s.score()));
    return bestFit(scores, own);
  }

  /**
   * The best fit, comparing the roles by their scores before the career's ceiling: when the career
   * bounds both roles to the same score, the keywords still tell which role the resume is about.
   */
  static Optional<Role> bestFit(List<RoleScore> scores, Map<Role, Double> uncapped) {
    List<RoleScore> fitting =
        scores.stream().filter(s -> s.score() >= FitBar.fitThreshold(s)).toList();
    Optional<RoleScore> tpm = fitting.stream().filter(s -> s.role() == Role.TPM).findFirst();
    Optional<RoleScore> pm = fitting.stream().filter(s -> s.role() == Role.PM).findFirst();
    if (tpm.isPresent()
        && (pm.isEmpty()
            || Math.round(uncapped.get(Role.TPM))
                >= Math.round(uncapped.get(Role.PM)) - TPM_MARGIN)) {
      return Optional.of(Role.TPM);
    }
    return pm.map(RoleScore::role);
  }

  /** The career part without its ceiling. */
  private static RoleScore.Experience uncap(RoleScore.Experience e) {
    return e == null
        ? null
        : new RoleScore.Experience(
            e.titles(),
            e.years(),
            e.senior(),
            e.managedProjects(),
            e.share(),
            e.value(),
            e.factor());
  }

  private RoleScore scoreRole(
      List<Match> matches, RoleProfile profile, List<ResumeLine> lines, int savedYear) {
    Map<Category, List<TermPoints>> byCategory = new EnumMap<>(Category.class);
    for (Match m : matches) {
      int weight = m.term().weight(profile.role());
      if (weight == 0) {
        continue;
      }
      EvidenceCredit.Credit c = EvidenceCredit.of(m);
      byCategory
          .computeIfAbsent(m.term().category(), k -> new ArrayList<>())
          .add(
              new TermPoints(
                  m.term(), weight, c.credit(), weight * c.credit(), c.basis(), c.listedOnly()));
    }
    List<CategoryScore> categories = new ArrayList<>();
    for (Map.Entry<Category, RoleProfile.Weighting> e : profile.categories().entrySet()) {
      List<TermPoints> terms = byCategory.getOrDefault(e.getKey(), List.of());
      terms =
          terms.stream()
              .sorted(
                  Comparator.comparingDouble(TermPoints::points)
                      .reversed()
                      .thenComparing(t -> t.term().id()))
              .toList();
      double target = e.getValue().target();
      double shown =
          terms.stream().filter(t -> !t.listedOnly()).mapToDouble(TermPoints::points).sum();
      double listed =
          terms.stream().filter(TermPoints::listedOnly).mapToDouble(TermPoints::points).sum();
      double earned = round1(shown + Math.min(listed, LISTED_SHARE * target));
      double ratio = Math.min(1.0, earned / target);
      categories.add(
          new CategoryScore(
              e.getKey(),
              (int) Math.round(100 * ratio),
              earned,
              target,
              e.getValue().weight(),
              terms));
    }
    RoleScore.Experience experience =
        profile.history() == null || lines == null
            ? null
            : RoleHistory.experience(lines, profile.history(), savedYear);
    int titleCredit =
        experience == null ? 0 : RoleHistory.coreCredit(experience, profile.history());
    RoleScore.Core core = core(profile, categories, titleCredit);
    int score = (int) Math.round(compose(categories, core, experience, null, 0));
    return new RoleScore(profile.role(), score, categories, core, experience);
  }

  /**
   * The score a role would have if a category earned {@code points} more shown points: the same
   * formula as the score itself (core factor and career part included), unrounded, so that advice
   * tells the real gain of a missing term.
   */
  public static double scoreWith(RoleScore score, Category category, double points) {
    return compose(score.categories(), score.core(), score.experience(), category, points);
  }

  /**
   * The score as composed before the career's ceiling bounds it (equal to the score where the
   * ceiling does not), for reports that explain the ceiling.
   */
  public static double beforeCeiling(RoleScore score) {
    RoleScore.Experience e = score.experience();
    RoleScore.Experience open =
        e == null
            ? null
            : new RoleScore.Experience(
                e.titles(),
                e.years(),
                e.senior(),
                e.managedProjects(),
                e.share(),
                e.value(),
                e.factor());
    return compose(score.categories(), score.core(), open, null, 0);
  }

  /**
   * 100 × core factor × title factor × ((1 − share) × category mean + share × experience), at most
   * the career's ceiling, where the category mean is Σ min(1, earned ÷ target) × weight ÷ Σ weight
   * and the core factor is min(1, (core coverage + title credit) ÷ required).
   */
  static double compose(
      List<CategoryScore> categories,
      RoleScore.Core core,
      RoleScore.Experience experience,
      Category plus,
      double points) {
    double weighted = 0;
    int total = 0;
    double covered = 0;
    int coreWeight = 0;
    for (CategoryScore c : categories) {
      double earned = c.earned() + (c.category() == plus ? points : 0);
      double ratio = Math.min(1.0, earned / c.possible());
      weighted += ratio * c.weight();
      total += c.weight();
      if (core != null && core.categories().contains(c.category().id())) {
        covered += ratio * c.weight();
        coreWeight += c.weight();
      }
    }
    if (total == 0) {
      return 0;
    }
    double factor = 1;
    if (core != null) {
      int coverage = coreWeight == 0 ? 0 : (int) Math.round(100 * covered / coreWeight);
      factor = coreFactor(coverage, core.titleCredit(), core.required());
    }
    double mean = weighted / total;
    double base =
        experience == null
            ? mean
            : (1 - experience.share()) * mean + experience.share() * experience.value();
    double titles = experience == null ? 1 : experience.factor();
    double score = 100 * factor * titles * base;
    return experience == null ? score : Math.min(experience.ceiling(), score);
  }

  private static double coreFactor(int coverage, int titleCredit, int required) {
    return Math.min(1.0, Math.round(100.0 * (coverage + titleCredit) / required) / 100.0);
  }

  /** The coverage of the profile's core categories, weighted like the role score. */
  private static RoleScore.Core core(
      RoleProfile profile, List<CategoryScore> categories, int titleCredit) {
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
    return new RoleScore.Core(
        profile.core().categories().stream().map(Category::id).toList(),
        coverage,
        required,
        coreFactor(coverage, titleCredit, required),
        titleCredit);
  }

  static double round1(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
