package dev.keyfit.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.keyfit.extract.DocumentFormat;
import dev.keyfit.extract.ExtractedDocument;
import dev.keyfit.extract.LayoutSignals;
import dev.keyfit.testing.TestKeyfit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sections as a recruiter reads them, with the shipped heading list. */
class SectionDetectorTest {

  private static final SectionDetector DETECTOR =
      new SectionDetector(
          TestKeyfit.dictionary().lists().sectionHeadings(),
          TestKeyfit.dictionary().lists().subheadings());

  private static List<Section> sections(String... lines) {
    String text = String.join("\n", lines);
    AnnotatedResume r =
        NlpModels.shared()
            .newPipeline(DETECTOR)
            .annotate(
                new ExtractedDocument(
                    "r.txt", DocumentFormat.TEXT, text, LayoutSignals.ofText(text)));
    return r.lines().stream().map(ResumeLine::section).toList();
  }

  @Test
  void realResumeHeadingsAreKnown() {
    assertEquals(Section.SUMMARY, DETECTOR.headingOf("Career Overview"));
    assertEquals(Section.EXPERIENCE, DETECTOR.headingOf("Key responsibilities:"));
    assertEquals(Section.EXPERIENCE, DETECTOR.headingOf("Company Details"));
    assertEquals(Section.EXPERIENCE, DETECTOR.headingOf("Roles & Responsibilities"));
    assertEquals(Section.SKILLS, DETECTOR.headingOf("Skill Details"));
    assertEquals(Section.OTHER, DETECTOR.headingOf("Additional Information"));
    assertEquals(Section.EXPERIENCE, DETECTOR.headingOf("Relevant Professional Experience"));
  }

  @Test
  void qualificationsAloneIsNotEducation() {
    assertEquals(Section.SKILLS, DETECTOR.headingOf("Qualifications"));
    assertEquals(Section.EDUCATION, DETECTOR.headingOf("Educational Qualifications"));
  }

  @Test
  void aHeadingThatOpensALineOfContentSetsItsSection() {
    assertEquals(
        Section.SKILLS, DETECTOR.leadingHeadingOf("CORE COMPETENCIES • Maintain project plans"));
    assertEquals(Section.SKILLS, DETECTOR.leadingHeadingOf("Technical Skills: Jira, Confluence"));
    assertNull(DETECTOR.leadingHeadingOf("Experience in complete project management life cycle"));
  }

  @Test
  void industriesServedOpenAClientsList() {
    assertEquals(
        Section.CLIENTS,
        DETECTOR.leadingHeadingOf(
            "Industries Served:\u00c2  Higher Education, Software Development"));
    assertEquals(Section.CLIENTS, DETECTOR.headingOf("Key Clients"));
  }

  @Test
  void aHeadingGluedToTheEndOfALineOpensTheNextLines() {
    assertEquals(
        Section.EXPERIENCE,
        DETECTOR.trailingHeadingOf("MS EXCEL- Exprience - 6 monthsCompany Details"));
    assertEquals(
        Section.EDUCATION, DETECTOR.trailingHeadingOf("pivots and graphs. Education Details "));
    assertNull(DETECTOR.trailingHeadingOf("Worked with the Product Owner"));
    assertEquals(
        List.of(Section.HEADER, Section.EXPERIENCE, Section.EXPERIENCE),
        sections(
            "SCHEDULING- Exprience - 6 monthsCompany Details",
            "company - Acme",
            "description - ran the PMO"));
  }

  @Test
  void theWordAHeadingWasGluedToIsReadOnItsOwn() {
    assertEquals(
        "handled customer escalations Education Details",
        DETECTOR.unglued("handled customer escalationsEducation Details"));
    assertEquals(
        "pivots and graphs. Education Details",
        DETECTOR.unglued("pivots and graphs. Education Details"));
  }

  @Test
  void aResumeWithoutHeadingsGetsExperienceFromItsDatedRoleLines() {
    assertEquals(
        List.of(
            Section.HEADER,
            Section.HEADER,
            Section.EXPERIENCE,
            Section.EXPERIENCE,
            Section.EXPERIENCE),
        sections(
            "Jane Doe",
            "jane@example.com",
            "Project Manager, Acme Corp, 2016–2020",
            "- Managed 12 projects worth $4M",
            "Ran the weekly steering committee."));
    assertEquals(
        List.of(Section.HEADER, Section.EXPERIENCE, Section.EXPERIENCE),
        sections("Jane Doe", "07/2013 to Current", "Project Manager Company Name"));
  }

  @Test
  void theWrappedEndOfASentenceIsNoHeading() {
    assertNull(DETECTOR.headingOf("experience."));
    assertNull(DETECTOR.headingOf("projects,"));
    assertEquals(Section.EXPERIENCE, DETECTOR.headingOf("experience"));
    assertEquals(Section.EXPERIENCE, DETECTOR.headingOf("Experience."));
    assertEquals(
        List.of(Section.HEADER, Section.SUMMARY, Section.SUMMARY, Section.SUMMARY),
        sections(
            "Jane Doe",
            "Summary",
            "Project manager who brings stakeholders together, with ten years of",
            "experience.",
            "Certified ScrumMaster and a PMP holder"));
  }

  @Test
  void aHeadingStillEndsAnInferredExperienceBlock() {
    assertEquals(
        List.of(Section.EXPERIENCE, Section.EXPERIENCE, Section.EDUCATION, Section.EDUCATION),
        sections(
            "Project Manager | Acme | Jan 2015 - Present",
            "- Led 3 releases",
            "EDUCATION",
            "BSc, 2010"));
  }

  @Test
  void accomplishmentsSubheadingStaysInExperience() {
    assertEquals(
        List.of(
            Section.EXPERIENCE,
            Section.EXPERIENCE,
            Section.EXPERIENCE,
            Section.EXPERIENCE,
            Section.EXPERIENCE,
            Section.EXPERIENCE,
            Section.EDUCATION),
        sections(
            "Professional Experience",
            "Company Name City , State Senior Program Manager 02/2011 to 04/2017",
            "Accomplishments:",
            "Managed mission critical project initiatives",
            "Key Achievements",
            "Defined program governance structure",
            "Education"));
  }

  @Test
  void accomplishmentsOutsideTheExperienceOpenTheirOwnSection() {
    assertEquals(
        List.of(Section.SUMMARY, Section.SUMMARY, Section.SUMMARY, Section.EXPERIENCE),
        sections("Summary", "Seasoned delivery lead", "Accomplishments", "Experience"));
    assertEquals(Section.SUMMARY, DETECTOR.headingOf("Accomplishments", Section.SKILLS));
    assertEquals(Section.EXPERIENCE, DETECTOR.headingOf("Accomplishments:", Section.EXPERIENCE));
  }

  @Test
  void aSubheadingKeepsAnExperienceInferredFromDatedLines() {
    assertEquals(
        List.of(Section.HEADER, Section.EXPERIENCE, Section.EXPERIENCE, Section.EXPERIENCE),
        sections(
            "Jane Doe",
            "Project Manager, Acme Corp, 2016-2020",
            "Highlights",
            "Delivered 14 projects on budget"));
  }
}
