package dev.keyfit.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.AnalysisOptions;
import dev.keyfit.Fixtures;
import dev.keyfit.keywords.Role;
import dev.keyfit.report.Report;
import dev.keyfit.testing.TestKeyfit;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Held job titles, years and seniority feed the role score; a keyword list does not tie a career.
 */
class RoleHistoryTest {

  private static final String KEYWORDS =
      "Agile, Scrum, risk management, stakeholder management, budget management, "
          + "scope management, schedule management, RAID log, project charter, steering committee, PMP, Jira";

  private static RoleScore pm(String... lines) throws Exception {
    return pm(Fixtures.text(lines));
  }

  private static RoleScore pm(dev.keyfit.extract.ExtractedDocument document) throws Exception {
    return TestKeyfit.standard()
        .analyze(document, AnalysisOptions.defaults().withRole(Role.PM))
        .assessment()
        .role(Role.PM)
        .orElseThrow();
  }

  @Test
  void aDatedTitleLineIsAHeldTitleWithItsYears() throws Exception {
    RoleScore r =
        pm(
            "Jane Doe",
            "Senior Project Manager, Acme Corp, 2016–2020",
            "- Managed risks for 12 teams",
            "Project Coordinator, Beta Inc, 2012 - 2016",
            "- Scheduled meetings");
    assertEquals(2, r.experience().titles().size());
    assertEquals(4 + 0.5 * 4, r.experience().years(), 1e-9, "related titles count half");
    assertTrue(r.experience().senior());
    assertEquals(1.0, r.experience().factor());
  }

  @Test
  void theDateLineBesideATitleDatesIt() throws Exception {
    RoleScore r =
        pm(
            "EXPERIENCE",
            "07/2013 to 2019",
            "Project Manager Company Name",
            "- Delivered 4 releases");
    assertEquals(2013, r.experience().titles().get(0).from());
    assertEquals(6.0, r.experience().years(), 1e-9);
  }

  @Test
  void presentRunsToTheYearTheFileWasSavedWhenTheTextNamesNoLaterYear() throws Exception {
    String[] lines = {
      "EXPERIENCE", "Project Manager, Acme Corp, 01/2011 to Current", "- Delivered 4 releases"
    };
    RoleScore unsaved = pm(Fixtures.text(lines));
    RoleScore saved = pm(Fixtures.text(lines).withSavedYear(2021));
    assertEquals(1.0, unsaved.experience().years(), 1e-9, "the latest year named is 2011");
    assertEquals(10.0, saved.experience().years(), 1e-9);
    assertEquals(2021, saved.experience().titles().get(0).to());
    assertTrue(saved.score() > unsaved.score());
  }

  @Test
  void aSavedYearBeforeTheLatestNamedYearChangesNothing() throws Exception {
    String[] lines = {
      "EXPERIENCE", "Project Manager, Acme Corp, 2016 - Present", "- Delivered 4 releases in 2019"
    };
    assertEquals(
        pm(Fixtures.text(lines)).experience(),
        pm(Fixtures.text(lines).withSavedYear(2009)).experience(),
        "a template's old date does not shorten a career");
  }

  @Test
  void somebodyElsesTitleIsNotHeld() throws Exception {
    RoleScore r =
        pm("EXPERIENCE", "Analyst, Acme, 2018 - 2020", "- Reported to the project manager weekly");
    assertTrue(r.experience().titles().isEmpty());
  }

  @Test
  void aKeywordListCannotTieACareer() throws Exception {
    RoleScore list =
        pm("SKILLS", KEYWORDS, "EXPERIENCE", "- Used " + KEYWORDS + " in class projects, 2023");
    RoleScore career =
        pm(
            "EXPERIENCE",
            "Senior Project Manager, Acme Corp, 2012 - 2022",
            "- Used " + KEYWORDS + " to deliver 14 projects worth $6M",
            "SKILLS",
            KEYWORDS);
    assertEquals(0.6, list.experience().factor());
    assertTrue(career.score() >= list.score() + 30, career.score() + " vs " + list.score());
  }

  @Test
  void aRelatedTitleAloneLiftsHalfTheNoTitleCut() throws Exception {
    RoleScore coordinator =
        pm(
            "EXPERIENCE",
            "Project Coordinator, Beta Inc, 2012 - 2016",
            "- Used " + KEYWORDS + " to support 6 projects");
    RoleScore list =
        pm("SKILLS", KEYWORDS, "EXPERIENCE", "- Used " + KEYWORDS + " in class projects, 2023");
    assertTrue(coordinator.experience().titles().get(0).related());
    assertEquals(0.8, coordinator.experience().factor(), 1e-9);
    assertEquals(0.6, list.experience().factor(), 1e-9);
  }

  @Test
  void managedProjectsPhrasingIsPmWork() throws Exception {
    RoleScore r =
        pm(
            "EXPERIENCE",
            "Operations Lead, Acme, 2019 - 2023",
            "- Managed 10 to 20 projects per year");
    assertEquals(1, r.experience().managedProjects().size());
    assertEquals(1.0, r.experience().factor());
  }

