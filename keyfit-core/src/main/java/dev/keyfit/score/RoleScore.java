package dev.keyfit.score;

import dev.keyfit.keywords.Role;
import java.util.List;

/**
 * How well a resume covers one role.
 *
 * @param role the role
 * @param score 0–100: {@code 100 × core factor × title factor × ((1 − share) × category mean +
 *     share × experience)}, see {@link Scorer}
 * @param categories per-category breakdown, in category order
 * @param core how much of the role's core the resume shows, or null when the profile sets none
 * @param experience what the resume's career shows for the role, or null when the profile has no
 *     career rules
 */
public record RoleScore(
    Role role, int score, List<CategoryScore> categories, Core core, Experience experience) {

  /**
   * The role's core: the categories without which the role is not the role (a TPM is a project
   * manager first). When they are covered less than required, the score is scaled down.
   *
   * @param categories the core categories' ids
   * @param coverage how much of them the resume's terms cover, 0–100 (weighted like the role score)
   * @param required the coverage the role needs, 0–100
   * @param factor {@code min(1, (coverage + titleCredit) / required)}, what the score is multiplied
   *     by
   * @param titleCredit coverage points added by the role's titles the resume held (0 without)
   */
  public record Core(
      List<String> categories, int coverage, int required, double factor, int titleCredit) {
    public Core {
      categories = List.copyOf(categories);
    }

    /** A core without title credit. */
    public Core(List<String> categories, int coverage, int required, double factor) {
      this(categories, coverage, required, factor, 0);
    }
  }

  /**
   * The career the resume shows for the role: the held titles, the years in them, seniority.
   *
   * @param titles the role's titles held, with their line and years ("2016–2020", "undated")
   * @param years years in the role's titles (related titles count half, overlaps once)
   * @param senior true when a held title is senior (Senior, Sr., Lead, Principal, Staff, Director,
   *     Head)
   * @param managedProjects lines phrased as managing several projects ("managed 12 projects")
   * @param share the experience part's share of the score, 0–1
   * @param value the experience part, 0–1: ¾ × min(1, years ÷ fullYears) + ¼ when senior
   * @param factor 1 with a held title or managed-projects lines, else the profile's factor below 1
   * @param ceiling the highest score the career allows, 0–100: 55 on keywords alone, up to 90 with
   *     the profile's full years in the role's titles, 100 with a senior title as well (so a
   *     keyword list cannot tie a career)
   */
  public record Experience(
      List<HeldTitle> titles,
      double years,
      boolean senior,
      List<Integer> managedProjects,
      double share,
      double value,
      double factor,
      int ceiling) {
    public Experience {
      titles = List.copyOf(titles);
      managedProjects = List.copyOf(managedProjects);
    }

    /** A career part that does not bound the score. */
    public Experience(
        List<HeldTitle> titles,
        double years,
        boolean senior,
        List<Integer> managedProjects,
        double share,
        double value,
        double factor) {
      this(titles, years, senior, managedProjects, share, value, factor, 100);
    }
  }

  /**
   * A job title of the role that the resume held.
   *
   * @param title the title as written
   * @param line the line it is on
   * @param from the first year, or null when undated
   * @param to the last year ("Present" = the latest year the resume mentions), or null
   * @param statedYears the years the resume states ("6 years experience in project management"),
   *     else 0
   * @param related true for a related title (its years count half)
   * @param current true when it is the job held now (its dates end last)
   * @param lapsed true when its dates ended more than {@link FitBar#LAPSED_YEARS} years before the
   *     resume's last job did: a past career the resume has left, which no longer lowers the fit
   *     bar
   */
  public record HeldTitle(
      String title,
      int line,
      Integer from,
      Integer to,
      int statedYears,
      boolean related,
      boolean current,
      boolean lapsed) {

    /** A title not known to be the job held now. */
    public HeldTitle(
        String title, int line, Integer from, Integer to, int statedYears, boolean related) {
      this(title, line, from, to, statedYears, related, false, false);
    }
  }

  public RoleScore {
    categories = List.copyOf(categories);
  }

  /** A role score with no career part. */
  public RoleScore(Role role, int score, List<CategoryScore> categories, Core core) {
    this(role, score, categories, core, null);
  }

  /** A role score with no core rule. */
  public RoleScore(Role role, int score, List<CategoryScore> categories) {
    this(role, score, categories, null, null);
  }
}
