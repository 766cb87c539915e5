package dev.keyfit.report;

import dev.keyfit.advise.Advice;
import dev.keyfit.advise.Check;
import dev.keyfit.advise.MissingTerm;
import dev.keyfit.extract.DocumentFormat;
import dev.keyfit.extract.LayoutSignals;
import dev.keyfit.keywords.Category;
import dev.keyfit.keywords.Role;
import dev.keyfit.keywords.Term;
import dev.keyfit.match.Evidence;
import dev.keyfit.match.Match;
import dev.keyfit.nlp.Section;
import dev.keyfit.score.Assessment;
import dev.keyfit.score.CategoryScore;
import dev.keyfit.score.JobMatch;
import dev.keyfit.score.RoleScore;
import dev.keyfit.score.TermPoints;
import java.util.List;
import java.util.Optional;

/**
 * Reports built by hand, independent of the dictionary and the NLP models: one with a job posting
 * match (posting matching lives on another branch, so nothing else fills {@link JobMatch} here),
 * and one whose every resume-supplied string is hostile.
 */
public final class ReportFixtures {

  public static final String HOSTILE =
      "<script>alert(1)</script> \" onmouseover=x ![x](http://evil) "
          + "=HYPERLINK(\"x\") \u0000\u001b[31m\u0007 \ud800 | # *bold* <img src=x onerror=alert(2)> &amp; ]]>";

  private ReportFixtures() {}

  public static Term term(
      String id, String name, Category category, int pm, int tpm, String... statements) {
    return new Term(id, name, category, List.of(), false, pm, tpm, null, List.of(statements));
  }

  /** A complete report for "casey.txt" with a posting match. */
  public static Report withJobMatch() {
    return report(
        "casey-lee.txt",
        "Jira",
        "Led sprint planning in Jira for 4 teams, cutting cycle time 20%",
        "Senior Technical Project Manager",
        "posting.txt",
        "Kafka");
  }

  /** The same report with hostile strings wherever a resume or posting can put text. */
  public static Report hostile() {
    return report(HOSTILE + ".txt", HOSTILE, HOSTILE, HOSTILE, HOSTILE, HOSTILE);
  }

  private static Report report(
      String file,
      String termName,
      String line,
      String postingTitle,
      String postingFile,
      String unknown) {
    Term jira =
        term(
            "jira",
            termName,
            Category.TOOLS,
            2,
            3,
            "Rebuilt Jira workflows for [N] teams, cutting status-meeting time by [X]%");
    Term scrum = term("scrum", "Scrum", Category.METHODOLOGIES, 3, 3, "Ran Scrum for [N] teams");
    Term risk =
        term(
            "risk-management",
            "Risk management",
            Category.PM_SKILLS,
            3,
            3,
            "Ran a weekly risk review for a [$X] program, retiring [N] risks before launch");
    Term k8s =
        term(
            "kubernetes",
            "Kubernetes",
            Category.TECHNICAL,
            1,
            3,
            "Coordinated the migration of [N] services to Kubernetes, cutting deploy time by [X]%");
    Term schedule =
        term(
            "schedule-management",
            "Schedule management",
            Category.PM_SKILLS,
            3,
            3,
            "Rebuilt the master schedule for [N] teams");
    Evidence e1 = new Evidence(7, line, Section.EXPERIENCE, true);
    Evidence e2 = new Evidence(15, "Skills: Jira, Confluence, Scrum", Section.SKILLS, false);
    List<Match> matches =
        List.of(
            new Match(jira, 2, List.of(e1, e2)),
            new Match(
                scrum,
                1,
                List.of(
                    new Evidence(15, "Skills: Jira, Confluence, Scrum", Section.SKILLS, false))));
    List<CategoryScore> pmCats =
        List.of(
            new CategoryScore(
                Category.METHODOLOGIES,
                25,
                1.5,
                6,
                15,
                List.of(new TermPoints(scrum, 3, 0.5, 1.5, "listed in skills", true))),
            new CategoryScore(
                Category.PM_SKILLS,
                30,
                3,
                10,
                25,
                List.of(
                    new TermPoints(
                        schedule, 3, 1.0, 3, "experience line with a measurable result", false))),
            new CategoryScore(
                Category.TOOLS,
                25,
                2,
                8,
                10,
                List.of(
                    new TermPoints(
                        jira, 2, 1.0, 2, "experience line with a measurable result", false))));
    List<CategoryScore> tpmCats =
        List.of(
            new CategoryScore(
                Category.METHODOLOGIES,
                25,
                1.5,
                6,
                15,
                List.of(new TermPoints(scrum, 3, 0.5, 1.5, "listed in skills", true))),
            new CategoryScore(Category.TECHNICAL, 0, 0, 10, 25, List.of()),
            new CategoryScore(
                Category.TOOLS,
                75,
                3,
                4,
                10,
                List.of(
                    new TermPoints(
                        jira, 3, 1.0, 3, "experience line with a measurable result", false))));
    JobMatch job =
        new JobMatch(
            postingFile,
            postingTitle,
            false,
            45,
            List.of(
                new JobMatch.PostingTerm(jira, 3, 2, 4.5, true, 1.0),
                new JobMatch.PostingTerm(k8s, 2, 0, 3, true, 0.0),
                new JobMatch.PostingTerm(risk, 1, 0, 1.25, false, 0.0)),
            List.of(
                new JobMatch.UnknownTerm(unknown, 2, 0, 2.0, true, 0.0),
                new JobMatch.UnknownTerm("Terraform", 1, 1, 1.0, false, 0.5)));
    Assessment assessment =
        new Assessment(
            matches,
            List.of(
                new RoleScore(
                    Role.PM, 14, pmCats, new RoleScore.Core(List.of("pm-skills"), 30, 60, 0.5)),
                new RoleScore(Role.TPM, 42, tpmCats)),
            Optional.of(Role.TPM),
            job);
    Advice advice =
        new Advice(
            Role.TPM,
            List.of(
                new MissingTerm(k8s, 3, 4.5, k8s.statements()),
                new MissingTerm(risk, 3, 3.2, risk.statements())),
            List.of(
                new Check("contact-email", Check.Status.PASS, "An email address is present", ""),
                new Check(
                    "weak-openers",
                    Check.Status.WARN,
                    "2 bullets open with 'responsible for': " + line,
                    "Start with an action verb"),
                new Check(
                    "measurable-results",
                    Check.Status.FAIL,
                    "1 of 6 bullets states a measurable result",
                    "Add numbers: %, $, time saved")),
            List.of(
                new Advice.Rewrite(
                    9,
                    "Responsible for " + line,
                    "opens with the weak phrase 'responsible for'",
                    "Led …")));
    LayoutSignals layout = new LayoutSignals(0, 212, 0, 0, 0, 0, 0, 0, List.of());
    return new Report(
        new Report.Tool("keyfit", "0.1.0", "2026.1"),
        new Report.Source(file, DocumentFormat.TEXT, layout),
        assessment,
        advice);
  }
}
