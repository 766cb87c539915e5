package dev.keyfit.advise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keyfit.extract.DocumentFormat;
import dev.keyfit.extract.ExtractedDocument;
import dev.keyfit.extract.LayoutSignals;
import dev.keyfit.keywords.Category;
import dev.keyfit.testing.Stages;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementFillerTest {

  private static StatementFiller fillerFor(String resume) {
    var doc =
        new ExtractedDocument("r.txt", DocumentFormat.TEXT, resume, LayoutSignals.ofText(resume));
    return StatementFiller.of(Stages.of(Fixtures.keyfit()).annotate(doc));
  }

  @Test
  void teamSizeComesFromTheResumesOwnBulletsAboutTheSamePeople() {
    StatementFiller filler =
        fillerFor(
            """
        Experience
        - Led a team of 12 engineers through a platform migration
        - Managed 8 developers and 3 designers on the mobile app
        - Ran a 30 person program office
        """);
    assertEquals(
        "Ran Scrum for [N] teams of 12 engineers, cutting cycle time by [X]%",
        filler.fill("Ran Scrum for [N] teams of [N] engineers, cutting cycle time by [X]%"));
    assertEquals("Led a team of 12 people", filler.fill("Led a team of [N] people"));
    assertEquals("Mentored 8 developers", filler.fill("Mentored [N] developers"));
    assertEquals("Hired 3 designers", filler.fill("Hired [N] designers"));
  }

  @Test
  void aNumberStatedForOtherPeopleIsNeverBorrowed() {
    StatementFiller filler =
        fillerFor(
            """
        Experience
        - Managed 12 engineers across 3 time zones
        """);
    assertEquals(
        "Coordinated [N] subcontractors on [N] sites",
        filler.fill("Coordinated [N] subcontractors on [N] sites"));
    assertEquals("Managed 12 engineers", filler.fill("Managed [N] engineers"));
    assertEquals("Led a team of [N] analysts", filler.fill("Led a team of [N] analysts"));
  }

  @Test
  void currencyFollowsTheResume() {
    StatementFiller filler =
        fillerFor(
            """
        Experience
        - Managed a €4M budget and saved €300k through vendor consolidation
        """);
    assertEquals(
        "Managed a [€X] budget for [N] projects",
        filler.fill("Managed a [$X] budget for [N] projects"));
  }

  @Test
  void withoutEvidenceEveryPlaceholderStays() {
    StatementFiller filler =
        fillerFor(
            """
        Experience
        - Managed projects for the sales department
        """);
    String template = "Led [N] engineers on [team/system] within [timeframe], saving [$X] and [X]%";
    assertEquals(template, filler.fill(template));
    assertEquals(template, StatementFiller.none().fill(template));
  }

  @Test
  void termsWithoutTemplatesGetAStatementThatFitsWhatTheyAre() {
    StatementFiller none = StatementFiller.none();
    assertEquals(
        List.of("Used Kafka to [what] for [N] [users/systems], achieving [result]"),
        none.statements("Kafka", Category.TOOLS, List.of()));
    assertEquals(
        List.of("Owned contract management for [N] [projects/teams], achieving [result]"),
        none.statements("Contract Management", Category.RESPONSIBILITIES, List.of()));
    assertEquals(List.of(), none.statements("Empathy", Category.SOFT_SKILLS, List.of()));
  }

  @Test
  void postingOnlyPhrasesGetAStatementOnlyWhenOneReadsNaturally() {
    StatementFiller none = StatementFiller.none();
    assertEquals(
        List.of("Owned contract management for [N] [projects/teams], achieving [result]"),
        none.statementsForPosting("Contract Management"));
    assertEquals(
        List.of("Owned SAP vendor onboarding for [N] [projects/teams], achieving [result]"),
        none.statementsForPosting("SAP Vendor Onboarding"));
    for (String phrase : List.of("Armenia", "Malaria", "English", "Global Fund", "Kafka")) {
      assertEquals(List.of(), none.statementsForPosting(phrase), phrase);
    }
  }

  @Test
  void aCountOfReportsIsNotATeamSize() {
    StatementFiller filler =
        fillerFor(
            """
        Experience
        - Led a team of 6 engineers
        """);
    assertEquals("retiring [N] manual reports", filler.fill("retiring [N] manual reports"));
  }
}
