package dev.keyfit.render;

import dev.keyfit.advise.Advice;
import dev.keyfit.advise.MissingTerm;
import dev.keyfit.keywords.Category;
import dev.keyfit.match.Evidence;
import dev.keyfit.match.Match;
import dev.keyfit.report.Report;
import dev.keyfit.report.ReportFormat;
import dev.keyfit.score.CategoryScore;
import dev.keyfit.score.JobMatch;
import dev.keyfit.score.RoleScore;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

/**
 * The compact terminal report. It leads with the decision: the number that matters and its target,
 * the best fit, the changes worth the most points with a statement each, and the checks that did
 * not pass; then the detail (categories, the posting's terms, top matches, bullets to rewrite).
 * Lines are wrapped to the given width, never cut, so every statement, fix and quote can be copied
 * whole; coloured only when asked.
 */
public final class TextRenderer implements Renderer {

  static final int TOP_MATCHES = 12;

  /** Missing terms named after the first few, on one line. */
  static final int MORE_MISSING = 6;

  /** Where the full lists are, for lines that say "… and N more". */
  static final String FULL_REPORT = "in the HTML report (-o report.html)";

  @Override
  public ReportFormat format() {
    return ReportFormat.TEXT;
  }

  @Override
  public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
    Text t = new Text(options);
    ReportView view = ReportView.of(report);
    header(report, view.top(), t);
    doFirst(report.advice(), view.top(), report.assessment().jobMatch() != null, t);
    checks(report.advice(), view.top(), t);
    for (RoleScore role : report.assessment().roles()) {
      roleBlock(role, t);
    }
    JobMatch job = report.assessment().jobMatch();
    if (job != null) {
      jobBlock(job, t);
    }
    matches(report.assessment().matches(), t);
    rewrites(report.advice(), t);
    out.write(t.toString().getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static void header(Report r, ReportTop top, Text t) {
    Report.Source s = r.source();
    String pages =
        s.layout().pages() == 0
            ? ""
            : s.layout().pages() + (s.layout().pages() == 1 ? " page, " : " pages, ");
    t.line(
        t.bold("keyfit " + r.tool().version())
            + "  "
            + u(s.file())
            + " ("
            + s.format().id()
            + ", "
            + pages
            + s.layout().words()
            + " words)");
    t.blank();
    t.line(
        t.bold(top.label() + ": ")
            + t.bold(t.score(top.value(), top.display()))
            + "  "
            + t.bar(top.value(), 20)
            + "  "
            + (top.targetMet() ? t.green("target met (" + top.target() + ")") : top.target()));
    t.line(top.fit());
    t.blank();
  }

  /** The changes worth the most points, a statement each, then the rest by name. */
  private static void doFirst(Advice advice, ReportTop top, boolean jobPosting, Text t) {
    if (top.fixes().isEmpty()) {
      t.line(
          t.bold("Do these first")
              + ": no missing term would add points"
              + (jobPosting ? " to the match rate." : " to the score."));
      if (!top.career().isEmpty()) {
        t.line("  " + top.career(), 4);
      }
      t.blank();
      return;
    }
    t.line(
        t.bold("Do these first")
            + " ("
            + (jobPosting ? "match-rate" : "score")
            + " points each would add"
            + " when shown in an experience bullet with a result)");
    if (!top.career().isEmpty()) {
      t.line("  " + top.career(), 4);
    }
    for (ReportTop.Fix f : top.fixes()) {
      t.line("  " + t.yellow(f.gain()) + " " + f.term() + " (" + f.category() + ")");
      if (!f.statement().isEmpty()) {
        t.line("      e.g. " + f.statement(), 11);
      }
    }
    List<MissingTerm> rest = advice.missing().subList(top.fixes().size(), advice.missing().size());
    if (!rest.isEmpty()) {
      StringBuilder b = new StringBuilder("  Also missing: ");
      rest.stream()
          .limit(MORE_MISSING)
          .forEach(
              m ->
                  b.append(u(m.term().name()))
                      .append(" +")
                      .append(ReportView.num(m.gain()))
                      .append(", "));
      b.setLength(b.length() - 2);
      if (rest.size() > MORE_MISSING) {
        b.append(" … and ").append(rest.size() - MORE_MISSING).append(" more ").append(FULL_REPORT);
      }
      t.line(b.toString(), 4);
    }
    t.line("  " + top.honesty(), 4);
    t.blank();
  }

  private static void checks(Advice advice, ReportTop top, Text t) {
    List<ReportView.CheckView> open = top.failed();
    t.line(
        t.bold(open.isEmpty() ? "Checks" : "Checks to fix")
            + " ("
            + (advice.checks().size() - open.size())
            + " of "
            + advice.checks().size()
            + " pass)");
    for (ReportView.CheckView c : open) {
      String mark = c.status().equals("fail") ? t.red("✗ fail") : t.yellow("! warn");
      t.line("  " + mark + " " + c.message(), 9);
      if (!c.fix().isEmpty()) {
        t.line("         → " + c.fix(), 11);
      }
    }
    t.blank();
  }

  private static void roleBlock(RoleScore role, Text t) {
    t.line(
        t.bold(pad(role.role().title(), 34))
            + t.bar(role.score(), 30)
            + " "
            + t.score(role.score())
            + "/100");
    RoleScore.Core core = role.core();
    if (!RoleViews.coreNote(role).isEmpty()) {
      t.line(
          "  "
              + t.yellow(
                  "Mean "
                      + Math.round(RoleViews.weightedMean(role))
                      + " × core factor "
                      + ReportView.num(core.factor())
                      + ScoreFormula.titleFactor(role.experience())
                      + " → "
                      + role.score()
                      + ": core ("
                      + String.join(", ", core.categories())
                      + ") "
                      + core.coverage()
                      + "% covered, "
                      + core.required()
                      + "% needed"));
    }
    if (ScoreFormula.capped(role)) {
      t.line("  " + t.yellow(ScoreFormula.ceilingNote(role)));
    }
    for (CategoryScore c : role.categories()) {
      t.line(
          "  "
              + pad(c.category().title(), 32)
              + t.bar(c.score(), 12)
              + " "
              + pad(t.score(c.score()), 3, true)
              + "  "
              + RoleViews.progress(c)
              + " · weight "
              + c.weight()
              + "%");
      if (c.category() == Category.SOFT_SKILLS && c.score() < 100) {
        t.line("    " + ReportView.SOFT_SKILLS_NOTE, 4);
      }
    }
    t.blank();
  }

  static final int TOP_POSTING_TERMS = 15;

  /** The posting table: term, posting count, resume count, status; unknown terms marked "*". */
  private static void jobBlock(JobMatch job, Text t) {
    t.line(
        t.bold("Job posting: " + u(job.file()))
            + (job.title().isEmpty() ? "" : " — " + u(job.title())));
    t.line(
        "  Match rate "
            + t.score(job.matchRate())
            + "% (share of the posting's weighted terms shown); title "
            + (job.titleInResume() ? "found in resume" : "not in resume"));
    t.line("  " + pad("term", 32) + pad("posting", 9, true) + pad("resume", 8, true) + "  status");
    List<String[]> rows = new java.util.ArrayList<>();
    job.terms()
        .forEach(
            p ->
                rows.add(
                    new String[] {
                      u(p.term().name()),
                      String.valueOf(p.postingCount()),
                      String.valueOf(p.resumeCount()),
                      p.status(),
                      p.required() ? "required" : "",
                      String.valueOf(p.weight()),
                      MatchNotes.posting(p)
                    }));
    job.unknownTerms()
        .forEach(
            x ->
                rows.add(
                    new String[] {
                      u(x.term()) + " *",
                      String.valueOf(x.postingCount()),
                      String.valueOf(x.resumeCount()),
                      x.status(),
                      x.required() ? "required" : "",
                      String.valueOf(x.weight()),
                      MatchNotes.unknown(x)
                    }));
    // Both lists are sorted by weight; merged, the most stressed terms come first.
    rows.sort(
        Comparator.comparingDouble((String[] r) -> -Double.parseDouble(r[5]))
            .thenComparing(r -> r[0]));
    for (String[] r : rows.subList(0, Math.min(TOP_POSTING_TERMS, rows.size()))) {
      String status =
          switch (r[3]) {
            case "matched" -> t.green("✓ matched");
            case "listed" -> t.yellow("~ listed only");
            case "alternative" -> t.green("✓ alternative");
            default -> t.red("✗ missing");
          };
      t.line(
          "  "
              + pad(r[0], 32)
              + pad(r[1], 9, true)
              + pad(r[2], 8, true)
              + "  "
              + status
              + (r[4].isEmpty() ? "" : "  (" + r[4] + ")"));
      if (!r[6].isEmpty()) {
        t.line("      " + u(r[6]), 6);
      }
    }
    if (rows.size() > TOP_POSTING_TERMS) {
      t.line("  … and " + (rows.size() - TOP_POSTING_TERMS) + " more " + FULL_REPORT);
    }
    if (!job.unknownTerms().isEmpty()) {
      t.line("  * found in the posting, not in the dictionary");
    }
    t.blank();
  }

  private static void matches(List<Match> matches, Text t) {
    t.line(t.bold("Top matches") + " (" + matches.size() + " terms found)");
    ReportView.sortedMatches(matches).stream()
        .limit(TOP_MATCHES)
        .forEach(
            m -> {
              Evidence e = ReportView.bestEvidence(m.evidence());
              String where =
                  e == null
                      ? ""
                      : " ["
                          + e.section().id()
                          + (e.measurable() ? ", result" : "")
                          + "] \""
                          + u(e.text()).strip()
                          + "\"";
              String words = MatchNotes.words(m);
              t.line(
                  "  "
                      + t.green("✓")
                      + " "
                      + u(m.term().name())
                      + (words.isEmpty() ? "" : " " + u(words))
                      + " ×"
                      + m.count()
                      + where,
                  6);
            });
    t.blank();
  }

  private static void rewrites(Advice advice, Text t) {
    if (advice.rewrites().isEmpty()) {
      return;
    }
    t.line(t.bold("Bullets to rewrite"));
    for (Advice.Rewrite r : advice.rewrites().subList(0, Math.min(5, advice.rewrites().size()))) {
      t.line("  line " + r.line() + ": \"" + u(r.text()).strip() + "\"", 6);
      t.line("      " + u(r.problem()));
      t.line("      → " + u(r.suggestion()));
    }
  }

  /** Text from the resume, posting or dictionary: no control characters or escapes on one line. */
  private static String u(String s) {
    return Safe.line(s);
  }

  static String fmt(double value) {
    return value == Math.rint(value)
        ? String.valueOf((long) value)
        : String.format(java.util.Locale.ROOT, "%.1f", value);
  }

  private static String pad(String s, int width) {
    return pad(s, width, false);
  }

  private static String pad(String s, int width, boolean left) {
    int visible = s.replaceAll("\u001b\\[[0-9;]*m", "").length();
    String space = " ".repeat(Math.max(0, width - visible));
    return left ? space + s : s + space;
  }
}
