package dev.keyfit.advise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.AnalysisOptions;
import dev.keyfit.report.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualificationChecksTest {

  @TempDir Path dir;

  private static final String POSTING =
      "Technical Program Manager\nRequirements\n"
          + "- Bachelor's degree in Computer Science or related field\n"
          + "- 7+ years of program management experience\n- Jira and Confluence\n";

  private Check check(String resume, String id) throws Exception {
    Path r = dir.resolve("resume.txt");
    Path p = dir.resolve("posting.txt");
    Files.writeString(r, resume);
    Files.writeString(p, POSTING);
    Report report = Fixtures.keyfit().analyze(r, AnalysisOptions.defaults().withJobPosting(p));
    return report.advice().checks().stream()
        .filter(c -> c.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static final String HEAD = "Jane Doe\njane@example.com\nExperience\n";

  @Test
  void degreeInTheFieldPasses() throws Exception {
    Check c =
        check(
            HEAD
                + "Program Manager, Acme, 2010 - 2020\n- Ran Jira for 4 teams\nEducation\nB.S. Computer Science, State University, 2009\n",
            "degree");
    assertEquals(Check.Status.PASS, c.status(), c.message());
  }

  @Test
  void degreeInAnotherFieldWarnsAndNoDegreeFails() throws Exception {
    Check other =
        check(
            HEAD + "Program Manager, Acme, 2010 - 2020\nEducation\nBA History, State University\n",
            "degree");
    assertEquals(Check.Status.WARN, other.status(), other.message());
    assertTrue(other.message().contains("Computer Science"), other.message());
    Check none =
        check(
            HEAD + "Program Manager, Acme, 2010 - 2020\nEducation\nHigh School Diploma, 2004\n",
            "degree");
    assertEquals(Check.Status.FAIL, none.status(), none.message());
  }

  @Test
  void yearsComeFromDatedRolesCountingOverlapsOnce() throws Exception {
    Check enough =
        check(
            HEAD
                + "Program Manager, Acme, Jan 2012 - Dec 2016\nProject Lead, Beta, Mar 2016 - Feb 2020\n"
                + "Education\nB.S. Computer Science, 2008 - 2012\n",
            "years-experience");
    assertEquals(Check.Status.PASS, enough.status(), enough.message());
    assertTrue(enough.message().contains("span 8 years"), enough.message());
    Check short_ = check(HEAD + "Project Coordinator, Acme, 2018 - 2021\n", "years-experience");
    assertEquals(Check.Status.FAIL, short_.status(), short_.message());
    assertTrue(
        short_.message().contains("7+ years of program management experience"), short_.message());
  }

  private static dev.keyfit.Keyfit shipped;

  /** The shipped dictionary, whose role profiles name the PM and TPM titles. */
  private static synchronized dev.keyfit.Keyfit shipped() throws Exception {
    if (shipped == null) {
      shipped = dev.keyfit.Keyfit.create();
    }
    return shipped;
  }

  private Check yearsAgainstTheProgramManagerPosting(String resume) throws Exception {
    Report report =
        shipped()
            .analyze(
                dev.keyfit.Fixtures.resource("/career/" + resume),
                AnalysisOptions.defaults()
                    .withJobPosting(
                        dev.keyfit.Fixtures.resource("/career/program-manager-posting.txt")));
    return report.advice().checks().stream()
        .filter(c -> c.id().equals("years-experience"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void twelveYearsAsAProjectManagerPassSevenYearsOfProgramManagement() throws Exception {
    Check c = yearsAgainstTheProgramManagerPosting("pm-career-twelve-years.txt");
    assertEquals(Check.Status.PASS, c.status(), c.message());
    assertTrue(c.message().contains("project or program manager roles span 12 years"), c.message());
  }

  @Test
  void aLongCareerWithThreeYearsAsAProjectManagerFailsSevenYearsOfProgramManagement()
      throws Exception {
    Check c = yearsAgainstTheProgramManagerPosting("engineer-then-pm.txt");
    assertEquals(Check.Status.FAIL, c.status(), c.message());
    assertTrue(c.message().contains("span 3 years"), c.message());
    assertTrue(c.message().contains("of 14 years in all roles"), c.message());
  }

  @Test
  void aTitleAboveTheNextRolesDateIsNotThisRolesTitle() throws Exception {
    Path r = dir.resolve("resume.txt");
    Files.writeString(r, HEAD + "Software Engineer\n2008 - 2016\nProgram Manager\n2016 - 2019\n");
    Check c =
        shipped()
            .analyze(
                r,
                AnalysisOptions.defaults()
                    .withJobPosting(
                        dev.keyfit.Fixtures.resource("/career/program-manager-posting.txt")))
            .advice()
            .checks()
            .stream()
            .filter(x -> x.id().equals("years-experience"))
            .findFirst()
            .orElseThrow();
    assertTrue(c.message().contains("span 3 years"), c.message());
  }

  @Test
  void plainYearsOfExperienceInAPmPostingCountThePostingsTitleAndPmTitles() {
    YearsFields.Field f =
        YearsFields.fieldOf(
            "experience",
            "technical program manager",
            java.util.List.of("project manager", "technical program manager"),
            java.util.List.of("technical program manager"));
    assertTrue(f.titles().contains("project manager"), f.toString());
    assertEquals(
        null,
        YearsFields.fieldOf(
            "software development experience",
            "technical program manager",
            java.util.List.of("project manager"),
            java.util.List.of("technical program manager")));
  }

  @Test
  void degreeInARelatedFieldPassesWhenThePostingAllowsOne() throws Exception {
    Check c =
        check(
            HEAD
                + "Program Manager, Acme, 2010 - 2020\nEducation\nB.S. Information Systems, State University\n",
            "degree");
    assertEquals(Check.Status.PASS, c.status(), c.message());
    assertTrue(c.message().contains("information systems is a field related"), c.message());
  }

  @Test
  void aMasterOfScienceWithAColonNamesItsField() throws Exception {
    Check c =
        check(
            HEAD
                + "Program Manager, Acme, 2010 - 2020\nEducation\n"
                + "Master of Science : Management, Project Management Colorado Technical University\n",
            "degree");
    assertTrue(c.message().contains("a master's degree in Management"), c.message());
  }

  @Test
  void itProjectManagementIsAProjectManagersFieldAndTechnicalOneATpms() {
    java.util.List<String> pm = java.util.List.of("project manager", "technical program manager");
    java.util.List<String> tpm = java.util.List.of("technical program manager");
    assertEquals(
        pm,
        YearsFields.fieldOf("it project management experience", "it project manager", pm, tpm)
            .titles());
    assertEquals(
        pm,
        YearsFields.fieldOf(
                "delivery management or technical project management experience", "", pm, tpm)
            .titles());
    assertEquals(
        tpm, YearsFields.fieldOf("technical project management experience", "", pm, tpm).titles());
  }

  @Test
  void aFieldNoTitleShowsSaysKeyfitCannotTellWhichRolesCount() throws Exception {
    Path r = dir.resolve("resume.txt");
    Path p = dir.resolve("posting.txt");
    Files.writeString(r, HEAD + "Program Manager, Acme, 2010 - 2020\n- Ran Jira for 4 teams\n");
    Files.writeString(
        p,
        "Technical Project Manager\nRequirements\n- At least 2 years of mechanical work experience\n");
    Check c =
        Fixtures.keyfit()
            .analyze(r, AnalysisOptions.defaults().withJobPosting(p))
            .advice()
            .checks()
            .stream()
            .filter(x -> x.id().equals("years-experience"))
            .findFirst()
            .orElseThrow();
    assertEquals(Check.Status.PASS, c.status(), c.message());
    assertTrue(
        c.message().contains("keyfit cannot tell which were mechanical work experience"),
        c.message());
  }
}
