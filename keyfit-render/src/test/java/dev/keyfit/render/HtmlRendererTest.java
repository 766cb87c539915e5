package dev.keyfit.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.report.ReportFixtures;
import dev.keyfit.testing.Xml;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {

  static final String HTML =
      new String(
          HtmlRenderer.html(ReportFixtures.withJobMatch(), false, Renderer.RenderOptions.PLAIN)
              .getBytes(java.nio.charset.StandardCharsets.UTF_8),
          StandardCharsets.UTF_8);

  @Test
  void selfContainedWithNothingToFetch() {
    // the XHTML and SVG namespaces are names, never fetched
    String lower =
        HTML.replace("xmlns=\"http://www.w3.org/1999/xhtml\"", "")
            .replace("xmlns=\"http://www.w3.org/2000/svg\"", "")
            .toLowerCase(Locale.ROOT);
    for (String remote :
        new String[] {
          "<script",
          "<link",
          "<img",
          "<iframe",
          "src=",
          "href=",
          "url(",
          "@import",
          "http://",
          "https://",
          "@font-face"
        }) {
      assertFalse(lower.contains(remote), () -> "the page must not contain " + remote);
    }
  }

  @Test
  void contentSecurityPolicyForbidsScriptsAndRemoteLoads() {
    assertTrue(
        HTML.contains(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'; img-src data:\" />"));
    assertTrue(HTML.contains("<meta charset=\"utf-8\" />"));
  }

  @Test
  void accessibleStructure() throws Exception {
    assertTrue(HTML.contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">"));
    assertTrue(HTML.contains("<h1>") && HTML.contains("<h2 id=\"scores-h\">"));
    assertTrue(
        HTML.contains("role=\"img\" aria-labelledby=\"g-tpm\""), "gauges are labelled images");
    assertTrue(
        HTML.contains("aria-label=\"Tools &amp; platforms: 75 of 100\""), "bars carry their value");
    assertTrue(HTML.contains("@media print"));
    Xml.assertWellFormed(HTML);
  }
}
