package dev.keyfit.report;

import dev.keyfit.advise.Advice;
import dev.keyfit.advise.Check;
import dev.keyfit.advise.MissingTerm;
import dev.keyfit.match.Evidence;
import dev.keyfit.match.Match;
import dev.keyfit.score.CategoryScore;
import dev.keyfit.score.JobMatch;
import dev.keyfit.score.RoleScore;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

/**
 * The compact terminal report: scores with bars, top matches with evidence, the missing terms
 * with a statement each, and the checks that did not pass. Fits the given width (100 columns by
 * default); coloured only when asked.
 */
public final class TextRenderer implements Renderer {

  static final int TOP_MATCHES = 12;
  static final int TOP_MISSING = 8;

  @Override
  public ReportFormat format() {
    return ReportFormat.TEXT;
  }

  @Override
  public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
    Text t = new Text(options);
    header(report, t);
    for (RoleScore role : report.assessment().roles()) {
      roleBlock(role, t);
    }
    JobMatch job = report.assessment().jobMatch();
    if (job != null) {
      jobBlock(job, t);
    }
    matches(report.assessment().matches(), t);
    missing(report.advice(), job != null, t);
    checks(report.advice(), t);
    rewrites(report.advice(), t);
    out.write(t.toString().getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static void header(Report r, Text t) {
    Report.Source s = r.source();
    String pages = s.layout().pages() == 0 ? "" : s.layout().pages() + (s.layout().pages() == 1 ? " page, " : " pages, ");
    t.line(t.bold("keyfit " + r.tool().version()) + "  " + u(s.file()) + " (" + s.format().id() + ", " + pages
        + s.layout().words() + " words)");
    String fit = r.assessment().bestFit().map(role -> role.title()).orElse("neither PM nor TPM (below "
        + dev.keyfit.score.Scorer.FIT_THRESHOLD + ")");
    StringBuilder scores = new StringBuilder();
    for (RoleScore role : r.assessment().roles()) {
      scores.append(scores.length() == 0 ? "" : " · ").append(role.role().id().toUpperCase()).append(' ')
          .append(role.score());
    }
    t.line("Best fit: " + t.bold(fit) + "  (" + scores + ")");
    t.blank();
  }

  private static void roleBlock(RoleScore role, Text t) {
    t.line(t.bold(pad(role.role().title(), 34)) + t.bar(role.score(), 30) + " " + t.score(role.score()) + "/100");
    RoleScore.Core core = role.core();
    if (!ReportView.coreNote(role).isEmpty()) {
      // the one-line form of ReportView.coreNote, within 100 columns
      t.line("  " + t.yellow("Mean " + Math.round(ReportView.weightedMean(role)) + " × core factor "
          + ReportView.num(core.factor()) + " → " + role.score() + ": core (" + String.join(", ", core.categories())
          + ") " + core.coverage() + "% covered, " + core.required() + "% needed"));
    }
    for (CategoryScore c : role.categories()) {
      t.line("  " + pad(c.category().title(), 32) + t.bar(c.score(), 20) + " " + pad(t.score(c.score()), 3, true)
          + "   " + fmt(c.earned()) + " of " + fmt(c.possible()) + " pts, weight " + c.weight());
    }
    t.blank();
  }

  static final int TOP_POSTING_TERMS = 15;

  /** The posting table: term, posting count, resume count, status; unknown terms marked "*". */
  private static void jobBlock(JobMatch job, Text t) {
    t.line(t.bold("Job posting: " + u(job.file())) + (job.title().isEmpty() ? "" : " — " + u(job.title())));
    t.line("  Match rate " + t.score(job.matchRate()) + "/100 (share of the posting's weighted terms shown); title "
        + (job.titleInResume() ? "found in resume" : "not in resume"));
    t.line("  " + pad("term", 36) + pad("posting", 9, true) + pad("resume", 8, true) + "  status");
    List<String[]> rows = new java.util.ArrayList<>();
    job.terms().forEach(p -> rows.add(new String[] {p.term().name(), String.valueOf(p.postingCount()),
        String.valueOf(p.resumeCount()), p.status(), p.required() ? "required" : "", String.valueOf(p.weight()),
        MatchNotes.posting(p)}));
    job.unknownTerms().forEach(x -> rows.add(new String[] {u(x.term()) + " *", String.valueOf(x.postingCount()),
        String.valueOf(x.resumeCount()), x.status(), x.required() ? "required" : "", String.valueOf(x.weight()),
        MatchNotes.unknown(x)}));
    // Both lists are sorted by weight; merged, the most stressed terms come first.
    rows.sort(Comparator.comparingDouble((String[] r) -> -Double.parseDouble(r[5])).thenComparing(r -> r[0]));
    for (String[] r : rows.subList(0, Math.min(TOP_POSTING_TERMS, rows.size()))) {
      String status = switch (r[3]) {
        case "matched" -> t.green("✓ matched");
        case "listed" -> t.yellow("~ listed only");
        default -> t.red("✗ missing");
      };
      t.line("  " + pad(clip(r[0], 34), 36) + pad(r[1], 9, true) + pad(r[2], 8, true) + "  " + status
          + (r[4].isEmpty() ? "" : "  (" + r[4] + ")"));
      if (!r[6].isEmpty()) {
        t.line("      " + clip(u(r[6]), 92));
      }
    }
    if (rows.size() > TOP_POSTING_TERMS) {
      t.line("  … and " + (rows.size() - TOP_POSTING_TERMS) + " more (see --format json)");
    }
    if (!job.unknownTerms().isEmpty()) {
      t.line("  * found in the posting, not in the dictionary");
    }
    t.blank();
  }

  private static String clip(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }

  private static void matches(List<Match> matches, Text t) {
    t.line(t.bold("Top matches") + " (" + matches.size() + " terms found)");
    ReportView.sortedMatches(matches).stream()
        .limit(TOP_MATCHES)
        .forEach(m -> {
          Evidence e = ReportView.bestEvidence(m.evidence());
          String where = e == null ? "" : " [" + e.section().id() + (e.measurable() ? ", result" : "") + "] \""
              + u(e.text()).strip() + "\"";
          String words = MatchNotes.words(m);
          t.line("  " + t.green("✓") + " " + u(m.term().name()) + (words.isEmpty() ? "" : " " + u(words))
              + " ×" + m.count() + where);
        });
    t.blank();
  }

  private static void missing(Advice advice, boolean jobPosting, Text t) {
    if (advice.missing().isEmpty()) {
      return;
    }
    t.line(jobPosting
        ? t.bold("Missing from the posting") + " (match-rate points each would add)"
        : t.bold("Missing for " + advice.target().title()) + " (score points each would add)");
    for (MissingTerm m : advice.missing().subList(0, Math.min(TOP_MISSING, advice.missing().size()))) {
      t.line("  " + t.yellow("+" + fmt(m.gain())) + " " + u(m.term().name()) + " (" + m.term().category().id() + ")");
      if (!m.statements().isEmpty()) {
        t.line("      e.g. " + u(m.statements().get(0)));
      }
    }
    t.blank();
  }

  private static void checks(Advice advice, Text t) {
    List<Check> open = advice.checks().stream().filter(c -> c.status() != Check.Status.PASS).toList();
    t.line(t.bold("Checks") + " (" + (advice.checks().size() - open.size()) + " of " + advice.checks().size()
        + " pass)");
    for (Check c : open) {
      String mark = c.status() == Check.Status.FAIL ? t.red("✗ fail") : t.yellow("! warn");
      t.line("  " + mark + " " + u(c.message()));
      t.line("         → " + u(c.fix()));
    }
    t.blank();
  }

  private static void rewrites(Advice advice, Text t) {
    if (advice.rewrites().isEmpty()) {
      return;
    }
    t.line(t.bold("Bullets to rewrite"));
    for (Advice.Rewrite r : advice.rewrites().subList(0, Math.min(5, advice.rewrites().size()))) {
      t.line("  line " + r.line() + ": \"" + u(r.text()).strip() + "\"");
      t.line("      " + u(r.problem()));
      t.line("      → " + u(r.suggestion()));
    }
  }

  /** Text from the resume, posting or dictionary: no control characters or escapes on one line. */
  private static String u(String s) {
    return Safe.line(s);
  }

  static String fmt(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.format(java.util.Locale.ROOT, "%.1f", value);
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
