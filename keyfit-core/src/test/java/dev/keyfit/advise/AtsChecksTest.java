package dev.keyfit.advise;

import static dev.keyfit.advise.Fixtures.analyze;
import static dev.keyfit.advise.Fixtures.analyzeText;
import static dev.keyfit.advise.Fixtures.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.extract.LayoutSignals;
import dev.keyfit.report.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

class AtsChecksTest {

  @Test
  void checksComeInAFixedOrderWithStableIds() throws Exception {
    List<String> ids =
        analyze("tpm-resume.txt", "tpm-posting.txt").advice().checks().stream()
            .map(Check::id)
            .toList();
    assertEquals(
        List.of(
            "contact-email",
            "contact-phone",
            "contact-linkedin",
            "sections",
            "standard-headings",
            "dates",
            "length",
            "measurable-results",
            "weak-openers",
            "cliches",
            "placeholders",
            "first-person",
            "acronyms",
            "keyword-stuffing",
            "text-extraction",
            "layout",
            "language",
            "job-title",
            "years-experience"),
        ids);
  }

  @Test
  void acronymWithoutLongFormWarnsNamingBoth() throws Exception {
    Report report =
        analyzeText("Summary\nPMP with 10 years in delivery.\nExperience\n- Led projects\n");
    Check c = check(report, "acronyms");
    assertEquals(Check.Status.WARN, c.status());
    assertTrue(
        c.message().contains("Uses 'PMP' without 'Project Management Professional'"), c.message());
  }

  @Test
  void acronymWithLongFormPasses() throws Exception {
    Report report = analyzeText("Certifications\nProject Management Professional (PMP)\n");
    assertEquals(Check.Status.PASS, check(report, "acronyms").status());
  }

  @Test
  void longFormWithoutAcronymWarns() throws Exception {
    Check c = check(analyzeText("Skills\nAmazon Web Services\n"), "acronyms");
    assertTrue(c.message().contains("'Amazon Web Services' without 'AWS'"), c.message());
  }

  @Test
  void clichesAreNamedWithWhy() throws Exception {
    Check c = check(analyzeText("Summary\nResults-driven team player.\n"), "cliches");
    assertEquals(Check.Status.WARN, c.status());
    assertTrue(
        c.message().contains("'team player'") && c.message().contains("'results-driven'"),
        c.message());
  }

  @Test
  void clichesAreFoundInTheirCommonSpellings() throws Exception {
    for (String spelling :
        List.of("results driven", "resultsdriven", "Results-Driven", "results\u2013driven")) {
      Check c = check(analyzeText("Summary\nA " + spelling + " program manager.\n"), "cliches");
      assertEquals(Check.Status.WARN, c.status(), spelling);
      assertTrue(c.message().contains("'results-driven'"), c.message());
    }
    assertEquals(
        Check.Status.PASS,
        check(analyzeText("Summary\nShipped results. Driven by data, cut costs 20%.\n"), "cliches")
            .status());
  }

  @Test
  void unfilledPlaceholdersFail() throws Exception {
    Check c =
        check(
            analyzeText("Experience\n- Cut deploy time by [X]% for [N] teams in [timeframe]\n"),
            "placeholders");
    assertEquals(Check.Status.FAIL, c.status());
    assertTrue(
        c.message().startsWith("3 unfilled placeholders") && c.message().contains("'[X]'"),
        c.message());
  }

  @Test
  void bracketsThatAreNotPlaceholdersPass() throws Exception {
    Check c =
        check(
            analyzeText(
                "Experience\n- Cut deploy time by 40% [see portfolio: GitHub] (AWS, 2021)\n"
                    + "- Led 5 teams [Confidential Client]\n"),
            "placeholders");
    assertEquals(Check.Status.PASS, c.status(), c.message());
  }

  @Test
  void firstPersonPronounsWarn() throws Exception {
    Check c =
        check(
            analyzeText(
                "Summary\nI am a TPM.\nExperience\n- I led my team of 8 to ship 3 releases\n"),
            "first-person");
    assertEquals(Check.Status.WARN, c.status());
    assertTrue(c.message().startsWith("3 first-person pronouns"), c.message());
  }

