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

class PostingQualificationsTest {

  @TempDir Path dir;

  private JobPosting read(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return Fixtures.keyfit().readPosting(file, AnalysisOptions.defaults());
  }

  private static List<String> unknown(JobPosting p) {
    return p.unknownTerms().stream().map(JobPosting.UnknownTerm::term).toList();
  }

  @Test
  void markdownHeadingIsTheTitle() throws Exception {
    JobPosting p =
        read(
            "p.md",
            "# Senior Technical Program Manager\n\n## Requirements\n- Kafka and Kafka Connect\n");
    assertEquals("Senior Technical Program Manager", p.title());
  }

  @Test
  void aCareersPageInFrontMatterNamesTheJobAndItsRequirements() throws Exception {
    JobPosting p =
        read(
            "technical-project-manager.md",
            "---\ntitle: \"Technical Project Manager\"\nlocation: \"Hybrid\"\nrequirements:\n"
                + "  - \"5+ years of technical project management experience\"\n"
                + "  - \"Experience with Agile and Scrum methodologies\"\n"
                + "published: true\n---\n");
    assertEquals("Technical Project Manager", p.title());
    Qualifications.YearsRequirement years = p.qualifications().years().get(0);
    assertEquals(5, years.years());
    assertTrue(years.required(), years.toString());
    assertTrue(
        unknown(p).stream().noneMatch(u -> u.matches("(?i)hybrid|true")), unknown(p).toString());
  }

  @Test
  void aDeveloperOrDesignerPostingNamesItsJob() throws Exception {
    assertEquals(
        "Frontend Developer",
        read("p.txt", "Frontend Developer\n\nRequirements\n- 2+ years of React\n").title());
    assertEquals(
        "UX Researcher",
        read("q.txt", "UX Researcher\n\nRequirements\n- Usability testing\n").title());
  }

  @Test
  void dottedBachelorsAbbreviationsAreBachelorsDegrees() {
    for (String line :
        List.of(
            "B.B.A. Marketing - Texas State University",
            "B.S.N. Nursing, 2012",
            "BSBA in Finance, 2010")) {
      assertEquals(
          List.of(Degrees.Level.BACHELOR),
          Degrees.standard().find(line, true).stream().map(Degrees.Mention::level).toList(),
          line);
    }
  }

  @Test
  void aPageThatOpensWithAHeadingNamesTheJobUnderIt() throws Exception {
    JobPosting p =
        read(
            "p.txt",
            "About the job\n\nProject Manager - Infrastructure\nContoso Health · Columbus, OH"
                + "\n\nWhat You'll Bring\n- PMP certification\n");
    assertEquals("Project Manager", p.title());
  }

  @Test
  void termsJoinedByOrAreAlternativesAndAListJoinedByAndIsNot() throws Exception {
    Path file = dir.resolve("alternatives.txt");
    Files.writeString(
        file,
        "Project Manager\n\nRequirements\n- PMP or CAPM certification\n"
            + "- Experience with Azure, AWS or GCP migrations\n"
            + "- Jira and Confluence\n");
    JobPosting p =
        dev.keyfit.testing.TestKeyfit.standard().readPosting(file, AnalysisOptions.defaults());
    assertEquals(List.of(List.of("pmp", "capm"), List.of("azure", "aws", "gcp")), p.alternatives());
  }

  @Test
  void aContactLineAsksForNothing() throws Exception {
    JobPosting p =
        read(
            "p.txt",
            "Project Manager\n\nRequirements\n- PMP certification\n\n"
                + "Questions? Contact Jane Roberts, Talent Acquisition, 555 Main Street, Columbus.\n");
    assertTrue(
        p.terms().stream().noneMatch(t -> t.term().id().equals("hiring")), p.terms().toString());
    assertTrue(p.terms().stream().anyMatch(t -> t.term().id().equals("pmp")));
  }

