package dev.keyfit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyfit.AnalysisOptions;
import dev.keyfit.report.Report;
import dev.keyfit.report.ReportFixtures;
import dev.keyfit.report.ReportFormat;
import dev.keyfit.testing.Xml;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile strings in a resume (HTML, script, Markdown links, formulas, controls) come out inert.
 * The resume goes through the pipeline; the lone surrogate, which no UTF-8 file can hold, is in the
 * hand-built {@link ReportFixtures#hostile()} report checked alongside it.
 */
class HostileInputTest {

  static final String RESUME =
      """
      Alex <script>alert(1)</script> " onmouseover=x
      alex@example.com ![x](http://evil) [click](javascript:alert(1))

      EXPERIENCE
      - Led Scrum for 5 teams <img src=x onerror=alert(2)> cutting cycle time 30% =HYPERLINK("x")
      - Managed Jira \u0000\u0007\u001b[31mred\u001b[0m \u202eevil\u202c and risk management
      - | pipe | in # heading *bold* _em_ `code` </td></tr></table><h1>x</h1>

      SKILLS
      Jira, Confluence, Kubernetes, =SUM(A1:A2), +cmd, @foo
      """;

  static Report pipeline;

  @BeforeAll
  static void analyze(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("<img src=x onerror=alert(3)> \"x.txt");
    Files.writeString(file, RESUME, StandardCharsets.UTF_8);
    pipeline = GoldenFiles.keyfit().analyze(file, AnalysisOptions.defaults());
  }

  @Test
  void htmlHasNoActiveContentAndIsWellFormed() throws Exception {
    for (Report report : new Report[] {pipeline, ReportFixtures.hostile()}) {
      String html = render(report, ReportFormat.HTML);
      String lower = html.toLowerCase(Locale.ROOT);
      assertFalse(lower.contains("<script"), "no script element");
      assertFalse(lower.contains("<img"), "no img element");
      assertFalse(lower.contains("<h1>x"), "no injected heading");
      assertFalse(
          Pattern.compile("<[^>]*\\son\\w+=").matcher(lower).find(), "no event handler attribute");
      assertFalse(lower.contains("href="), "no links at all");
      assertFalse(html.contains("\u0000") || html.contains("\u001b") || html.contains("\u202e"));
      assertTrue(
          html.contains("&lt;img src=x onerror=alert(") || html.contains("&lt;script&gt;alert("),
          "the text is shown, escaped");
      assertTrue(html.contains("Content-Security-Policy"));
      Xml.assertWellFormed(html);
    }
  }

  @Test
  void markdownIsNeutralised() {
    for (Report report : new Report[] {pipeline, ReportFixtures.hostile()}) {
      String md = render(report, ReportFormat.MARKDOWN);
      assertFalse(
          md.contains("<script") || md.contains("<img") || md.contains("</td>"), "no raw HTML");
      assertFalse(md.contains("!["), "no image syntax");
      assertFalse(md.contains("]("), "no link syntax");
      assertFalse(md.contains("\u0000") || md.contains("\u001b"));
      for (String line : md.split("\n")) {
        if (line.startsWith("|")) {
          // the pipes that separate cells are the only unescaped ones
          long cells = line.replace("\\|", "").chars().filter(c -> c == '|').count();
          long header = md.lines().filter(l -> l.startsWith("|")).count();
          assertTrue(cells >= 2 && header > 0);
        }
      }
      assertTrue(
          md.contains("=HYPERLINK") || !md.contains("HYPERLINK"), "formulas are plain text here");
    }
  }

  @Test
  void markdownTableRowsKeepTheirColumnCount() {
    String md = render(ReportFixtures.hostile(), ReportFormat.MARKDOWN);
    String[] lines = md.split("\n");
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].startsWith("|---")) {
        long columns = columns(lines[i]);
        for (int j = i + 1; j < lines.length && lines[j].startsWith("|"); j++) {
          assertTrue(
              columns(lines[j]) == columns, "row keeps " + columns + " columns: " + lines[j]);
        }
      }
    }
  }

  @Test
  void jsonParsesAndKeepsTheTextVerbatimButSafe() throws Exception {
    for (Report report : new Report[] {pipeline, ReportFixtures.hostile()}) {
      String json = render(report, ReportFormat.JSON);
      JsonNode tree = assertDoesNotThrow(() -> new ObjectMapper().readTree(json));
      assertTrue(tree.has("schemaVersion"));
      assertFalse(
          json.contains("\u0000") || json.contains("\u001b"), "control characters are escaped");
    }
  }

  @Test
  void terminalTextHasNoForeignEscapes() {
    for (Report report : new Report[] {pipeline, ReportFixtures.hostile()}) {
      String text = render(report, ReportFormat.TEXT);
      assertFalse(
          text.contains("\u001b")
              || text.contains("\u0000")
              || text.contains("\u0007")
              || text.contains("\u202e"),
          "plain text carries no control characters");
    }
  }

  @Test
  void pdfRendersHostileTextAsText() {
    String text =
        GoldenFiles.pdfText(GoldenFiles.render(ReportFixtures.hostile(), ReportFormat.PDF));
    assertTrue(text.contains("<script>alert(1)</script>"), "shown literally, as text");
  }

  private static long columns(String row) {
    return row.replace("\\|", "").chars().filter(c -> c == '|').count();
  }

  private static String render(Report report, ReportFormat format) {
    return new String(GoldenFiles.render(report, format), StandardCharsets.UTF_8);
  }
}
