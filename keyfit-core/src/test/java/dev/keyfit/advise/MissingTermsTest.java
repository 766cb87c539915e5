package dev.keyfit.advise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.AnalysisOptions;
import dev.keyfit.Fixtures;
import dev.keyfit.keywords.Category;
import dev.keyfit.keywords.Role;
import dev.keyfit.report.Report;
import dev.keyfit.testing.TestKeyfit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Advice follows the score: a missing term's gain is what the role score really gains. */
class MissingTermsTest {

  private static final List<String> THIN =
      List.of(
          "Jane Doe",
          "jane@example.com",
          "",
          "EXPERIENCE",
          "Project Coordinator, Acme Corp, 2021 - 2023",
          "- Scheduled weekly meetings for the team",
          "- Tracked tasks in Jira",
          "",
          "SKILLS",
          "Microsoft Excel, Jira, Agile");

  private static Report analyze(List<String> lines) throws Exception {
    return TestKeyfit.standard()
        .analyze(
            Fixtures.text(lines.toArray(String[]::new)),
            AnalysisOptions.defaults().withRole(Role.PM));
  }

  @Test
  void aThinResumeIsFirstToldTheCoreItLacks() throws Exception {
    List<MissingTerm> missing = analyze(THIN).advice().missing();
    assertFalse(missing.isEmpty());
    MissingTerm first = missing.get(0);
    assertTrue(
        first.term().category() == Category.PM_SKILLS
            || first.term().category() == Category.RESPONSIBILITIES,
        "first suggestion is core: " + first.term().id());
  }

  @Test
  void theGainToldIsTheRealGainInTheRoleScore() throws Exception {
    Report before = analyze(THIN);
    MissingTerm first = before.advice().missing().get(0);
    List<String> shown = new ArrayList<>(THIN);
    shown.add(
        6,
        "- Wrote the " + first.term().name() + " for 12 teams"); // words that show this term alone
    Report after = analyze(shown);
    int gained =
        after.assessment().role(Role.PM).orElseThrow().score()
            - before.assessment().role(Role.PM).orElseThrow().score();
    assertEquals(first.gain(), gained, 1.0, first.term().id() + " was said to add " + first.gain());
  }
}