  @Test
  void printedPageTitleComesFromTheBrowserHeaderAndChromeIsNotATerm() throws Exception {
    JobPosting p =
        read(
            "p.txt",
            "12/1/24, 3:45 PM Senior Technical Program Manager | Acme Careers\n"
                + "You will build our logistics platform with Kafka.\n"
                + "Requirements\n- Kafka and Snowflake experience\n- Snowflake\n"
                + "https://careers.acme.com/jobs/12345 1/2\n"
                + "12/1/24, 3:45 PM Senior Technical Program Manager | Acme Careers\n"
                + "- Terraform\nPage 2 of 2\n");
    assertEquals("Senior Technical Program Manager", p.title());
    assertTrue(unknown(p).contains("Snowflake"), unknown(p).toString());
    assertTrue(
        unknown(p).stream()
            .noneMatch(u -> u.contains("PM") || u.contains("Careers") || u.contains("Acme")),
        unknown(p).toString());
  }

  @Test
  void inlineRequirementsHeadingOpensTheRequirements() throws Exception {
    JobPosting p =
        read(
            "p.txt",
            "JOB TITLE:   Project Manager\n"
                + "JOB DESCRIPTION:   Manage our HIV prevention project.\n"
                + "REQUIRED QUALIFICATIONS:   - Good knowledge of UNAIDS policies\n"
                + "- Proficiency in Russian\n"
                + "APPLICATION PROCEDURES:   Candidates should submit a CV to the Career Center.\n"
                + "APPLICATION DEADLINE:   15 March 2004, 5:00 PM\n");
    assertEquals("Project Manager", p.title());
    JobPosting.UnknownTerm unaids =
        p.unknownTerms().stream().filter(u -> u.term().equals("UNAIDS")).findFirst().orElseThrow();
    assertEquals(PostingSection.REQUIREMENTS, unaids.section());
    assertTrue(
        unknown(p).stream()
            .noneMatch(
                u ->
                    u.matches(
                        "(?i).*(application|deadline|procedures|career center|required|PM).*")),
        unknown(p).toString());
  }

  @Test
  void boilerplateAddressesAndContactsAreNotPostingTerms() throws Exception {
    JobPosting p =
        read(
            "p.txt",
            "Technical Project Manager\nRequirements\n- Snowflake and Kafka\n- Snowflake\n"
                + "Contact: Anna Petrosyan, HR Officer\n"
                + "Office: 1 Alek Manookian Str., Yerevan\n"
                + "Acme is an equal opportunity employer and does not discriminate on race, Religion or National Origin.\n"
                + "Interviews run Monday to Friday, 9 AM to 5 PM.\n");
    assertTrue(unknown(p).contains("Kafka"), unknown(p).toString());
    assertTrue(
        unknown(p).stream()
            .noneMatch(
                u ->
                    u.matches(
                        "(?i).*(anna|petrosyan|manookian|religion|national|origin|AM|PM|officer).*")),
        unknown(p).toString());
  }

  @Test
  void anOwnersNameAndAWordTheDictionaryMatchedElsewhereAreNotUnknownTerms() throws Exception {
    JobPosting p =
        read(
            "p.txt",
            "Delivery Manager\nRequirements\n- Agile delivery of the Council\u2019s services\n"
                + "- Knowledge of Agile and Lean tools such as Snowflake\n"
                + "- Experience with Agile methods\n");
    assertTrue(unknown(p).contains("Snowflake"), unknown(p).toString());
    assertTrue(
        unknown(p).stream().noneMatch(u -> u.matches("(?i).*(council|^agile$).*")),
        unknown(p).toString());
  }

