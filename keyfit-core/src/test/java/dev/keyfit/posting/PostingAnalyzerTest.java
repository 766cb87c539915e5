package dev.keyfit.posting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.AnalysisOptions;
import dev.keyfit.advise.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostingAnalyzerTest {

  @TempDir Path dir;

  private JobPosting read(String text) throws Exception {
    Path file = dir.resolve("posting.txt");
    Files.writeString(file, text);
    return Fixtures.keyfit().readPosting(file, AnalysisOptions.defaults());
  }

  @Test
  void labelledTitleWins() throws Exception {
    JobPosting p =
        Fixtures.keyfit()
            .readPosting(Fixtures.path("construction-posting.txt"), AnalysisOptions.defaults());
    assertEquals("Project Manager, Commercial Construction", p.title());
  }

  @Test
  void firstLineTitleDropsCompanyAndWorkMode() throws Exception {
    assertEquals(
        "Technical Project Manager",
        read("Technical Project Manager - Acme (Remote)\nRequirements\n- Jira\n").title());
  }

  @Test
  void aStateCodeInTheLocationIsNotAnUnknownTerm() throws Exception {
    JobPosting p =
        read(
            "Technical Project Manager\nSeattle, WA (hybrid)\nRequirements\n- Kafka and Kafka Connect\n- Kafka\n");
    assertTrue(
        p.unknownTerms().stream().noneMatch(u -> u.term().equals("WA")),
        p.unknownTerms().toString());
  }

  @Test
  void theFieldAbbreviationItIsNotAnUnknownTerm() throws Exception {
    JobPosting p =
        read(
            "Project Manager\nRequirements\n- 5+ years managing IT infrastructure projects\n"
                + "- Kafka and Kafka Connect\n- Kafka\n");
    assertTrue(
        p.unknownTerms().stream().noneMatch(u -> u.term().equals("IT")),
        p.unknownTerms().toString());
    assertTrue(p.unknownTerms().stream().anyMatch(u -> u.term().equals("Kafka")));
  }

  /** A posting read with the shipped dictionary, whose Jenkins is guarded. */
  private JobPosting readBuiltIn(String text) throws Exception {
    Path file = dir.resolve("posting.txt");
    Files.writeString(file, text);
    return dev.keyfit.Keyfit.create().readPosting(file, AnalysisOptions.defaults());
  }

  @Test
  void aGuardedToolInThePostingsRequirementsIsThePostingsTerm() throws Exception {
    JobPosting p =
        readBuiltIn(
            "Technical Project Manager\nRequirements\n- Hands-on with Jenkins\n"
                + "- 5+ years leading software releases\n");
    assertTrue(
        p.terms().stream().anyMatch(t -> t.term().id().equals("jenkins")), p.terms().toString());
    assertTrue(
        p.unknownTerms().stream().noneMatch(u -> u.term().equals("Jenkins")),
        p.unknownTerms().toString());
  }

  @Test
  void aPersonNamedInThePostingsRequirementsIsStillNotTheTool() throws Exception {
    JobPosting p =
        readBuiltIn(
            "Technical Project Manager\nRequirements\n- Reports to Mr. Jenkins, VP Delivery\n");
    assertTrue(
        p.terms().stream().noneMatch(t -> t.term().id().equals("jenkins")), p.terms().toString());
  }

  @Test
  void stressFollowsSectionAndCount() throws Exception {
    JobPosting p =
        read(
            """
        Project Manager
        Responsibilities
        - Run Scrum for two teams
        Requirements
        - Jira and Confluence every day; Jira admin rights
        Nice to have
        - Bluebeam
        """);
    assertEquals(Stress.of(PostingSection.REQUIREMENTS, 2), term(p, "jira").stress());
    assertEquals(PostingSection.RESPONSIBILITIES, term(p, "scrum").section());
    assertEquals(PostingSection.PREFERRED, term(p, "bluebeam").section());
    assertTrue(term(p, "jira").stress() > term(p, "confluence").stress());
    assertTrue(term(p, "confluence").stress() > term(p, "scrum").stress());
    assertTrue(term(p, "scrum").stress() > term(p, "bluebeam").stress());
    assertEquals("jira", p.terms().get(0).term().id(), "most stressed first");
  }

  @Test
  void unknownTermsSkipStopWordsCompanyAndDictionaryTerms() throws Exception {
    JobPosting p =
        read(
            """
        Data Program Manager
        About Globex
        Globex makes data tools.
        Requirements
        - Experience with Snowflake, dbt and Looker on Monday through Friday
        - Own the data contracts with the Jira team
        - Review data contracts weekly
        """);
    List<String> unknown = p.unknownTerms().stream().map(JobPosting.UnknownTerm::term).toList();
    assertTrue(
        unknown.containsAll(List.of("Snowflake", "Looker", "data contracts")), unknown.toString());
    assertFalse(unknown.contains("Globex"), unknown.toString());
    assertFalse(unknown.contains("Monday"), unknown.toString());
    assertFalse(unknown.contains("Jira"), unknown.toString());
    assertFalse(unknown.contains("Experience"), unknown.toString());
  }

  @Test
  void companyNamedInTheHeaderIsNotASkill() throws Exception {
    JobPosting p =
        read(
            """
        Technical Project Manager
        Contoso Health · Seattle, WA · Hybrid
        At Contoso Health, we are reimagining patient care with data for the VP of Engineering.
        Requirements
        - Experience with Epic integrations and Contoso Health tooling
        """);
    List<String> unknown = p.unknownTerms().stream().map(JobPosting.UnknownTerm::term).toList();
    assertEquals(List.of("Epic"), unknown);
  }

  @Test
  void stressIsCappedForRepeats() {
    assertEquals(2.0, Stress.of(PostingSection.GENERAL, 3));
    assertEquals(2.0, Stress.of(PostingSection.GENERAL, 30));
    assertEquals(6.0, Stress.of(PostingSection.TITLE, 5));
  }

  @Test
  void titleVariantsIgnoreLevelsAndSpellOutAbbreviations() {
    assertEquals(
        List.of("technical", "project", "manager"),
        TitleVariants.words("Sr. Technical Program Manager II"));
    assertEquals(List.of("technical", "project", "manager"), TitleVariants.words("TPM"));
  }

  private static JobPosting.PostingTerm term(JobPosting p, String id) {
    return p.terms().stream()
        .filter(t -> t.term().id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError(id + " not in " + p.terms()));
  }
}
