package dev.keyfit.advise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keyfit.extract.DocumentFormat;
import dev.keyfit.extract.ExtractedDocument;
import dev.keyfit.extract.LayoutSignals;
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
  void teamSizeComesFromTheResumesOwnBullets() {
    StatementFiller filler =
        fillerFor(
            """
        Experience
        - Led a team of 12 engineers through a platform migration
        - Managed 8 developers and 3 designers on the mobile app
        - Ran a 30 person program office
        """);
    assertEquals(
        "Ran Scrum for [N] teams of 8 engineers, cutting cycle time by [X]%",
        filler.fill("Ran Scrum for [N] teams of [N] engineers, cutting cycle time by [X]%"));
    assertEquals("Led a team of 8 people", filler.fill("Led a team of [N] people"));
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
  void termsWithoutTemplatesGetTheGenericStatement() {
    assertEquals(
        List.of("Used Kafka to [what] for [N] [users/systems], achieving [result]"),
        StatementFiller.none().statements("Kafka", List.of()));
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