  @Test
  void degreeFieldAndYearsAreRead() throws Exception {
    JobPosting p =
        read(
            "p.txt",
            "Senior Technical Program Manager\nMinimum Qualifications\n"
                + "- Bachelor's in Computer Science or related field\n"
                + "- 7+ years of program management experience\n"
                + "Preferred Qualifications\n- BS/MS in Electrical Engineering\n- Experience with MS Word and MS Project\n");
    Qualifications q = p.qualifications();
    Qualifications.DegreeRequirement first = q.degrees().get(0);
    assertEquals(Degrees.Level.BACHELOR, first.degree().level());
    assertEquals(List.of("Computer Science"), first.degree().fields());
    assertTrue(first.degree().relatedAllowed() && first.required());
    Qualifications.DegreeRequirement preferred = q.degrees().get(1);
    assertEquals(
        Degrees.Level.BACHELOR, preferred.degree().level(), "BS/MS asks for the lower of the two");
    assertEquals(List.of("Electrical Engineering"), preferred.degree().fields());
    assertFalse(preferred.required());
    assertEquals(2, q.degrees().size(), "MS Word is not a master's degree: " + q.degrees());
    assertEquals(7, q.years().get(0).years());
    assertEquals("program management experience", q.years().get(0).what());
    assertTrue(
        unknown(p).stream().noneMatch(u -> u.matches("(?i).*(computer science|bachelor|BS|MS).*")),
        unknown(p).toString());
  }

  @Test
  void theFieldsAfterAForeignEquivalentAreTheDegreesFields() throws Exception {
    JobPosting p =
        read(
            "p.txt",
            "Software Engineer\nRequirements\n- Requires Masters degree or foreign equivalent in"
                + " Computer Science, Information Systems, Engineering or related field.\n");
    Qualifications.DegreeRequirement degree = p.qualifications().degrees().get(0);
    assertEquals(Degrees.Level.MASTER, degree.degree().level());
    assertEquals(
        List.of("Computer Science", "Information Systems", "Engineering"),
        degree.degree().fields());
    assertTrue(degree.required() && degree.degree().relatedAllowed(), degree.toString());
  }

  @Test
  void yearsPhrasingsAreRead() {
    assertEquals(
        3,
        Qualifications.years("at least three (3) years of working experience with NGOs", true)
            .years());
    assertEquals(
        5,
        Qualifications.years("5-8 years of experience managing technical projects", true).years());
    assertEquals(
        "experience managing technical projects",
        Qualifications.years("5+ years of experience managing technical projects", true).what());
    assertEquals(
        null, Qualifications.years("Founded 25 years ago, Acme serves 3 million customers", true));
  }

  @Test
  void yearsSpentDoingTheWorkAreReadWithoutTheWordExperience() {
    assertEquals(
        "experience managing software projects",
        Qualifications.years("5+ years managing software projects", true).what());
    assertEquals(
        "experience in project management",
        Qualifications.years("7+ years in project management, ideally in SaaS", true).what());
    assertEquals(
        "experience as a project manager",
        Qualifications.years("3 years as a Project Manager", true).what().toLowerCase());
    assertEquals(
        "program management experience",
        Qualifications.years("10 years of program management", true).what());
  }

  @Test
  void wordsThatGradeTheExperienceDoNotNameIt() {
    assertEquals(
        "Project Manager project experience",
        Qualifications.years(
                "This classification requires a minimum of five (5) years of broad, extensive and"
                    + " increasingly responsible Project Manager project experience",
                true)
            .what());
    assertEquals(
        "Android development experience",
        Qualifications.years("3+ years of Android development experience", true).what());
  }

  @Test
  void aLineThatSaysItRequiresIsARequirementInAnySection() throws Exception {
    JobPosting p =
        read(
            "p.md",
            "# Project Manager\n\n## And Education\nThis classification requires the possession of"
                + " a bachelor's degree.\n\n## Experience\nA master's in Business is preferred, not"
                + " required.\n");
    List<Qualifications.DegreeRequirement> degrees = p.qualifications().degrees();
    assertEquals(2, degrees.size(), degrees.toString());
    assertTrue(degrees.get(0).required(), degrees.toString());
    assertFalse(degrees.get(1).required(), degrees.toString());
  }

  @Test
  void yearsOfAgeOrHistoryAskForNoExperience() {
    assertEquals(null, Qualifications.years("Must be at least 18 years of age", true));
    assertEquals(null, Qualifications.years("Over 100 years of history in the region", true));
  }
}
