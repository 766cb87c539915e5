package dev.keyfit.advise;

import static dev.keyfit.advise.Fixtures.analyze;
import static dev.keyfit.advise.Fixtures.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.AnalysisOptions;
import dev.keyfit.extract.ExtractionException;
import dev.keyfit.keywords.Role;
import dev.keyfit.report.JsonReport;
import dev.keyfit.report.Report;
import dev.keyfit.score.JobMatch;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobAdviceTest {

  @Test
  void tpmResumeMatchesTpmPostingBetterThanPmResume() throws Exception {
    int tpm = analyze("tpm-resume.txt", "tpm-posting.txt").assessment().jobMatch().matchRate();
    int pm = analyze("pm-resume.txt", "tpm-posting.txt").assessment().jobMatch().matchRate();
    assertTrue(tpm > pm + 20, "tpm " + tpm + " vs pm " + pm);
  }

  @Test
  void constructionPostingPrefersConstructionPm() throws Exception {
    int pm =
        analyze("pm-resume.txt", "construction-posting.txt").assessment().jobMatch().matchRate();
    int tpm =
        analyze("tpm-resume.txt", "construction-posting.txt").assessment().jobMatch().matchRate();
    assertTrue(pm > tpm + 20, "pm " + pm + " vs tpm " + tpm);
  }

  @Test
  void postingOnlyToolsShowUpAsMissing() throws Exception {
    Report report = analyze("tpm-resume.txt", "tpm-posting.txt");
    JobMatch job = report.assessment().jobMatch();
    List<String> unknown = job.unknownTerms().stream().map(JobMatch.UnknownTerm::term).toList();
    assertTrue(unknown.contains("Kafka"), "unknown terms: " + unknown);
    assertTrue(unknown.contains("Terraform"), "unknown terms: " + unknown);
    assertFalse(unknown.contains("Initech"), "the company is not a skill: " + unknown);
    assertFalse(unknown.contains("Monday"), "days are not skills: " + unknown);
    // Snowflake is in the resume, so it is matched, not missing
    assertEquals(
        "matched",
        job.unknownTerms().stream()
            .filter(u -> u.term().equals("Snowflake"))
            .findFirst()
            .orElseThrow()
            .status());
    MissingTerm kafka =
        report.advice().missing().stream()
            .filter(m -> m.term().name().equals("Kafka"))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("Kafka not advised: " + report.advice().missing()));
    assertEquals("posting:kafka", kafka.term().id());
    // keyfit cannot tell a product from a place or an organisation it does not know: the term is
    // suggested without a statement rather than with one that may read wrong
    assertEquals(List.of(), kafka.statements());
    assertEquals(dev.keyfit.keywords.Category.TOOLS, kafka.term().category());
    assertTrue(kafka.gain() > 0);
  }

  @Test
  void missingTermsAreRankedByWhatTheyAdd() throws Exception {
    List<MissingTerm> missing = analyze("tpm-resume.txt", "tpm-posting.txt").advice().missing();
    assertFalse(missing.isEmpty());
    for (int i = 1; i < missing.size(); i++) {
      assertTrue(missing.get(i - 1).gain() >= missing.get(i).gain(), missing.toString());
    }
    // Kafka is required and named three times: it leads
    assertEquals("Kafka", missing.get(0).term().name());
  }

  @Test
  void requirementsWeighMoreThanNiceToHaves() throws Exception {
    JobMatch job = analyze("tpm-resume.txt", "tpm-posting.txt").assessment().jobMatch();
    JobMatch.PostingTerm jira = term(job, "jira");
    JobMatch.PostingTerm csm = term(job, "csm");
    assertTrue(jira.required());
    assertFalse(csm.required());
    assertTrue(jira.weight() > csm.weight(), jira + " vs " + csm);
  }

  @Test
  void postingTitleIsFoundAndCheckedAgainstTheResume() throws Exception {
    Report tpm = analyze("tpm-resume.txt", "tpm-posting.txt");
    assertEquals("Senior Technical Program Manager", tpm.assessment().jobMatch().title());
    assertTrue(tpm.assessment().jobMatch().titleInResume());
    assertEquals(Check.Status.PASS, check(tpm, "job-title").status());
    Report pm = analyze("pm-resume.txt", "tpm-posting.txt");
    assertEquals(Check.Status.WARN, check(pm, "job-title").status());
  }

  @Test
  void stuffedResumeDoesNotOutrankGenuineOne() throws Exception {
    Report stuffed = analyze("stuffed-resume.txt", "tpm-posting.txt");
    Report genuine = analyze("tpm-resume.txt", "tpm-posting.txt");
    assertTrue(
        stuffed.assessment().jobMatch().matchRate() < genuine.assessment().jobMatch().matchRate());
    int stuffedTpm = stuffed.assessment().role(Role.TPM).orElseThrow().score();
    int genuineTpm = genuine.assessment().role(Role.TPM).orElseThrow().score();
    assertTrue(stuffedTpm < genuineTpm, "stuffed " + stuffedTpm + " vs genuine " + genuineTpm);
    assertEquals(Check.Status.FAIL, check(stuffed, "keyword-stuffing").status());
    assertEquals(Check.Status.PASS, check(genuine, "keyword-stuffing").status());
  }

  @Test
  void listOnlyStuffingWarnsEvenWithoutRepeats() throws Exception {
    Report report =
        Fixtures.analyzeText(
            """
        Skills
        Agile, Scrum, Jira, Confluence, AWS, Kubernetes, Jenkins, CI/CD, Procore, Bluebeam, Primavera P6
        Experience
        - Coordinated meetings for the office
        """);
    Check c = check(report, "keyword-stuffing");
    assertEquals(Check.Status.WARN, c.status());
    assertTrue(c.message().contains("only in lists"), c.message());
  }

  @Test
  void thinResumeGetsWeakOpenerAndMeasurableWarnings() throws Exception {
    Report thin = analyze("thin-resume.txt", null);
    Check weak = check(thin, "weak-openers");
    assertEquals(Check.Status.WARN, weak.status());
    assertTrue(weak.message().startsWith("4 bullets"), weak.message());
    assertEquals(Check.Status.FAIL, check(thin, "measurable-results").status());
    assertEquals(Check.Status.WARN, check(thin, "length").status());
    List<Advice.Rewrite> rewrites = thin.advice().rewrites();
    assertEquals(4, rewrites.size());
    assertTrue(rewrites.get(0).problem().contains("'responsible for'"));
    assertTrue(rewrites.get(0).suggestion().startsWith("start with a strong verb such as Led"));
  }

  @Test
  void postingThatCannotBeReadNamesThePosting() {
    AnalysisOptions options =
        AnalysisOptions.defaults().withJobPosting(Path.of("no-such-posting.txt"));
    ExtractionException e =
        assertThrows(
            ExtractionException.class,
            () -> Fixtures.keyfit().analyze(Fixtures.path("tpm-resume.txt"), options));
    assertTrue(e.getMessage().startsWith("job posting no-such-posting.txt: "), e.getMessage());
    assertEquals(ExtractionException.Subject.POSTING, e.subject());
  }

  @Test
  void adviceIsDeterministic() throws Exception {
    String first =
        JsonReport.text(JsonReport.tree(analyze("pm-resume.txt", "construction-posting.txt")));
    String second =
        JsonReport.text(JsonReport.tree(analyze("pm-resume.txt", "construction-posting.txt")));
    assertEquals(first, second);
    assertNotEquals(-1, first.indexOf("\"jobMatch\""));
  }

  @Test
  void withoutPostingMissingTermsComeFromTheRole() throws Exception {
    Report report = analyze("thin-resume.txt", null);
    assertEquals(null, report.assessment().jobMatch());
    assertFalse(report.advice().missing().isEmpty());
    assertTrue(
        report.advice().missing().stream().noneMatch(m -> m.term().id().startsWith("posting:")));
    assertTrue(report.advice().checks().stream().noneMatch(c -> c.id().equals("job-title")));
  }

  private static JobMatch.PostingTerm term(JobMatch job, String id) {
    return job.terms().stream()
        .filter(t -> t.term().id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("posting term " + id + " not found"));
  }
}
