package dev.keyfit.match;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Words read for one term may also be part of another: a slash inside a longer form names two
 * things, and a verb's object can head a term of its own.
 */
class OverlappingReadingsTest {

  @Test
  void leanSlashSixSigmaIsLeanAndSixSigma() {
    Map<String, Match> m = BuiltInMatches.of("SKILLS", "Visio, DOORS, LEAN/Six Sigma, AutoCAD");
    assertTrue(m.containsKey("six-sigma"));
    assertTrue(m.containsKey("lean"));
  }

  @Test
  void leanSixSigmaWithoutASlashIsOneMethod() {
    Map<String, Match> m = BuiltInMatches.of("SKILLS", "Visio, DOORS, Lean Six Sigma, AutoCAD");
    assertTrue(m.containsKey("six-sigma"));
    assertFalse(m.containsKey("lean"));
  }

  @Test
  void executingProjectPlansIsAlsoProjectPlanning() {
    Map<String, Match> m =
        BuiltInMatches.of(
            "SUMMARY",
            "A proven track record of preparing and executing project plans and programmes.");
    assertTrue(m.containsKey("project-planning"));
  }

  @Test
  void aNounCompoundDoesNotLendItsLastWordToAnotherTerm() {
    // "employee retention" is not customer retention, nor is its "retention rate"
    Map<String, Match> m =
        BuiltInMatches.of(
            "EXPERIENCE",
            "- Created a Rewards & Recognition program for controlling employee retention rate.");
    assertFalse(m.containsKey("customer-retention"));
  }

  @Test
  void aVerbObjectDoesNotRunOnIntoAParticiple() {
    Map<String, Match> m =
        BuiltInMatches.of(
            "EXPERIENCE", "- Directed and supervised employees engaged in sales and inventory.");
    assertFalse(m.containsKey("team-engagement"));
  }
}
