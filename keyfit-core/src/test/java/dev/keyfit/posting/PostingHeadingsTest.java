package dev.keyfit.posting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.AnalysisOptions;
import dev.keyfit.Keyfit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Headings as real postings set them (Markdown, title-cased, after a company blurb), read with the
 * built-in dictionary.
 */
class PostingHeadingsTest {

  private static Keyfit keyfit;

  @TempDir Path dir;

  @BeforeAll
  static void load() throws Exception {
    keyfit = Keyfit.create();
  }

  private JobPosting read(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return keyfit.readPosting(file, AnalysisOptions.defaults());
  }

  private static Optional<JobPosting.PostingTerm> term(JobPosting p, String id) {
    return p.terms().stream().filter(t -> t.term().id().equals(id)).findFirst();
  }

  private static PostingSection section(JobPosting p, String id) {
    return term(p, id).orElseThrow(() -> new AssertionError(id + " not in " + p.terms())).section();
  }

  private static final String MARKDOWN =
      """
      # Senior Scrum Master - Content Technology - Netflix

      **Location:** Los Gatos, CA

      ## Job URL
      https://jobs.example.com/scrum-master

      ## Overview

      You will own vendor management for our delivery teams through planning and release.

      ## Responsibilities

      - Facilitate sprint planning and retrospectives for four teams

      ## Compensation

      - $7,000 annual professional development budget

      ## Required Skills & Certifications

      ### Facilitation & Coaching

      - Conflict resolution and difficult conversations

      ### Certifications (Preferred)

      - Professional Scrum Master II (PSM II)

      ### Technical Understanding

      - Understanding of the software development lifecycle

      ## Application Process

      - Phone screening with a recruiter from talent acquisition

      ## Netflix Culture and Values

      - We value thought leadership and transparency
      """;

  @Test
  void aScrumMasterTitleIsATitle() throws Exception {
    assertEquals("Senior Scrum Master", read("posting.md", MARKDOWN).title());
  }

  @Test
  void aStandaloneHeadingStartingWithAKnownOneOpensItsPart() throws Exception {
    JobPosting p = read("posting.md", MARKDOWN);
    assertEquals(
        PostingSection.REQUIREMENTS, section(p, "conflict-resolution"), p.terms().toString());
    assertEquals(PostingSection.PREFERRED, section(p, "psm-ii"));
    assertEquals(PostingSection.REQUIREMENTS, section(p, "sdlc"));
  }

  @Test
  void theOverviewUnderTheJobLinkIsTheJob() throws Exception {
    JobPosting p = read("posting.md", MARKDOWN);
    assertEquals(PostingSection.GENERAL, section(p, "vendor-management"));
  }

  @Test
  void benefitsHiringStepsAndValuesAskForNothing() throws Exception {
    JobPosting p = read("posting.md", MARKDOWN);
    for (String id : java.util.List.of("budget-management", "hiring", "leadership", "integrity")) {
      assertTrue(term(p, id).isEmpty(), id + " in " + p.terms());
    }
  }

  @Test
  void aTitleCasedSubheadingNamesNoProduct() throws Exception {
    JobPosting p = read("posting.md", MARKDOWN);
    assertTrue(
        p.unknownTerms().stream().noneMatch(u -> u.term().equals("Understanding")),
        p.unknownTerms().toString());
  }

  @Test
  void aPartAfterAnOpeningCompanyBlurbIsTheJob() throws Exception {
    JobPosting p =
        read(
            "posting.md",
            """
            # Project Manager

            ## About Globex

            Globex makes data tools for hospitals.

            ## Your Mission

            - Run the Jira boards and the release plan for two product teams

            ## What you bring

            - Five years of project management
            """);
    assertEquals(PostingSection.GENERAL, section(p, "jira"));
  }

  @Test
  void aPostingWithoutPartsOfItsOwnKeepsItsCompanyTerms() throws Exception {
    JobPosting p =
        read(
            "posting.txt",
            """
            Project Manager
            About us
            We are a small agency; our project manager runs every Jira board.
            """);
    assertTrue(term(p, "jira").isPresent(), p.terms().toString());
  }

  @Test
  void aLabelledBulletInTheCompanyBlurbStaysInIt() throws Exception {
    JobPosting p =
        read(
            "posting.md",
            """
            # Project Manager

            ## Responsibilities

            - Plan the clinical study schedule with the FDA submission dates

            ## About Acme Innovation

            - JLABS: a network of incubators with Kanban coaching for founders
            """);
    assertTrue(term(p, "kanban").isEmpty(), p.terms().toString());
    assertTrue(
        p.unknownTerms().stream().anyMatch(u -> u.term().equals("FDA")),
        p.unknownTerms().toString());
    assertFalse(
        p.unknownTerms().stream().anyMatch(u -> u.term().equals("JLABS")),
        p.unknownTerms().toString());
  }
}
