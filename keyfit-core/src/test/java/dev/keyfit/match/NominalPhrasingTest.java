package dev.keyfit.match;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Real resumes write practices as nouns of action with "of" ("management of vendors") and share a
 * qualifier between coordinated nouns ("systems implementation and integration"); lists of the
 * industries or clients served are not the writer's skills.
 */
class NominalPhrasingTest {

  private static Map<String, Match> matches(String... lines) {
    return BuiltInMatches.of(lines);
  }

  @Test
  void anActionNounOfItsObjectMeetsThePractice() {
    assertTrue(
        matches("EXPERIENCE", "- Management of all third-party vendors for the program")
            .containsKey("vendor-management"));
    assertTrue(
        matches("SKILLS", "- Development of departmental budgets")
            .containsKey("budget-management"));
    assertTrue(
        matches("EXPERIENCE", "- Led the integration of legacy systems after the merger")
            .containsKey("system-integration"));
  }

  @Test
  void theActionNounIsReadAsWrittenNotByItsStem() {
    // "integrity" shares the Snowball stem "integr" with "integration"
    assertFalse(
        matches("EXPERIENCE", "- Preserved the integrity and security of data and reports")
            .containsKey("data-engineering"));
  }

  @Test
  void aWrittenFormWinsOverAReadingOfTheSameWords() {
    assertTrue(
        matches("CERTIFICATIONS", "- Management of Risk (M_o_R) Practitioner")
            .containsKey("mor-certification"));
  }

  @Test
  void coordinatedNounsShareTheirQualifier() {
    assertTrue(
        matches("SKILLS", "- Systems implementation and integration")
            .containsKey("system-integration"));
    assertFalse(
        matches("SKILLS", "- Systems and integration").containsKey("system-integration"),
        "a bare conjunction still joins two things");
  }

  @Test
  void industriesServedAreNotTheWritersSkills() {
    Map<String, Match> m =
        matches(
            "SKILLS",
            "- Vendor Management, Risk Management",
            "Industries Served: Software Development, Staffing and Recruiting, Systems Integration");
    assertTrue(m.containsKey("vendor-management"));
    assertFalse(m.containsKey("software-development"));
    assertFalse(m.containsKey("hiring"));
    assertFalse(m.containsKey("system-integration"));
  }

  @Test
  void governmentIsNotGovernance() {
    assertFalse(
        matches("SKILLS", "- Federal Government, Higher Education").containsKey("governance"));
  }
}
