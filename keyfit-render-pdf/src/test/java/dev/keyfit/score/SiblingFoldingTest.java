package dev.keyfit.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.AnalysisOptions;
import dev.keyfit.match.MatchKind;
import dev.keyfit.render.Renderer;
import dev.keyfit.render.Renderers;
import dev.keyfit.report.Report;
import dev.keyfit.report.ReportFormat;
import dev.keyfit.testing.TestKeyfit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Resume/posting pairs built to test sibling folding, through the real pipeline: a resume that has
 * only siblings of what a posting requires is not credited with the posting's terms.
 */
class SiblingFoldingTest {

  @TempDir Path dir;

  private JobMatch scan(String resume, String posting) throws Exception {
    Path r = Files.writeString(dir.resolve("resume.txt"), resume);
    Path p = Files.writeString(dir.resolve("posting.txt"), posting);
    Report report = TestKeyfit.standard().analyze(r, AnalysisOptions.defaults().withJobPosting(p));
    assertNotNull(report.assessment().jobMatch());
    return report.assessment().jobMatch();
  }

  private static String resume(String... experience) {
    return "Jordan Lee\nTechnical Project Manager\n\nExperience\n"
        + "Technical Project Manager, Northwind Systems, 2017 - 2024\n"
        + java.util.Arrays.stream(experience)
            .map(e -> "- " + e + "\n")
            .collect(Collectors.joining())
        + "\nEducation\nB.S. Computer Engineering, State University, 2016\n";
  }

  private static String posting(String... requirements) {
    return "Senior Technical Project Manager\n\nRequirements\n"
        + java.util.Arrays.stream(requirements)
            .map(e -> "- " + e + "\n")
            .collect(Collectors.joining());
  }

  @Test
  void resumeWithOnlySiblingsOfTheIssuesExampleScoresAtMost35AndNothingIsCredited()
      throws Exception {
    JobMatch job =
        scan(
            resume(
                "Led the migration of 40 services to MySQL, cutting p95 latency by 30%",
                "Earned the CKAD and moved 12 services onto the new cluster"),
            posting(
                "Hands-on experience with PostgreSQL",
                "CKA certification",
                "Google Cloud Platform"));
    assertTrue(job.matchRate() <= 35, "match rate " + job.matchRate());
    for (String id : List.of("postgresql", "kubernetes-certification", "gcp")) {
      JobMatch.PostingTerm t = term(job, id);
      assertEquals(0, t.credit(), id);
      assertEquals("missing", t.status(), id);
      assertFalse(t.literalInResume(), id);
    }
    assertEquals(MatchKind.RELATED, term(job, "postgresql").kind());
    assertEquals("mysql", term(job, "postgresql").related().get(0).term().id());
    assertEquals("ckad", term(job, "kubernetes-certification").related().get(0).term().id());
  }

