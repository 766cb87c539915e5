package dev.keyfit.render;

import dev.keyfit.advise.Advice;
import dev.keyfit.advise.Check;
import dev.keyfit.advise.MissingTerm;
import dev.keyfit.match.Evidence;
import dev.keyfit.match.Match;
import dev.keyfit.report.Report;
import dev.keyfit.score.FitBar;
import dev.keyfit.score.RoleScore;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The report as the templates see it: every value is already a display string or a number
 * (percentages, SVG geometry, colours computed here), so the templates hold no logic beyond loops
 * and conditions. Text from the resume or posting is {@link Safe#clean cleaned} here and escaped by
 * the template engine on output.
 *
 * @param title the document title
 * @param file the resume's file name
 * @param sourceLine format, pages and words, e.g. "text · 312 words"
 * @param tool "keyfit 0.1.0"
 * @param dictionary the dictionary version
 * @param schemaVersion the report contract version
 * @param bestFit the best-fit role's title, or a sentence saying it fits neither
 * @param bestFitBand "strong", "fair" or "weak"
 * @param roles a view per role scored
 * @param job the posting match, or null
 * @param matchCount how many terms were found
 * @param matches the found terms, most frequent first
 * @param adviceFor the role the advice is for, or empty
 * @param missingTitle the missing terms' heading: from the posting, or for the advised role
 * @param missingNote what the missing terms' gains are in points of
 * @param missing missing terms, most valuable first
 * @param checks all checks, in their fixed order
 * @param passed how many checks pass
 * @param openChecks the checks that warn or fail
 * @param rewrites bullets worth rewriting
 * @param layoutNotes layout remarks from extraction
 * @param top what leads the report: the number that matters, the best fit, what to do first
 */
public record ReportView(
    String title,
    String file,
    String sourceLine,
    String tool,
    String dictionary,
    int schemaVersion,
    String bestFit,
    String bestFitBand,
    List<RoleView> roles,
    JobView job,
    int matchCount,
    List<MatchView> matches,
    String adviceFor,
    String missingTitle,
    String missingNote,
    List<MissingView> missing,
    List<CheckView> checks,
    int passed,
    List<CheckView> openChecks,
    List<RewriteView> rewrites,
    List<String> layoutNotes,
    ReportTop top) {

  /** Length of the semicircular gauge arc (radius 80): π × 80. */
  static final double GAUGE_ARC = Math.PI * 80;

  /** Width of a full category bar in SVG units. */
  static final int BAR_WIDTH = 200;

  /**
   * A role's score, gauge and categories. {@code coreNote} explains a core factor below 1 in one
   * line (empty otherwise); {@code formula} says how the categories make the score.
   */
  public record RoleView(
      String id,
      String title,
      int score,
      String band,
      String bandLabel,
      String color,
      String gaugeDash,
      String bar,
      String coreNote,
      String coreShort,
      String formula,
      List<CategoryView> categories) {}

  /**
   * A category's coverage and the points behind it; {@code summary} is its points in one line,
   * {@code progress} "target met" or "12 of 22 pts", {@code note} what evidence counts where a bare
   * word would be the wrong fix (empty otherwise).
   */
  public record CategoryView(
      String id,
      String title,
      int score,
      String band,
      String color,
      String barWidth,
      String bar,
      String earned,
      String possible,
      int weight,
      String summary,
      List<PointsView> terms,
      String progress,
      String note) {}

  /** What counts for soft skills: evidence of the skill at work, not the adjective. */
  static final String SOFT_SKILLS_NOTE =
      "Counts when a bullet shows the skill at work (e.g. \"negotiated scope"
          + " with 3 vendors\"), not words like \"team player\".";

  /** One term's points in a category. */
  public record PointsView(String term, int weight, String credit, String points, String basis) {}

  /**
   * The posting match. {@code terms} holds the dictionary terms and the terms outside it in one
   * list, most stressed first, as the terminal lists them; {@code found} counts those the resume
   * shows (matched or listed), {@code listed} those only listed.
   */
  public record JobView(
      String file,
      String title,
      boolean titleInResume,
      int matchRate,
      String band,
      String color,
      String gaugeDash,
      String bar,
      int found,
      int listed,
      int total,
      int unknown,
      List<PostingTermView> terms) {}

  /**
   * A term the posting asks for. {@code category} is empty for a term outside the dictionary
   * ({@code known} false); {@code status} is matched, listed or missing, {@code statusClass} the
   * check colour it is drawn in, {@code credit} the share of its weight the resume earns; {@code
   * kind} exact, variant, related or empty, {@code literal} true when the posting's own words are
   * in the resume text, {@code note} how it was found ("you have MySQL; the posting asks for …").
   */
  public record PostingTermView(
      String term,
      String category,
      boolean known,
      int postingCount,
      int resumeCount,
      boolean required,
      String status,
      String statusLabel,
      String statusClass,
      String weight,
      String credit,
      String barWidth,
      String kind,
      boolean literal,
      String note) {}

  /** A found term and its evidence. */
  public record MatchView(
      String term, String category, int count, List<EvidenceView> evidence, String words) {}

  /** A line a term was found on. */
  public record EvidenceView(String text, String section, int line, boolean measurable) {}

  /** A missing term and what to write. */
  public record MissingView(
      String term, String category, String weight, String gain, List<String> statements) {}

  /** One check. */
  public record CheckView(String id, String status, String label, String message, String fix) {}

  /** A bullet to rewrite. */
  public record RewriteView(int line, String text, String problem, String suggestion) {}

  /** Builds the view of a report. */
  public static ReportView of(Report report) {
    Report.Source s = report.source();
    String file = Safe.line(s.file());
    StringBuilder source = new StringBuilder(s.format().id());
    if (s.layout().pages() > 0) {
      source
          .append(" · ")
          .append(s.layout().pages())
          .append(s.layout().pages() == 1 ? " page" : " pages");
    }
    source.append(" · ").append(s.layout().words()).append(" words");
    var roles = report.assessment().roles().stream().map(RoleViews::role).toList();
    int best = report.assessment().roles().stream().mapToInt(RoleScore::score).max().orElse(0);
    String bestFit =
        report
            .assessment()
            .bestFit()
            .map(r -> r.title())
            .orElse(
                report.assessment().roles().stream().anyMatch(FitBar::heldOwnTitle)
                    ? "Neither PM nor TPM yet (a fit needs "
                        + ReportTop.fitBar(report.assessment().roles())
                        + ")"
                    : "Neither PM nor TPM yet (both below " + FitBar.FIT_THRESHOLD + ")");
    List<Check> checks = report.advice().checks();
    List<CheckView> checkViews = checks.stream().map(ReportView::check).toList();
    Advice advice = report.advice();
    return new ReportView(
        "keyfit gap report — " + file,
        file,
        source.toString(),
        Safe.line(report.tool().name() + " " + report.tool().version()),
        Safe.line(report.tool().dictionary()),
        Report.SCHEMA_VERSION,
        bestFit,
        band(best),
        roles,
        report.assessment().jobMatch() == null
            ? null
            : JobViews.job(report.assessment().jobMatch()),
        report.assessment().matches().size(),
        sortedMatches(report.assessment().matches()).stream().map(ReportView::match).toList(),
        advice.target() == null ? "" : advice.target().title(),
        missingTitle(report),
        report.assessment().jobMatch() != null
            ? "Ranked by the match-rate points each would add when shown in an experience bullet with a measurable"
                + " result. "
                + ReportTop.HONESTY
            : "Ranked by the score points each would add when shown in an experience bullet with a measurable"
                + " result. "
                + ReportTop.HONESTY,
        advice.missing().stream().map(ReportView::missing).toList(),
        checkViews,
        (int) checks.stream().filter(c -> c.status() == Check.Status.PASS).count(),
        checkViews.stream().filter(c -> !c.status().equals("pass")).toList(),
        advice.rewrites().stream()
            .map(
                r ->
                    new RewriteView(
                        r.line(),
                        Safe.line(r.text()),
                        Safe.line(r.problem()),
                        Safe.line(r.suggestion())))
            .toList(),
        s.layout().notes().stream().map(Safe::line).toList(),
        ReportTop.of(report, checkViews));
  }

  /** Matches most frequent first, then by id: the order every renderer lists them in. */
  static List<Match> sortedMatches(List<Match> matches) {
    return matches.stream()
        .sorted(Comparator.comparingInt((Match m) -> -m.count()).thenComparing(Match::id))
        .toList();
  }

  /** The evidence line that shows a term best: a measurable result, then experience, then first. */
  static Evidence bestEvidence(List<Evidence> evidence) {
    return evidence.stream()
        .max(
            Comparator.comparing(Evidence::measurable)
                .thenComparing(e -> e.section() == dev.keyfit.nlp.Section.EXPERIENCE)
                .thenComparing(e -> -e.line()))
        .orElse(null);
  }

  private static String missingTitle(Report report) {
    if (report.assessment().jobMatch() != null) {
      return "Missing from the posting";
    }
    return report.advice().target() == null
        ? "Missing terms"
        : "Missing terms for " + report.advice().target().title();
  }

  private static MatchView match(Match m) {
    Evidence best =
        bestEvidence(m.evidence()); // once: a comparator that rescans the list is quadratic
    var evidence =
        m.evidence().stream()
            .sorted(
                Comparator.comparing((Evidence e) -> !e.equals(best))
                    .thenComparingInt(Evidence::line))
            .map(
                e ->
                    new EvidenceView(
                        Safe.line(e.text()).strip(), e.section().id(), e.line(), e.measurable()))
            .toList();
    return new MatchView(
        Safe.line(m.term().name()),
        m.term().category().title(),
        m.count(),
        evidence,
        Safe.line(MatchNotes.words(m)));
  }

  private static MissingView missing(MissingTerm m) {
    return new MissingView(
        Safe.line(m.term().name()),
        m.term().category().title(),
        num(m.weight()),
        "+" + num(m.gain()),
        m.statements().stream().map(Safe::line).toList());
  }

  private static CheckView check(Check c) {
    String label =
        switch (c.status()) {
          case PASS -> "Pass";
          case WARN -> "Warning";
          case FAIL -> "Fail";
        };
    return new CheckView(
        c.id(), c.status().id(), label, Safe.line(c.message()), Safe.line(c.fix()));
  }

  /** "strong" (70+), "fair" (40+) or "weak". */
  static String band(int score) {
    return score >= 70 ? "strong" : score >= FitBar.FIT_THRESHOLD ? "fair" : "weak";
  }

  /** Colours with at least 4.5:1 contrast on white, for text and marks alike. */
  static String color(int score) {
    return switch (band(score)) {
      case "strong" -> "#1a7f37";
      case "fair" -> "#9a6700";
      default -> "#cf222e";
    };
  }

  /** The stroke-dasharray drawing {@code score}% of the gauge arc. */
  static String gaugeDash(int score) {
    double filled = GAUGE_ARC * Math.max(0, Math.min(100, score)) / 100.0;
    return num(filled) + " " + num(GAUGE_ARC + 10);
  }

  /** A ten-cell text bar, e.g. "██████░░░░" for 60. */
  static String textBar(int score) {
    int full = Math.round(Math.max(0, Math.min(100, score)) / 10f);
    return "█".repeat(full) + "░".repeat(10 - full);
  }

  /** A number with at most two decimals, no trailing zeros, in the root locale. */
  static String num(double value) {
    if (value == Math.rint(value)) {
      return String.valueOf((long) value);
    }
    String s = String.format(Locale.ROOT, "%.2f", value);
    return s.replaceAll("0+$", "").replaceAll("\\.$", "");
  }
}
