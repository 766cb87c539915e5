package dev.keyfit.match;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A word that only shares a stem or a letter with a term's word is not the term: "architectural" is
 * not architecture, "land" is not LAN, "commission artisans" is not commissioning.
 */
class SharedStemMatchingTest {

  private static boolean found(String id, String... lines) {
    return BuiltInMatches.of(lines).containsKey(id);
  }

  @Test
  void landIsNotALocalAreaNetwork() {
    assertFalse(
        found(
            "networking",
            "EXPERIENCE",
            "- Supervised 55 employees in 12 buildings on 395 acres of land"));
    assertTrue(found("networking", "SKILLS", "LAN, VPN, DNS"));
  }

  @Test
  void architecturalTradesAreNotSoftwareArchitecture() {
    assertFalse(
        found(
            "software-architecture",
            "EXPERIENCE",
            "- Managed architectural and engineering teams for the hospital wing"));
    assertTrue(
        found(
            "software-architecture",
            "EXPERIENCE",
            "- Led the architecture of the payments platform on AWS"));
  }

  @Test
  void biWeeklyLeftInASkillsListIsNotBusinessIntelligence() {
    assertFalse(found("data-analytics", "SKILLS", "budget analysis, budget, bi, CAD, contracts"));
    assertTrue(found("data-analytics", "SKILLS", "BI, Tableau, SQL"));
  }

  @Test
  void functionalityIsNotAFunctionalRequirement() {
    assertFalse(
        found(
            "requirements-gathering",
            "EXPERIENCE",
            "- Ensured standards for quality/functionality and applicable regulatory requirements"));
    assertTrue(
        found(
            "requirements-gathering",
            "EXPERIENCE",
            "- Wrote functional requirements for the claims portal"));
  }

  @Test
  void performingAnEngineRunUpIsNotPerformanceEngineering() {
    assertFalse(
        found(
            "performance-optimization",
            "EXPERIENCE",
            "- Calibrated C-130 aircraft systems, perform engine run-up"));
    assertTrue(
        found(
            "performance-optimization",
            "EXPERIENCE",
            "- Did performance tuning on the Oracle reporting database"));
  }

  @Test
  void controllingExperiencesAreNotControlledExperiments() {
    assertFalse(
        found(
            "ab-testing",
            "SUMMARY",
            "Seeking a position where my purchasing and project controlling experiences count"));
    assertTrue(
        found("ab-testing", "EXPERIENCE", "- Ran controlled experiments on the checkout page"));
  }

  @Test
  void commissioningAnArtistOrAPlanningCommissionIsNotCommissioning() {
    assertFalse(
        found("commissioning", "EXPERIENCE", "- Research and commission artisans to build décor"));
    assertFalse(
        found(
            "commissioning",
            "EXPERIENCE",
            "- Completed final project packages for approval by the Planning Commission"));
    assertTrue(
        found(
            "commissioning",
            "EXPERIENCE",
            "- Coordinated commissioning of HVAC and electrical systems at closeout"));
  }

  @Test
  void onboardAShipIsNotOnboarding() {
    assertFalse(
        found("onboarding", "EXPERIENCE", "- Repaired electrical systems onboard navy ships"));
    assertTrue(
        found("onboarding", "EXPERIENCE", "- Onboarded 12 new analysts in the first quarter"));
  }

  @Test
  void aLongTermPlanDocumentIsNotStrategicPlanning() {
    assertFalse(
        found(
            "strategic-thinking",
            "PROJECTS",
            "Rock and dirt clearing plan, long term erosion control plan, landscape plan"));
    assertTrue(
        found(
            "strategic-thinking", "EXPERIENCE", "- Led long-term planning for the clinic network"));
  }

  @Test
  void aTeamThatDevelopsSomethingIsNotTeamDevelopment() {
    assertFalse(
        found(
            "team-building",
            "EXPERIENCE",
            "- Collaborated with the Learning Team to develop a new online course"));
    assertTrue(
        found("team-building", "EXPERIENCE", "- Ran team development workshops for 40 staff"));
  }

  @Test
  void theExecutiveSummaryHeadingIsNotExecutiveCommunication() {
    assertFalse(found("executive-communication", "Executive Summary", "Wireless project manager"));
    assertTrue(
        found(
            "executive-communication",
            "EXPERIENCE",
            "- Wrote executive summaries of program status for the board"));
  }

  @Test
  void implementingAPlanIsNotAnImplementationPlan() {
    assertFalse(
        found(
            "rollout-planning",
            "EXPERIENCE",
            "- Created and implemented targeted marketing plans for media coverage"));
    assertTrue(
        found("rollout-planning", "EXPERIENCE", "- Wrote the implementation plan for 40 clinics"));
  }
}
