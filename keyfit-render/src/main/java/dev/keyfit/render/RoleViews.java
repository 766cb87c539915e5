package dev.keyfit.render;

import static dev.keyfit.render.ReportView.BAR_WIDTH;
import static dev.keyfit.render.ReportView.SOFT_SKILLS_NOTE;
import static dev.keyfit.render.ReportView.band;
import static dev.keyfit.render.ReportView.color;
import static dev.keyfit.render.ReportView.gaugeDash;
import static dev.keyfit.render.ReportView.num;
import static dev.keyfit.render.ReportView.textBar;

import dev.keyfit.keywords.Category;
import dev.keyfit.render.ReportView.CategoryView;
import dev.keyfit.render.ReportView.PointsView;
import dev.keyfit.render.ReportView.RoleView;
import dev.keyfit.score.CategoryScore;
import dev.keyfit.score.RoleScore;
import dev.keyfit.score.TermPoints;
import java.util.stream.Collectors;

/** The role part of {@link ReportView}: a role's score, core note, categories and term points. */
final class RoleViews {

  private RoleViews() {}

  static RoleView role(RoleScore r) {
    String band = band(r.score());
    RoleScore.Core core = r.core();
    String formula = ScoreFormula.of(r);
    return new RoleView(
        r.role().id(),
        r.role().title(),
        r.score(),
        band,
        Character.toUpperCase(band.charAt(0)) + band.substring(1) + " fit",
        color(r.score()),
        gaugeDash(r.score()),
        textBar(r.score()),
        coreNote(r),
        coreNote(r).isEmpty()
            ? ""
            : "Scaled × "
                + num(core.factor())
                + ": core "
                + core.coverage()
                + "% covered, "
                + core.required()
                + "% needed",
        formula,
        r.categories().stream().map(RoleViews::category).toList());
  }

  /**
   * One line explaining a core factor below 1, e.g. "Weighted category mean 16 × core factor 0.32 →
   * 5: the core (Project management skills, Responsibilities & deliverables) is 19% covered, the
   * role needs 60%." Empty when the role has no core, the core is covered, or there was nothing to
   * scale.
   */
  static String coreNote(RoleScore r) {
    RoleScore.Core core = r.core();
    if (core == null || core.factor() >= 1 || weightedMean(r) == 0) {
      return ""; // nothing to scale: a resume with no points needs no explanation of the factor
    }
    String names =
        core.categories().stream()
            .map(id -> Category.fromId(id).map(Category::title).orElse(id))
            .collect(Collectors.joining(", "));
    return "Weighted category mean "
        + Math.round(weightedMean(r))
        + " × core factor "
        + num(core.factor())
        + ScoreFormula.titleFactor(r.experience())
        + " → "
        + r.score()
        + ": the core ("
        + names
        + ") is "
        + core.coverage()
        + "% covered, the role needs "
        + core.required()
        + "%.";
  }

  /** The categories' scores weighted by the profile, before the core factor, 0–100. */
  static double weightedMean(RoleScore r) {
    double weighted = 0;
    int total = 0;
    for (CategoryScore c : r.categories()) {
      weighted += (c.possible() <= 0 ? 0 : Math.min(1.0, c.earned() / c.possible())) * c.weight();
      total += c.weight();
    }
    return total == 0 ? 0 : Math.round(1000 * weighted / total) / 10.0;
  }

  private static CategoryView category(CategoryScore c) {
    String summary =
        num(c.earned())
            + " points earned, target "
            + num(c.possible())
            + (c.terms().stream().anyMatch(TermPoints::listedOnly)
                    && c.terms().stream()
                            .filter(TermPoints::listedOnly)
                            .mapToDouble(TermPoints::points)
                            .sum()
                        > c.possible() / 2
                ? " (listed-only points capped at half the target)"
                : "");
    return new CategoryView(
        c.category().id(),
        c.category().title(),
        c.score(),
        band(c.score()),
        color(c.score()),
        num(BAR_WIDTH * c.score() / 100.0),
        textBar(c.score()),
        num(c.earned()),
        num(c.possible()),
        c.weight(),
        summary,
        c.terms().stream().map(RoleViews::points).toList(),
        progress(c),
        c.category() == Category.SOFT_SKILLS && c.score() < 100 ? SOFT_SKILLS_NOTE : "");
  }

  /** "target met" for a category at or over its target, else "12 of 22 pts". */
  static String progress(CategoryScore c) {
    return c.earned() >= c.possible()
        ? "target met"
        : num(c.earned()) + " of " + num(c.possible()) + " pts";
  }

  private static PointsView points(TermPoints t) {
    return new PointsView(
        Safe.line(t.term().name()),
        t.weight(),
        num(t.credit()),
        num(t.points()),
        Safe.line(t.basis()));
  }
}
