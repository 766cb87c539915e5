package dev.keyfit.render;

import dev.keyfit.score.RoleScore;
import dev.keyfit.score.Scorer;

/**
 * How a role's score was computed, in one sentence that adds up: the weighted category mean, the
 * career part blended in by its share, the core and title factors, and the career's ceiling where
 * it limits the score ("… = 97; this career allows at most 93 (12 years in the role's titles, no
 * senior title) = 93.").
 */
final class ScoreFormula {

  private ScoreFormula() {}

  static String of(RoleScore r) {
    RoleScore.Core core = r.core();
    RoleScore.Experience e = r.experience();
    double mean = RoleViews.weightedMean(r);
    StringBuilder s = new StringBuilder("Role score = ");
    if (e == null || e.share() <= 0) {
      s.append("the category scores weighted as shown (").append(ReportView.num(mean)).append(')');
    } else {
      s.append("(the category scores weighted as shown (")
          .append(ReportView.num(mean))
          .append(") × ")
          .append(percent(1 - e.share()))
          .append(" + the career (")
          .append(ReportView.num(Math.round(1000 * e.value()) / 10.0))
          .append(") × ")
          .append(percent(e.share()))
          .append(')');
    }
    if (core != null) {
      s.append(" × core factor ")
          .append(ReportView.num(core.factor()))
          .append(" (core ")
          .append(core.coverage())
          .append("% covered, ")
          .append(core.required())
          .append("% needed)");
    }
    s.append(titleFactor(e));
    if (capped(r)) {
      s.append(" = ").append(Math.round(uncapped(r))).append("; ").append(ceilingReason(e));
    }
    return s.append(" = ").append(r.score()).append('.').toString();
  }

  /**
   * " × 0.6 (no title of the role held)", " × 0.8 (only a related title held)", or empty when the
   * resume held the role's own title or managed projects.
   */
  static String titleFactor(RoleScore.Experience e) {
    if (e == null || e.factor() >= 1) {
      return "";
    }
    boolean related = e.titles().stream().anyMatch(RoleScore.HeldTitle::related);
    return " × "
        + ReportView.num(e.factor())
        + (related ? " (only a related title held)" : " (no title of the role held)");
  }

  /** One line when the career's ceiling lowered the score, else empty. */
  static String ceilingNote(RoleScore r) {
    if (!capped(r)) {
      return "";
    }
    return "Without the career's cap it would be "
        + Math.round(uncapped(r))
        + "; "
        + ceilingReason(r.experience())
        + ".";
  }

  private static String ceilingReason(RoleScore.Experience e) {
    String years =
        e.years() <= 0
            ? "no years in the role's titles"
            : ReportView.num(Math.round(10 * e.years()) / 10.0)
                + (e.years() == 1 ? " year" : " years")
                + " in the role's titles";
    return "this career allows at most "
        + e.ceiling()
        + " ("
        + years
        + (e.senior() ? ", a senior title" : ", no senior title")
        + ")";
  }

  static boolean capped(RoleScore r) {
    RoleScore.Experience e = r.experience();
    return e != null && r.score() >= e.ceiling() && uncapped(r) >= e.ceiling() + 0.5;
  }

  /** The score before the career's ceiling, as the scorer composes it. */
  private static double uncapped(RoleScore r) {
    return Scorer.beforeCeiling(r);
  }

  private static String percent(double share) {
    return Math.round(100 * share) + "%";
  }
}