  static List<Arguments> siblingPairs() {
    return List.of(
        Arguments.of(
            "Shipped 6 Android releases a quarter with a 99.5% crash-free rate",
            "iOS", "ios-android", "android"),
        Arguments.of(
            "Relaunched the Drupal site of 400 pages in 3 months",
            "WordPress",
            "wordpress",
            "drupal"),
        Arguments.of(
            "Migrated 30 workloads to Microsoft Azure, retiring 12 servers", "AWS", "aws", "azure"),
        Arguments.of(
            "Migrated 200 repositories in Subversion with full history",
            "Git",
            "git",
            "subversion"),
        Arguments.of(
            "Automated 40 admin tasks with PowerShell scripts", "Bash", "bash", "powershell"),
        Arguments.of(
            "Delivered CCPA compliance for 9 systems ahead of the deadline",
            "GDPR",
            "gdpr",
            "ccpa"),
        Arguments.of(
            "Led the first SOC 1 Type II audit with zero exceptions", "SOC 2", "soc-2", "soc-1"),
        Arguments.of(
            "Ran Gatling load tests at 3x peak, fixing 7 bottlenecks",
            "JMeter",
            "jmeter",
            "gatling"),
        Arguments.of(
            "Scaled an Apache Cassandra cluster to 60 nodes", "MongoDB", "mongodb", "cassandra"),
        Arguments.of(
            "Moved 8 teams to Pivotal Tracker, cutting triage time by 20%",
            "Jira", "jira", "pivotal-tracker"),
        Arguments.of(
            "Professional Scrum Master (PSM I), coaching 3 teams through 40 sprints",
            "Certified ScrumMaster (CSM)",
            "csm",
            "psm"),
        Arguments.of(
            "Built 25 Power BI dashboards read weekly by 300 managers",
            "Tableau",
            "tableau",
            "power-bi"),
        Arguments.of(
            "Six Sigma Green Belt; cut defect rates by 18% on 2 lines",
            "Six Sigma Black Belt", "six-sigma-black-belt", "six-sigma-green-belt"),
        Arguments.of(
            "Wrote CloudFormation stacks for 40 services, cutting provisioning to 10 minutes",
            "Terraform",
            "terraform",
            "cloudformation"),
        Arguments.of(
            "Ran RabbitMQ queues carrying 2 million messages a day",
            "Apache Kafka",
            "kafka",
            "rabbitmq"),
        Arguments.of(
            "Rolled out Datadog monitoring for 120 services, cutting MTTR by 35%",
            "Grafana", "grafana", "datadog"),
        Arguments.of(
            "PRINCE2 Foundation, applied to 6 stage-gated projects",
            "PRINCE2 Practitioner",
            "prince2-certification",
            "prince2-foundation"),
        Arguments.of(
            "ITIL 4 Foundation; ran the change board for 40 services",
            "ITIL Expert",
            "itil-expert",
            "itil-certification"),
        Arguments.of(
            "Professional Scrum Master I (PSM I), coaching 3 teams",
            "Professional Scrum Master II (PSM II)",
            "psm-ii",
            "psm"),
        Arguments.of(
            "AWS Certified Solutions Architect - Associate; designed 12 VPCs",
            "AWS Certified Solutions Architect - Professional",
            "aws-solutions-architect-professional",
            "aws-solutions-architect"),
        Arguments.of(
            "Certified Associate in Project Management (CAPM), 2021",
            "PMP certification",
            "pmp",
            "capm"),
        Arguments.of(
            "Kept 300 pages of team docs in Notion for 4 teams",
            "Confluence",
            "confluence",
            "notion"),
        Arguments.of(
            "Rolled out AppDynamics across 30 applications, cutting MTTR by 25%",
            "Dynatrace", "dynatrace", "appdynamics"),
        Arguments.of(
            "Built 12 Google Data Studio reports for marketing",
            "Looker",
            "looker",
            "looker-studio"),
        Arguments.of(
            "Ran schedules and change orders for 40 homes in Buildertrend",
            "Fieldwire",
            "fieldwire",
            "buildertrend"),
        Arguments.of(
            "Moved 80 workloads onto a Hyper-V cluster, retiring 20 servers",
            "VMware vSphere",
            "vmware",
            "hyper-v"),
        Arguments.of(
            "Built 6 Power Apps replacing paper inspection forms",
            "Power Automate",
            "power-automate",
            "power-apps"));
  }

  @Test
  void aResumeOfSiblingsAcrossSevenFamiliesMatchesAtMost35AndIsCreditedWithNone() throws Exception {
    JobMatch job =
        scan(
            resume(
                "Led the migration of 40 services to MySQL, cutting p95 latency by 30%",
                "Earned the CKAD and moved 12 services onto the new cluster",
                "Migrated 30 workloads to Microsoft Azure, retiring 12 servers",
                "Built 25 Power BI dashboards read weekly by 300 managers",
                "Wrote CloudFormation stacks for 40 services",
                "Ran RabbitMQ queues carrying 2 million messages a day",
                "Professional Scrum Master (PSM I), coaching 3 teams"),
            posting(
                "Hands-on experience with PostgreSQL",
                "CKA certification",
                "Google Cloud Platform",
                "Tableau",
                "Terraform",
                "Apache Kafka",
                "Certified ScrumMaster (CSM)"));
    assertTrue(job.matchRate() <= 35, "match rate " + job.matchRate());
    for (String id :
        List.of(
            "postgresql",
            "kubernetes-certification",
            "gcp",
            "tableau",
            "terraform",
            "kafka",
            "csm")) {
      JobMatch.PostingTerm t = term(job, id);
      assertEquals(0, t.credit(), id);
      assertEquals(MatchKind.RELATED, t.kind(), id);
      assertFalse(t.literalInResume(), id);
    }
  }

  @ParameterizedTest(name = "{3} is related to {1}, not credited")
  @MethodSource("siblingPairs")
  void aSiblingIsRelatedNeverThePostingsTerm(
      String line, String asked, String askedId, String haveId) throws Exception {
    JobMatch job = scan(resume(line), posting("Experience with " + asked));
    JobMatch.PostingTerm t = term(job, askedId);
    assertEquals(MatchKind.RELATED, t.kind(), job.terms().toString());
    assertEquals(0, t.credit());
    assertEquals(0, t.resumeCount());
    assertTrue(
        t.related().stream().anyMatch(r -> r.term().id().equals(haveId)), t.related().toString());
    assertTrue(job.matchRate() <= 35, "match rate " + job.matchRate());
  }

