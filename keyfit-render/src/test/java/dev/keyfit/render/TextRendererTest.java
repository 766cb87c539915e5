package dev.keyfit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.AnalysisOptions;
import dev.keyfit.Fixtures;
import dev.keyfit.report.Report;
import dev.keyfit.report.ReportFixtures;
import dev.keyfit.testing.TestKeyfit;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextRendererTest {

  @Test
  void plainTextHasNoEscapesAndFitsOneHundredColumns() throws Exception {
    String text = render(new Renderer.RenderOptions(false, 100));
    assertFalse(text.contains("\u001b"));
    text.lines()
        .forEach(l -> assertTrue(l.codePointCount(0, l.length()) <= 100, () -> "too wide: " + l));
  }

  @Test
  void colourIsUsedOnlyWhenAskedAndStillFits() throws Exception {
    String text = render(new Renderer.RenderOptions(true, 100));
    assertTrue(text.contains("\u001b[32m"));
    text.lines().forEach(l -> assertTrue(Text.visible(l) <= 100, () -> "too wide: " + l));
  }

  @Test
  void longLinesAreWrappedToTheWidthNeverCut() throws Exception {
    for (int width : new int[] {40, 60, 80, 120}) {
      String text = render(new Renderer.RenderOptions(false, width));
      text.lines()
          .forEach(
              l ->
                  assertTrue(
                      l.codePointCount(0, l.length()) <= width,
                      () -> "wider than " + width + ": " + l));
      // the statement, the check's message and the evidence quote survive whole once re-joined
      String joined = text.replaceAll("\n +", " ");
      assertTrue(
          joined.contains(
              "e.g. Coordinated the migration of [N] services to Kubernetes, cutting deploy time"
                  + " by [X]%"),
          () -> "statement cut at " + width + ":\n" + text);
      assertTrue(
          joined.contains("Led sprint planning in Jira for 4 teams, cutting cycle time 20%"));
    }
  }

  @Test
  void leadsWithTheNumberThatMattersItsTargetAndWhatToDoFirst() throws Exception {
    String text = render(Renderer.RenderOptions.PLAIN);
    List<String> lines = text.lines().toList();
    assertTrue(lines.get(2).startsWith("Match rate with posting.txt: 45%"), lines.get(2));
    assertTrue(lines.get(2).contains("aim for 75%+"));
    assertTrue(
        lines.get(3).startsWith("Best fit: Technical Project Manager (PM 14 · TPM 42)"),
        lines.get(3));
    assertTrue(text.indexOf("Do these first") < text.indexOf("Checks to fix"));
    assertTrue(
        text.indexOf("Checks to fix") < text.indexOf("Project Manager  "),
        "detail comes after the checks");
    assertTrue(text.contains("Write only what you really did"));
    assertTrue(text.indexOf("✗ fail") < text.indexOf("! warn"), "failures before warnings");
  }

  @Test
  void showsScoresMatchesMissingTermsAndOpenChecks() throws Exception {
    String text = render(Renderer.RenderOptions.PLAIN);
    assertTrue(text.contains("Technical Project Manager"));
    assertTrue(text.contains("42/100"));
    assertTrue(text.contains("2 of 8 pts · weight 10%"));
    assertTrue(text.contains("Top matches"));
    assertTrue(text.contains("+4.5 Kubernetes"));
    assertTrue(text.contains("e.g. Coordinated the migration"));
    assertTrue(text.contains("✗ fail 1 of 6 bullets"));
    assertFalse(
        text.contains("An email address is present"),
        "passing checks stay out of the compact view");
  }

  @Test
  void anOverTargetCategorySaysTargetMetNotThirtyOfTen() {
    var over =
        new dev.keyfit.score.CategoryScore(
            dev.keyfit.keywords.Category.TOOLS, 100, 30, 10, 10, List.of());
    assertEquals("target met", RoleViews.progress(over));
    var under =
        new dev.keyfit.score.CategoryScore(
            dev.keyfit.keywords.Category.TOOLS, 45, 4.5, 10, 10, List.of());
    assertEquals("4.5 of 10 pts", RoleViews.progress(under));
  }

  @Test
  void aChosenRoleIsScoredForNeverCalledTheBestFit() throws Exception {
    Report report =
        dev.keyfit.testing.TestKeyfit.standard()
            .analyze(
                java.nio.file.Path.of("samples/tpm-resume.pdf"),
                dev.keyfit.AnalysisOptions.defaults().withRole(dev.keyfit.keywords.Role.PM));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new TextRenderer().render(report, Renderer.RenderOptions.PLAIN, out);
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(
        java.util.regex.Pattern.compile(
                "Scored for: Project Manager \\d+ \\(you chose it; best fit is TPM \\d+\\)")
            .matcher(text)
            .find(),
        text);
    assertFalse(text.contains("Best fit:"), text);
    assertTrue(text.contains("Project Manager score: "), text);
  }

  @Test
  void aFitUnderTheUsualBarSaysItRestsOnTheHeldTitle() throws Exception {
    Report thin =
        TestKeyfit.standard().analyze(Fixtures.thinProjectManager(), AnalysisOptions.defaults());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new TextRenderer().render(thin, Renderer.RenderOptions.PLAIN, out);
    String joined = out.toString(StandardCharsets.UTF_8).replaceAll("\n +", " ");
    assertTrue(
        joined.contains("fits from 25 with the held title \u201cProject Manager\u201d)"), joined);
  }

  @Test
  void aTitleLeftLongAgoIsNamedBesideTheUsualBar() throws Exception {
    Report left =
        TestKeyfit.standard()
            .analyze(
                Fixtures.text(
                    "EXPERIENCE",
                    "Corporate Facilitator, Acme Corp, 2005 - 2016",
                    "- Designed and delivered instructor-led training for 400 staff",
                    "Project Manager, Retail Systems, 1997 - 2005",
                    "- Managed a $1 million in-store ordering system project"),
                AnalysisOptions.defaults());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new TextRenderer().render(left, Renderer.RenderOptions.PLAIN, out);
    String joined = out.toString(StandardCharsets.UTF_8).replaceAll("\n +", " ");
    assertTrue(
        joined.contains(
            "a fit needs 40+; \u201cProject Manager\u201d ended in 2005, more than 5 years before"
                + " the last job)"),
        joined);
  }

  @Test
  void aFitAtAnyScoreSaysItRestsOnTheJobHeldNow() throws Exception {
    Report thin =
        TestKeyfit.standard()
            .analyze(
                java.nio.file.Path.of("samples/thin-tpm-resume.txt"), AnalysisOptions.defaults());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new TextRenderer().render(thin, Renderer.RenderOptions.PLAIN, out);
    String joined = out.toString(StandardCharsets.UTF_8).replaceAll("\n +", " ");
    assertTrue(
        java.util.regex.Pattern.compile(
                "Best fit: Project Manager \\(PM \\d \\u00b7 TPM \\d+; fits as the job held now,"
                    + " \u201cProject Lead\u201d\\)")
            .matcher(joined)
            .find(),
        joined);
  }

  private static String render(Renderer.RenderOptions options) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new TextRenderer().render(ReportFixtures.withJobMatch(), options, out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
