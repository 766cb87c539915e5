package dev.keyfit.render;

import dev.keyfit.advise.MissingTerm;
import dev.keyfit.keywords.Role;
import dev.keyfit.report.Report;
import dev.keyfit.score.Assessment;
import dev.keyfit.score.FitBar;
import dev.keyfit.score.JobMatch;
import dev.keyfit.score.RoleScore;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The top of every report: the one number that decides this run (the posting match rate with a
 * posting, else the advised role's score) against a plain target, the best fit said honestly, the
 * few changes worth the most points, and the checks that did not pass. Every renderer leads with
 * this; the detail follows.
 *
 * @param label what the number is, e.g. "Match rate with tpm-posting.txt"
 * @param value the number, 0–100
 * @param display the number as shown, "66%" or "74/100"
 * @param band "strong", "fair" or "weak" (colours the number)
 * @param color the band's colour
 * @param target the plain target, e.g. "aim for 75%+"
 * @param targetMet true when the number reaches the target
 * @param fit the best-fit line: "Best fit: …" or, for a chosen role, "Scored for: … (you chose it;
 *     …)"
 * @param fixes the changes worth the most points, most first
 * @param moreFixes how many further missing terms the full list holds
 * @param honesty the reminder every statement list carries
 * @param failed the checks that did not pass, failures before warnings
 * @param career without a posting, when the career's ceiling holds the score down: what would lift
 *     it (dated roles with the role's titles), else empty
 */
public record ReportTop(
    String label,
    int value,
    String display,
    String band,
    String color,
    String target,
    boolean targetMet,
    String fit,
    List<Fix> fixes,
    int moreFixes,
    String honesty,
    List<ReportView.CheckView> failed,
    String career) {

  /** The match rate a resume should reach against a posting (what ATS-minded coaches advise). */
  public static final int MATCH_TARGET = 75;

  /** The role score of a strong fit. */
  public static final int SCORE_TARGET = 70;

  /** At most this many changes lead the report. */
  public static final int TOP_FIXES = 5;

  /** Said wherever statements are suggested. */
  public static final String HONESTY =
      "Write only what you really did: replace every [bracket] with your own"
          + " facts, or leave the term out.";

  /**
   * A change worth points: a missing term, its gain as the advice computes it, and the first
   * suggested statement (empty when none reads naturally).
   */
  public record Fix(String term, String category, String gain, String statement) {}

  /** The top of {@code report}. */
  public static ReportTop of(Report report, List<ReportView.CheckView> checks) {
    Assessment a = report.assessment();
    JobMatch job = a.jobMatch();
    String label;
    int value;
    String display;
    String target;
    int goal;
    String career = "";
    if (job != null) {
      label = "Match rate with " + Safe.line(job.file());
      value = job.matchRate();
      display = value + "%";
      goal = MATCH_TARGET;
      target = "aim for " + MATCH_TARGET + "%+";
    } else {
      RoleScore advised = advised(report);
      label = (advised == null ? "Role" : advised.role().title()) + " score";
      value = advised == null ? 0 : advised.score();
      display = value + "/100";
      goal = SCORE_TARGET;
      target = "aim for " + SCORE_TARGET + "+";
      career = advised == null ? "" : careerAdvice(advised);
    }
    List<MissingTerm> missing = report.advice().missing();
    List<Fix> fixes =
        missing.stream()
            .filter(m -> m.gain() > 0)
            .limit(TOP_FIXES)
            .map(
                m ->
                    new Fix(
                        Safe.line(m.term().name()),
                        m.term().category().title(),
                        "+" + ReportView.num(m.gain()),
                        m.statements().isEmpty() ? "" : Safe.line(m.statements().get(0))))
            .toList();
    List<ReportView.CheckView> failed =
        Stream.concat(
                checks.stream().filter(c -> c.status().equals("fail")),
                checks.stream().filter(c -> c.status().equals("warn")))
            .toList();
    return new ReportTop(
        label,
        value,
        display,
        ReportView.band(value),
        ReportView.color(value),
        target,
        value >= goal,
        fitLine(a),
        fixes,
        Math.max(0, missing.size() - fixes.size()),
        HONESTY,
        failed,
        career);
  }

  /**
   * What lifts a score the career's ceiling holds down: more keywords cannot, dated roles with the
   * role's titles (and a senior one) can.
   */
  static String careerAdvice(RoleScore r) {
    if (!ScoreFormula.capped(r)) {
      return "";
    }
    return "Your career caps this score at "
        + r.score()
        + ": more keywords will not raise it. List each "
        + r.role().title()
        + " role you held (or a close title) with its company and dates; years in the role's"
        + " titles and a senior title lift the cap.";
  }

  /** The role the advice is for, as scored. */
  private static RoleScore advised(Report report) {
    Role target = report.advice().target();
    return report.assessment().roles().stream()
        .filter(r -> r.role() == target)
        .findFirst()
        .orElse(
            report.assessment().roles().stream()
                .max(Comparator.comparingInt(RoleScore::score))
                .orElse(null));
  }

  /**
   * "Best fit: Technical Project Manager (PM 94 · TPM 96)", or for a role the user chose, "Scored
   * for: TPM (you chose it; best fit is PM 74)": a chosen role is never called the best fit.
   */
  static String fitLine(Assessment a) {
    Optional<Role> best = a.bestFit();
    if (a.roleChosen()) {
      RoleScore chosen = a.roles().get(0);
      String why;
      if (best.isPresent() && best.get() == chosen.role()) {
        why = "you chose it; it is also the best fit";
      } else if (best.isPresent()) {
        RoleScore b =
            a.otherRoles().stream().filter(r -> r.role() == best.get()).findFirst().orElseThrow();
        why = "you chose it; best fit is " + b.role().id().toUpperCase() + " " + b.score();
      } else {
        why =
            "you chose it; no role reaches "
                + fitBar(a.otherRoles())
                + ": "
                + scores(a.otherRoles());
      }
      return "Scored for: " + chosen.role().title() + " " + chosen.score() + " (" + why + ")";
    }
    String scores = scores(a.roles());
    return best.map(r -> "Best fit: " + r.title() + " (" + scores + titledFit(a, r) + ")")
        .orElse(
            "Best fit: neither PM nor TPM yet ("
                + scores
                + "; a fit needs "
                + fitBar(a.roles())
                + ")");
  }

  /** Why a score under the usual bar fits: the resume held the role's title. */
  private static String titledFit(Assessment a, Role role) {
    Optional<RoleScore> score = a.role(role).filter(s -> s.score() < FitBar.FIT_THRESHOLD);
    Optional<String> current =
        score
            .filter(s -> s.score() < FitBar.TITLED_FIT_THRESHOLD)
            .flatMap(FitBar::currentOwnTitle)
            .map(t -> "; fits as the job held now, \u201c" + t.title() + "\u201d");
    if (current.isPresent()) {
      return current.get();
    }
    return score
        .flatMap(FitBar::ownTitle)
        .map(
            t ->
                "; fits from "
                    + FitBar.TITLED_FIT_THRESHOLD
                    + " with the held title \u201c"
                    + t.title()
                    + "\u201d")
        .orElse("");
  }

  /** The fit bar as the reader needs it: lower for a role whose title the resume held. */
  static String fitBar(List<RoleScore> roles) {
    boolean titled = roles.stream().anyMatch(FitBar::heldOwnTitle);
    if (titled) {
      return FitBar.TITLED_FIT_THRESHOLD
          + "+ with a held title, "
          + FitBar.FIT_THRESHOLD
          + "+ without";
    }
    return FitBar.FIT_THRESHOLD
        + "+"
        + roles.stream()
            .map(FitBar::lapsedOwnTitle)
            .flatMap(Optional::stream)
            .findFirst()
            .map(
                t ->
                    "; \u201c"
                        + t.title()
                        + "\u201d ended in "
                        + t.to()
                        + ", more than "
                        + FitBar.LAPSED_YEARS
                        + " years before the last job")
            .orElse("");
  }

  private static String scores(List<RoleScore> roles) {
    return roles.stream()
        .map(r -> r.role().id().toUpperCase() + " " + r.score())
        .collect(Collectors.joining(" · "));
  }
}