  @Test
  void romanNumeralsAndImpliedFirstPersonPass() throws Exception {
    Check c =
        check(
            analyzeText(
                "Experience\n- Led Phase I of the ERP rollout for 300 users\n"
                    + "- Delivered the Level I support desk, cutting tickets by 20%\n"),
            "first-person");
    assertEquals(Check.Status.PASS, c.status(), c.message());
  }

  @Test
  void missingSectionsAreNamedAndMissingExperienceFails() throws Exception {
    Check c = check(analyzeText("Skills\nJira\nEducation\nB.A. 2010\n"), "sections");
    assertEquals(Check.Status.FAIL, c.status());
    assertEquals("Missing sections: summary, experience.", c.message());
    assertEquals(Check.Status.PASS, check(analyze("tpm-resume.txt", null), "sections").status());
  }

  @Test
  void unrecognisedHeadingsWarn() throws Exception {
    Check c =
        check(
            analyzeText("Experience\n- Led projects\nMY JOURNEY\n- Grew up\n"),
            "standard-headings");
    assertEquals(Check.Status.WARN, c.status());
    assertTrue(c.message().contains("'MY JOURNEY'"), c.message());
  }

  @Test
  void aUniversityNameOnItsOwnLineIsNotAnOddHeading() throws Exception {
    Check c =
        check(
            analyzeText(
                "Experience\n- Led projects\nEducation\nUNIVERSITY OF CALIFORNIA, BERKELEY\n"
                    + "B.A. Economics, 2012\nStanford University\nMBA, 2016\n"),
            "standard-headings");
    assertEquals(Check.Status.PASS, c.status(), c.message());
    Check odd =
        check(
            analyzeText("Experience\n- Led projects\nEducation\nMY JOURNEY\nB.A. 2012\n"),
            "standard-headings");
    assertEquals(Check.Status.WARN, odd.status(), odd.message());
  }

  @Test
  void theShippedClichesAreFoundInTheirCommonSpellings() throws Exception {
    var cliches = dev.keyfit.Keyfit.create().dictionary().lists().cliches();
    for (String[] c :
        new String[][] {
          {"A hard working manager.", "hard-working"},
          {"A hard-working manager.", "hard-working"},
          {"A hardworking manager.", "hard-working"},
          {"Detail oriented planner.", "detail-oriented"},
          {"A true team player.", "team player"},
          {"A team-player at heart.", "team player"}
        }) {
      Check check = TextChecks.cliches(c[0], cliches);
      assertEquals(Check.Status.WARN, check.status(), c[0]);
      assertTrue(check.message().contains("'" + c[1] + "'"), check.message());
    }
    assertEquals(
        Check.Status.PASS,
        TextChecks.cliches("Worked hard on the team's hiring plan; oriented new staff.", cliches)
            .status());
  }

  @Test
  void nonEnglishResumeWarns() {
    String german =
        "Projektleiter mit zehn Jahren Erfahrung in der Softwareentwicklung und im Bauwesen. "
            + "Verantwortlich für die Planung und Steuerung von Projekten mit einem Budget von zwei Millionen Euro. "
            + "Leitung eines Teams mit acht Entwicklern und Koordination der Lieferanten für das Unternehmen "
            + "bei der Einführung von Jira und der agilen Methoden im Team.";
    Check c = LanguageCheck.run(german);
    assertEquals(Check.Status.WARN, c.status());
    assertTrue(c.message().contains("German"), c.message());
  }

  @Test
  void englishResumePassesLanguage() throws Exception {
    assertEquals(Check.Status.PASS, check(analyze("pm-resume.txt", null), "language").status());
  }

  @Test
  void scannedPagesFailTextExtractionAndSayNoOcr() {
    LayoutSignals scanned = new LayoutSignals(2, 300, 2, 1, 0, 0, 0, 0, List.of());
    Check c = TextChecks.extraction(scanned);
    assertEquals(Check.Status.FAIL, c.status());
    assertTrue(c.message().contains("1 of 2 pages") && c.message().contains("OCR"), c.message());
    LayoutSignals icons = new LayoutSignals(1, 300, 0, 0, 0, 0, 0, 5, List.of());
    assertEquals(Check.Status.WARN, TextChecks.extraction(icons).status());
    assertEquals(
        Check.Status.PASS, TextChecks.extraction(LayoutSignals.ofText("plain text")).status());
  }
}
