package dev.keyfit.score;

import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * When a role fits: the score a resume needs for it, from the career it shows. A keyword list needs
 * {@link #FIT_THRESHOLD}; a held title of the role, or a related title in the job held now, {@link
 * #TITLED_FIT_THRESHOLD}; the job held now with the role's title, any score. Stateless.
 */
public final class FitBar {

  private FitBar() {}

  /** Below this score a resume fits neither role. */
  public static final int FIT_THRESHOLD = 40;

  /**
   * A resume that held the role's own title (dated, or with its years stated) fits from this score:
   * a recruiter reads the role from the jobs held, so a thinly worded resume of a working project
   * manager is a PM, while a keyword list without such a job still needs {@link #FIT_THRESHOLD}.
   */
  public static final int TITLED_FIT_THRESHOLD = 25;

  /**
   * A held title that ended more than this many years before the resume's last job is a career the
   * resume has left ("Project Manager, 1997–2005" above eleven years as a corporate trainer): it
   * still counts as years in the role, but a recruiter no longer reads the resume as the role's, so
   * it does not lower the fit bar.
   */
  public static final int LAPSED_YEARS = 5;

  /**
   * The score at which this role fits: lower when the resume held the role's own title, and any
   * score when the job it holds now (the one whose dates end last) has that title: a recruiter
   * reads a working project manager as a PM, however thin the resume.
   */
  public static int fitThreshold(RoleScore s) {
    if (currentOwnTitle(s).isPresent()) {
      return 0;
    }
    return heldOwnTitle(s) || currentRelatedTitle(s) ? TITLED_FIT_THRESHOLD : FIT_THRESHOLD;
  }

  /**
   * Whether the job the resume holds now has one of the role's related titles ("Project
   * Coordinator", "Assistant Project Manager"): a working member of the profession, read like one
   * who held its own title before.
   */
  public static boolean currentRelatedTitle(RoleScore s) {
    return titles(s).anyMatch(t -> t.related() && t.current());
  }

  /**
   * The role's own title of the job the resume holds now, if it is one: as the experience section
   * writes it (the last line that names it, not a headline above the summary that repeats it).
   */
  public static Optional<RoleScore.HeldTitle> currentOwnTitle(RoleScore s) {
    return titles(s)
        .filter(t -> !t.related() && t.current())
        .max(Comparator.comparingInt(RoleScore.HeldTitle::line));
  }

  /**
   * Whether the resume held the role's own title (not a related one), with dates or years, and has
   * not left it long ago.
   */
  public static boolean heldOwnTitle(RoleScore s) {
    return ownTitle(s).isPresent();
  }

  /**
   * The first of the role's own titles the resume left long ago ({@link #LAPSED_YEARS}), if any.
   */
  public static Optional<RoleScore.HeldTitle> lapsedOwnTitle(RoleScore s) {
    return titles(s).filter(t -> !t.related() && t.lapsed()).findFirst();
  }

  /** The first of the role's own titles the resume held with dates or years, not lapsed, if any. */
  public static Optional<RoleScore.HeldTitle> ownTitle(RoleScore s) {
    return titles(s)
        .filter(t -> !t.related() && !t.lapsed() && (t.from() != null || t.statedYears() > 0))
        .findFirst();
  }

  /** The titles the role's career part holds; none without one. */
  private static Stream<RoleScore.HeldTitle> titles(RoleScore s) {
    return s.experience() == null ? Stream.empty() : s.experience().titles().stream();
  }
}