  @Test
  void anAlternativeThePostingOffersAnswersTheOthers() throws Exception {
    JobMatch job =
        scan(
            resume("Earned the PMP and ran 6 projects worth $4M to plan"),
            posting("PMP or CAPM certification"));
    JobMatch.PostingTerm capm = term(job, "capm");
    assertEquals("alternative", capm.status());
    assertEquals("pmp", capm.alternativeTo().id());
    assertEquals(100, job.matchRate(), job.terms().toString());
  }

  @Test
  void aSiblingOfEveryAlternativeIsStillNotCredited() throws Exception {
    JobMatch job =
        scan(
            resume("Migrated 30 workloads to Google Cloud Platform, retiring 12 servers"),
            posting("Experience with AWS or Azure"));
    assertEquals(0, job.matchRate(), job.terms().toString());
    assertEquals("missing", term(job, "aws").status());
    assertEquals(MatchKind.RELATED, term(job, "aws").kind());
  }

  @Test
  void theTermInThePostingsOwnWordsIsExactAndLiterallyPresent() throws Exception {
    JobMatch job =
        scan(
            resume("Led the migration of 40 services to PostgreSQL, cutting cost by 30%"),
            posting("Hands-on experience with PostgreSQL"));
    JobMatch.PostingTerm t = term(job, "postgresql");
    assertEquals(MatchKind.EXACT, t.kind());
    assertEquals(1, t.credit());
    assertTrue(t.literalInResume());
    assertEquals(List.of("PostgreSQL"), t.resumeWords());
    assertTrue(t.related().isEmpty());
  }

  @Test
  void anotherFormIsAVariantThatALiteralSearchMisses() throws Exception {
    JobMatch job =
        scan(
            resume("Led the migration of 40 services to Postgres, cutting cost by 30%"),
            posting("Hands-on experience with PostgreSQL"));
    JobMatch.PostingTerm t = term(job, "postgresql");
    assertEquals(MatchKind.VARIANT, t.kind());
    assertEquals(1, t.credit());
    assertFalse(t.literalInResume());
    assertEquals(List.of("Postgres"), t.resumeWords());
    assertEquals(List.of("PostgreSQL"), t.postingWords());
  }

  @Test
  void theTermAndItsSiblingTogetherCreditTheTermAlone() throws Exception {
    JobMatch job =
        scan(
            resume("Ran 12 PostgreSQL and 4 MySQL databases at 99.99% availability"),
            posting("Hands-on experience with PostgreSQL and MySQL"));
    assertEquals(MatchKind.EXACT, term(job, "postgresql").kind());
    assertEquals(MatchKind.EXACT, term(job, "mysql").kind());
    assertTrue(term(job, "postgresql").related().isEmpty());
  }

  @Test
  void reportsSayWhatTheResumeHasInsteadInEveryFormat() throws Exception {
    Path r =
        Files.writeString(
            dir.resolve("resume.txt"), resume("Led the migration of 40 services to MySQL"));
    Path p =
        Files.writeString(
            dir.resolve("posting.txt"), posting("Hands-on experience with PostgreSQL"));
    Report report = TestKeyfit.standard().analyze(r, AnalysisOptions.defaults().withJobPosting(p));
    String note = "you have MySQL; the posting asks for PostgreSQL";
    for (ReportFormat format :
        List.of(ReportFormat.TEXT, ReportFormat.MARKDOWN, ReportFormat.HTML)) {
      String out = render(format, report);
      assertTrue(out.contains(note), format + ":\n" + out);
    }
    String json = render(ReportFormat.JSON, report);
    assertTrue(
        json.contains("\"kind\" : \"related\"") || json.contains("\"kind\":\"related\""), json);
    assertTrue(json.contains("\"literalInResume\""), json);
  }

  private static String render(ReportFormat format, Report report) throws Exception {
    var out = new java.io.ByteArrayOutputStream();
    Renderers.forFormat(format).orElseThrow().render(report, Renderer.RenderOptions.PLAIN, out);
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static JobMatch.PostingTerm term(JobMatch job, String id) {
    return job.terms().stream()
        .filter(t -> t.term().id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError(id + " not in the posting: " + job.terms()));
  }
}
