package dev.keyfit.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.AnalysisOptions;
import dev.keyfit.Fixtures;
import dev.keyfit.extract.ExtractionException;
import dev.keyfit.keywords.Category;
import dev.keyfit.keywords.Role;
import dev.keyfit.report.Report;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScorerTest {

  private static Report analyze(String... lines) throws ExtractionException {
    return Fixtures.smallKeyfit().analyze(Fixtures.text(lines), AnalysisOptions.defaults());
  }

  private static CategoryScore category(Report r, Role role, Category c) {
    return r.assessment().role(role).orElseThrow().categories().stream()
        .filter(s -> s.category() == c)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void measuredExperienceEarnsMoreThanASkillsListing() throws ExtractionException {
    Report shown =
        analyze("EXPERIENCE", "• Migrated 40 services to Kubernetes, cutting cost by 30%");
    Report listed = analyze("SKILLS", "Kubernetes");
    TermPoints s = category(shown, Role.TPM, Category.TOOLS).terms().get(0);
    TermPoints l = category(listed, Role.TPM, Category.TOOLS).terms().get(0);
    assertEquals(1.0, s.credit());
    assertEquals(0.5, l.credit());
    assertEquals("experience line with a measurable result", s.basis());
    assertEquals("listed in skills", l.basis());
  }

  @Test
  void listedOnlyPointsAreCappedAtHalfTheTarget() throws ExtractionException {
    Report r =
        analyze("SKILLS", "Kubernetes, Jenkins, Microsoft Project, Rally, Monday.com, Golang");
    CategoryScore tools = category(r, Role.TPM, Category.TOOLS);
    assertEquals(2.0, tools.earned(), "half of the target 4");
    assertEquals(50, tools.score());
  }

  @Test
  void repeatingATermHasDiminishingReturns() throws ExtractionException {
    Report once = analyze("EXPERIENCE", "• Ran Agile delivery for the team");
    Report often =
        analyze(
            "EXPERIENCE",
            "• Ran Agile delivery",
            "• Agile coaching",
            "• Agile rollout",
            "• Agile again",
            "• Agile more");
    double a = category(once, Role.PM, Category.METHODOLOGIES).terms().get(0).credit();
    double b = category(often, Role.PM, Category.METHODOLOGIES).terms().get(0).credit();
    assertEquals(0.75, a);
    assertEquals(0.95, b, 1e-9);
  }

  @Test
  void roleScoreIsTheWeightedMeanOfCategoryScores() throws ExtractionException {
    Report r =
        analyze(
            "EXPERIENCE",
            "• Managed stakeholders and mitigated risks for 12 teams",
            "CERTIFICATIONS",
            "PMP");
    RoleScore pm = r.assessment().role(Role.PM).orElseThrow();
    double expected =
        pm.categories().stream()
                .mapToDouble(c -> Math.min(1, c.earned() / c.possible()) * c.weight())
                .sum()
            / pm.categories().stream().mapToInt(CategoryScore::weight).sum()
            * 100;
    assertEquals(Math.round(expected), pm.score());
  }

  @Test
  void bestFitNeedsTheThreshold() {
    RoleScore low = new RoleScore(Role.PM, FitBar.FIT_THRESHOLD - 1, List.of());
    RoleScore high = new RoleScore(Role.TPM, FitBar.FIT_THRESHOLD, List.of());
    assertEquals(Optional.empty(), Scorer.bestFit(List.of(low)));
    assertEquals(Optional.of(Role.TPM), Scorer.bestFit(List.of(low, high)));
  }

  @Test
  void aHeldOwnTitleLowersTheBarButARelatedTitleDoesNot() {
    RoleScore.Experience own = experience(false);
    RoleScore.Experience related = experience(true);
    int between = FitBar.TITLED_FIT_THRESHOLD;
    assertEquals(
        Optional.of(Role.PM),
        Scorer.bestFit(List.of(new RoleScore(Role.PM, between, List.of(), null, own))));
    assertEquals(
        Optional.empty(),
        Scorer.bestFit(List.of(new RoleScore(Role.PM, between, List.of(), null, related))));
    assertEquals(
        Optional.empty(),
        Scorer.bestFit(List.of(new RoleScore(Role.PM, between - 1, List.of(), null, own))));
  }

  private static RoleScore.Experience experience(boolean related) {
    return new RoleScore.Experience(
        List.of(new RoleScore.HeldTitle("Project Manager", 3, 2016, 2019, 0, related)),
        3,
        false,
        List.of(),
        0.2,
        0.3,
        1,
        100);
  }

  @Test
  void tpmWinsWhenWithinTheMarginOfPm() {
    assertEquals(
        Optional.of(Role.TPM),
        Scorer.bestFit(
            List.of(
                new RoleScore(Role.TPM, 85, List.of()),
                new RoleScore(Role.PM, 85 + Scorer.TPM_MARGIN, List.of()))));
    assertEquals(
        Optional.of(Role.PM),
        Scorer.bestFit(
            List.of(
                new RoleScore(Role.TPM, 84, List.of()),
                new RoleScore(Role.PM, 85 + Scorer.TPM_MARGIN, List.of()))));
  }

  @Test
  void aChosenRoleIsTheOnlyOneScored() throws ExtractionException {
    Report r =
        Fixtures.smallKeyfit()
            .analyze(Fixtures.text("Agile"), AnalysisOptions.defaults().withRole(Role.TPM));
    assertEquals(1, r.assessment().roles().size());
    assertTrue(r.assessment().role(Role.TPM).isPresent());
  }
}
