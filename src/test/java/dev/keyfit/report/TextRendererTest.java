package dev.keyfit.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextRendererTest {

  @Test
  void plainTextHasNoEscapesAndFitsOneHundredColumns() throws Exception {
    String text = render(new Renderer.RenderOptions(false, 100));
    assertFalse(text.contains("\u001b"));
    text.lines().forEach(l -> assertTrue(l.codePointCount(0, l.length()) <= 100, () -> "too wide: " + l));
  }

  @Test
  void colourIsUsedOnlyWhenAskedAndStillFits() throws Exception {
    String text = render(new Renderer.RenderOptions(true, 100));
    assertTrue(text.contains("\u001b[32m"));
    text.lines().forEach(l -> assertTrue(Text.visible(l) <= 100, () -> "too wide: " + l));
  }

  @Test
  void longEvidenceIsCutWithAnEllipsis() throws Exception {
    String text = render(new Renderer.RenderOptions(false, 60));
    assertTrue(text.lines().anyMatch(l -> l.endsWith("…") && l.codePointCount(0, l.length()) == 60));
  }

  @Test
  void showsScoresMatchesMissingTermsAndOpenChecks() throws Exception {
    String text = render(Renderer.RenderOptions.PLAIN);
    assertTrue(text.contains("Technical Project Manager"));
    assertTrue(text.contains("42/100"));
    assertTrue(text.contains("Top matches"));
    assertTrue(text.contains("+4.5 Kubernetes"));
    assertTrue(text.contains("e.g. Coordinated the migration"));
    assertTrue(text.contains("✗ fail 1 of 6 bullets"));
    assertFalse(text.contains("An email address is present"), "passing checks stay out of the compact view");
  }

  private static String render(Renderer.RenderOptions options) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new TextRenderer().render(ReportFixtures.withJobMatch(), options, out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