  @Test
  void theJobHeldNowWithTheRolesTitleFitsAtAnyScore() throws Exception {
    RoleScore current =
        pm(
            "EXPERIENCE",
            "05/2015 to Current",
            "Project Manager/CAD Designer Company Name",
            "- Oversee railing and gate projects",
            "06/2012 to 05/2015",
            "Welder/Fabricator Company Name",
            "- Fabrication and installation of stair railings");
    assertTrue(current.experience().titles().get(0).current());
    assertTrue(FitBar.currentOwnTitle(current).isPresent());
    assertEquals(0, FitBar.fitThreshold(current));

    RoleScore headlined =
        pm(
            "PROJECT MANAGER/CAD DESIGNER",
            "EXPERIENCE",
            "05/2015 to Current",
            "Project Manager/CAD Designer Company Name",
            "- Oversee railing and gate projects");
    assertEquals(
        "Project Manager", FitBar.currentOwnTitle(headlined).orElseThrow().title(), "as written");

    RoleScore earlier =
        pm(
            "EXPERIENCE",
            "Teacher, Grandview School, 2016 - 2019",
            "- Taught English to 120 students",
            "Project Manager, Curriculum Office, 2009 - 2016",
            "- Designed college courses with faculty");
    assertFalse(earlier.experience().titles().get(0).current());
    assertEquals(FitBar.TITLED_FIT_THRESHOLD, FitBar.fitThreshold(earlier));
  }

  @Test
  void aTitleLeftLongBeforeTheLastJobNoLongerLowersTheBar() throws Exception {
    RoleScore left =
        pm(
            "EXPERIENCE",
            "Corporate Facilitator, Acme Corp, 2005 - 2016",
            "- Designed and delivered instructor-led training for 400 staff",
            "Project Manager, Retail Systems, 1997 - 2005",
            "- Managed a $1 million in-store ordering system project");
    RoleScore.HeldTitle held = left.experience().titles().get(0);
    assertTrue(held.lapsed(), "ended 11 years before the last job");
    assertFalse(FitBar.heldOwnTitle(left));
    assertEquals(FitBar.FIT_THRESHOLD, FitBar.fitThreshold(left));
    assertTrue(left.experience().years() >= 8, "its years still count: " + left.experience());

    RoleScore recent =
        pm(
            "EXPERIENCE",
            "Corporate Facilitator, Acme Corp, 2011 - 2016",
            "- Designed and delivered instructor-led training for 400 staff",
            "Project Manager, Retail Systems, 2003 - 2011",
            "- Managed a $1 million in-store ordering system project");
    assertFalse(recent.experience().titles().get(0).lapsed(), "left five years before");
    assertEquals(FitBar.TITLED_FIT_THRESHOLD, FitBar.fitThreshold(recent));
  }

  @Test
  void aRelatedTitleInTheJobHeldNowFitsAtTheTitledBar() throws Exception {
    RoleScore coordinator =
        pm(
            "EXPERIENCE",
            "Project Coordinator Current",
            "Company Name",
            "- Develop and maintain the project schedule in MS Project 2013",
            "Business Process Co-ordinator 2012 - 2016",
            "- Set up new activity codes for new employees");
    RoleScore.HeldTitle held = coordinator.experience().titles().get(0);
    assertTrue(held.related());
    assertTrue(held.current(), "a title line whose only date is its open end is the job held now");
    assertEquals(FitBar.TITLED_FIT_THRESHOLD, FitBar.fitThreshold(coordinator));

    RoleScore before =
        pm(
            "EXPERIENCE",
            "Accountant 2016 - 2021",
            "- Closed the books monthly",
            "Project Coordinator 2012 - 2016",
            "- Maintained the project schedule");
    assertFalse(before.experience().titles().get(0).current());
    assertEquals(FitBar.FIT_THRESHOLD, FitBar.fitThreshold(before));
  }

  @Test
  void managingSeveralProjectsInAnotherJobCountsLikeARelatedTitle() throws Exception {
    RoleScore developer =
        pm(
            "SUMMARY",
            "Drupal developer. Managed several projects for the site redesign.",
            "EXPERIENCE",
            "Drupal Developer, State Agency, 2015 - 2019",
            "- Built the new site");
    assertEquals(1, developer.experience().managedProjects().size());
    assertEquals(0.8, developer.experience().factor(), 1e-9);
  }

  @Test
  void aTitleFollowedByAnotherRoleNounIsThatOtherJob() throws Exception {
    RoleScore r =
        pm(
            "EXPERIENCE",
            "Training Consultant, State Agency, 2006 - 2008",
            "Project Lead Trainer for the case management rollout",
            "Project Manager Assistant, Acme, 2004 - 2006");
    assertTrue(r.experience().titles().isEmpty(), r.experience().titles().toString());
  }

  @Test
  void projectManagerForOnePieceOfWorkIsProjectWorkNotAJob() throws Exception {
    RoleScore r =
        pm(
            "EXPERIENCE",
            "Director of HR, Acme Realty, 2013 - 2020",
            "- Project manager for the selection and implementation of new telephone system.",
            "- Project lead on a data center move for 200 staff");
    assertEquals(2, r.experience().titles().size(), r.experience().titles().toString());
    assertTrue(
        r.experience().titles().stream().allMatch(RoleScore.HeldTitle::related),
        "a part in one project inside another job is a related title");
    assertTrue(FitBar.ownTitle(r).isEmpty());
  }

  @Test
  void aDatedProjectManagerForACompanyIsStillAJob() throws Exception {
    RoleScore r = pm("EXPERIENCE", "Project Manager for the City of Austin, 2016 - 2020");
    assertEquals(1, r.experience().titles().size());
    assertFalse(r.experience().titles().get(0).related());
  }

  @Test
  void aThinResumeWithAHeldProjectManagerJobFitsPm() throws Exception {
    Report r =
        TestKeyfit.standard().analyze(Fixtures.thinProjectManager(), AnalysisOptions.defaults());
    RoleScore pm = r.assessment().role(Role.PM).orElseThrow();
    assertTrue(FitBar.heldOwnTitle(pm));
    assertTrue(
        pm.score() >= FitBar.TITLED_FIT_THRESHOLD && pm.score() < FitBar.FIT_THRESHOLD,
        "a thin resume between the bars: " + pm.score());
    assertEquals(Optional.of(Role.PM), r.assessment().bestFit());
  }
}
