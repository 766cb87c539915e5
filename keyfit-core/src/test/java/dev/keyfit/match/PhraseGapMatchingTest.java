package dev.keyfit.match;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.testing.Stages;
import org.junit.jupiter.api.Test;

/** Multi-word practices match across a short gap, "&" for "and", and passive forms. */
class PhraseGapMatchingTest {

  private static boolean found(String id, String... lines) {
    return BuiltInMatches.of(lines).containsKey(id);
  }

  @Test
  void aNounAdjectiveCompoundInAGapQualifiesThePhraseAndKeepsItsOwnTerm() {
    String line = "- Led and managed a cross functional team to migrate processes";
    assertTrue(found("team-management", "EXPERIENCE", line));
    assertTrue(found("cross-functional-collaboration", "EXPERIENCE", line));
  }

  @Test
  void anInsertedWordDoesNotBreakAPhrase() {
    assertTrue(
        found(
            "stakeholder-management",
            "EXPERIENCE",
            "- Managed the key stakeholders of a $4M program"));
  }

  @Test
  void passiveFormsMeetTheirPractice() {
    assertTrue(
        found(
            "stakeholder-management",
            "EXPERIENCE",
            "- Stakeholders were managed through a weekly forum"));
    assertTrue(
        found(
            "risk-management",
            "EXPERIENCE",
            "- Risks identified and mitigated before each release"));
  }

  @Test
  void aConjunctionThatOpensANewClauseEndsThePhrase() {
    assertFalse(
        found(
            "meeting-facilitation",
            "SUMMARY",
            "Capable accountant successful at managing multiple projects and consistently meeting"
                + " deadlines under pressure."));
    assertTrue(
        found(
            "vendor-management",
            "EXPERIENCE",
            "- Managed vendor and supplier relationships for 3 plants"));
  }

  @Test
  void ampersandIsAnd() {
    assertTrue(found("risk-management", "EXPERIENCE", "- Risk & issue management for 3 programs"));
  }

  @Test
  void aGapNeverCrossesASentenceOrAComma() {
    assertFalse(
        small("- Met the stakeholders. Managed the budget").containsKey("stakeholder-management"));
    assertFalse(small("- Managed vendors, stakeholders").containsKey("stakeholder-management"));
    assertTrue(small("- Managed our stakeholders").containsKey("stakeholder-management"));
  }

  @Test
  void atMostThreeWordsStandBetween() {
    assertFalse(
        small("- Managed the budget of all stakeholders").containsKey("stakeholder-management"));
    assertFalse(
        small("- Managed the three very important stakeholders")
            .containsKey("stakeholder-management"));
    assertTrue(found("budget-management", "EXPERIENCE", "- Managed a $3.2M budget for 4 clinics"));
  }

  @Test
  void aNounRightBeforeThePhrasesNextWordQualifiesIt() {
    assertTrue(found("budget-management", "EXPERIENCE", "- Managed the shift budget and overtime"));
    assertTrue(
        found(
            "budget-management",
            "EXPERIENCE",
            "- Achieved financial objectives by preparing annual department budgets"));
    assertTrue(
        found(
            "project-lifecycle", "SKILLS", "- Good understanding of project management lifecycle"));
  }

  @Test
  void ampersandInsideAPhraseIsAWord() {
    assertTrue(found("program-management", "SKILLS", "- Program & Portfolio Delivery Oversight"));
  }

  @Test
  void aCapitalisedNounInsideANameIsNotAQualifier() {
    assertFalse(
        found(
            "software-testing",
            "EXPERIENCE",
            "- Utilizes Integrated Family Test Equipment (IFTE) to repair aircraft"));
  }

  private static java.util.Map<String, Match> small(String... lines) {
    dev.keyfit.Keyfit k = dev.keyfit.Fixtures.smallKeyfit();
    return Stages.of(k)
        .matcher()
        .match(Stages.of(k).annotate(dev.keyfit.Fixtures.text(lines)))
        .stream()
        .collect(java.util.stream.Collectors.toMap(Match::id, m -> m));
  }

  @Test
  void twoThingsJoinedByAndAreNotOnePhrase() {
    assertFalse(
        found(
            "system-integration",
            "EXPERIENCE",
            "- Designed database systems and integration tests"));
  }

  @Test
  void productNamesTakeNoGap() {
    assertFalse(found("ms-project", "EXPERIENCE", "- Microsoft Teams for the project"));
  }

  @Test
  void aParticipleBeforeItsNounQualifiesItLikeAnAdjective() {
    assertTrue(
        found(
            "project-management",
            "EXPERIENCE",
            "- Planned, directed and managed designated projects for the county"));
    assertTrue(
        found(
            "cost-control",
            "EXPERIENCE",
            "- Controlling all associated operational costs against the annual budget"));
  }

  @Test
  void aParticipleAfterAnAdverbIsAVerbOfItsOwn() {
    assertFalse(
        found(
            "presentation-skills",
            "ACTIVITIES",
            "Presentations successfully managed to coordinate and direct group conferences"));
  }

  @Test
  void aTitleCasedCoordinationSharesItsFirstWord() {
    assertTrue(
        found(
            "cost-estimation", "EXPERIENCE", "Engineering Sales/Project Management & Estimation."));
    assertTrue(found("safety-compliance", "SKILLS", "Safety Monitoring and Compliance"));
    assertTrue(
        found(
            "organizational-change-management", "SKILLS", "Organizational Restructure and Change"));
  }

  @Test
  void aCapitalisedNameBeforeAConjunctionDoesNotShareItsWord() {
    assertFalse(
        found(
            "safety-compliance", "EXPERIENCE", "- Audited the Safety Office and compliance files"));
  }

  @Test
  void aSlashedAlternativeSharesTheOtherWord() {
    assertTrue(found("program-management", "SKILLS", "HR Program/Project Management"));
    assertTrue(found("team-management", "SKILLS", "Team Building / Leadership"));
    assertTrue(found("site-inspections", "SKILLS", "Field Operations / Inspections"));
    assertFalse(
        found("team-management", "SKILLS", "Team Building, Leadership"),
        "a comma lists two skills; only the slash makes them alternatives of one phrase");
  }
}
