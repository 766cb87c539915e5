package dev.keyfit.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.AnalysisOptions;
import dev.keyfit.Fixtures;
import dev.keyfit.Keyfit;
import dev.keyfit.keywords.Role;
import dev.keyfit.report.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A keyword list cannot tie a career: a student resume that names nearly every PM term (internship,
 * a club capstone as "Student Project Manager", a long skills list, CAPM and the Google
 * certificate; 7 of 8 PM categories at 100, PM 79 before the career bounded the score) against a
 * twelve-year PM career written with far fewer keywords (PM 64).
 */
class CareerBoundsScoreTest {

  private static Report student;
  private static Report career;

  @BeforeAll
  static void analyze() throws Exception {
    Keyfit keyfit = Keyfit.create();
    student =
        keyfit.analyze(
            Fixtures.resource("/career/student-keyword-dense.txt"), AnalysisOptions.defaults());
    career =
        keyfit.analyze(
            Fixtures.resource("/career/pm-career-twelve-years.txt"), AnalysisOptions.defaults());
  }

  private static RoleScore pm(Report r) {
    return r.assessment().role(Role.PM).orElseThrow();
  }

  @Test
  void theStudentResumeIsKeywordDense() {
    long full = pm(student).categories().stream().filter(c -> c.score() == 100).count();
    assertTrue(full >= 6, "categories at 100: " + full);
  }

  @Test
  void aKeywordDenseStudentResumeScoresWellBelowALongCareer() {
    int s = pm(student).score();
    int c = pm(career).score();
    assertTrue(s <= 60, "student PM score " + s);
    assertTrue(c >= s + 5, "career " + c + " vs student " + s);
  }

  @Test
  void theCareerNotTheKeywordsBoundsTheStudentsScore() {
    RoleScore.Experience e = pm(student).experience();
    assertEquals(e.ceiling(), pm(student).score());
    assertTrue(e.ceiling() < 60, "ceiling " + e.ceiling());
    assertTrue(pm(career).experience().ceiling() >= 90, "career ceiling");
  }

  @Test
  void aStudentProjectManagerTitleIsARelatedTitleNeverSenior() {
    RoleScore.Experience e = pm(student).experience();
    assertTrue(e.titles().stream().allMatch(RoleScore.HeldTitle::related), e.titles().toString());
    assertTrue(!e.senior());
  }

  @Test
  void theKeywordsStillSayWhichRoleTheStudentAimsAt() {
    assertEquals(Role.PM, student.assessment().bestFit().orElseThrow());
  }
}
