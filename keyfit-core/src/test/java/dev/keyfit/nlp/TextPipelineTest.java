package dev.keyfit.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.Fixtures;
import dev.keyfit.testing.Stages;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class TextPipelineTest {

  private static AnnotatedResume annotate(String... lines) {
    return Stages.of(Fixtures.smallKeyfit()).annotate(Fixtures.text(lines));
  }

  @Test
  void linesBeforeTheFirstHeadingAreTheHeader() {
    AnnotatedResume r = annotate("Jane Doe", "jane@example.com", "", "EXPERIENCE", "• Led 4 teams");
    assertEquals(Section.HEADER, r.lines().get(0).section());
    assertEquals(Section.EXPERIENCE, r.lines().get(3).section());
    assertTrue(r.lines().get(2).heading());
  }

  @Test
  void headingsAreRecognisedWhateverTheirCaseAndPunctuation() {
    AnnotatedResume r = annotate("Work Experience:", "did things", "TECHNICAL SKILLS", "Jira");
    assertEquals(Section.EXPERIENCE, r.lines().get(1).section());
    assertEquals(Section.SKILLS, r.lines().get(3).section());
  }

  @Test
  void longLinesThatStartLikeHeadingsAreContent() {
    AnnotatedResume r =
        annotate("Skills", "Experience with many tools across seven different teams here");
    assertFalse(r.lines().get(1).heading());
    assertEquals(Section.SKILLS, r.lines().get(1).section());
  }

  @Test
  void lineNumbersCountBlankLines() {
    AnnotatedResume r = annotate("one", "", "", "four");
    assertEquals(List.of(1, 4), r.lines().stream().map(ResumeLine::number).toList());
    assertEquals(4, r.tokens().get(1).line());
  }

  @Test
  void slashesAndHyphensSplitWords() {
    AnnotatedResume r = annotate("CI/CD and CI-CD and PMI-ACP");
    assertEquals(
        List.of("CI", "CD", "and", "CI", "CD", "and", "PMI", "ACP"),
        r.tokens().stream().map(Token::text).toList());
  }

  @Test
  void tokensCarryStemsAndLemmas() {
    AnnotatedResume r = annotate("Managed stakeholders and led teams");
    Token managed = r.tokens().get(0);
    assertEquals("manag", managed.key());
    Token led = r.tokens().get(3);
    assertEquals("lead", led.lemmaKey());
    assertTrue(led.isVerb());
  }

  @Test
  void bulletsAreMarked() {
    AnnotatedResume r = annotate("• Led a team", "- Cut costs", "Plain line");
    assertTrue(r.lines().get(0).bullet());
    assertTrue(r.lines().get(1).bullet());
    assertFalse(r.lines().get(2).bullet());
    assertEquals("Led a team", r.lines().get(0).content());
  }

  @Test
  void aBulletWrappedOverTwoLinesIsOneLine() {
    AnnotatedResume r =
        annotate(
            "EXPERIENCE",
            "• Built CI/CD pipelines for 24 repositories,",
            "cutting build time by 40%",
            "• Next bullet");
    assertEquals(3, r.lines().size());
    ResumeLine bullet = r.lines().get(1);
    assertEquals(2, bullet.number());
    assertEquals(
        "• Built CI/CD pipelines for 24 repositories, cutting build time by 40%", bullet.text());
    assertTrue(bullet.measurable());
  }

  @Test
  void aTermSplitByTheWrapIsFoundOnTheJoinedLine() {
    AnnotatedResume r =
        annotate("EXPERIENCE", "• Led the move to GitHub", "(Actions) for 12 teams");
    assertEquals(2, r.lines().size());
    assertTrue(r.tokens().stream().allMatch(t -> t.line() == 2 || t.line() == 1));
  }

  @Test
  void headingsContactLinesAndTheHeaderAreNeverJoined() {
    AnnotatedResume r =
        annotate(
            "Jane Doe",
            "jane@example.com",
            "SUMMARY",
            "Leads programs and",
            "linkedin.com/in/jane",
            "SKILLS",
            "jira");
    assertEquals(7, r.lines().size());
  }

  @Test
  @Timeout(
      value = 120,
      unit =
          TimeUnit.SECONDS) // untagged in pieces, 320 KB took 29 s and a 416 KB paragraph > 600 s
  void aHugeSentenceWithoutPunctuationIsTaggedInBoundedPieces() {
    StringBuilder line = new StringBuilder("led");
    String[] words = {
      "roadmap", "planning", "with", "stakeholders", "across", "teams", "and", "vendors"
    };
    for (int i = 0; line.length() < 300_000; i++) {
      line.append(' ').append(words[i % words.length]);
    }
    AnnotatedResume r = annotate("Experience", line.toString());
    assertTrue(r.tokens().size() > 30_000);
    assertTrue(
        r.tokens().stream()
            .noneMatch(t -> t.pos() == null || t.pos().equals(TextPipeline.UNTAGGED)),
        "every word is still tagged");
  }
}
