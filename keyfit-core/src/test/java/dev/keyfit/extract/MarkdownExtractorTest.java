package dev.keyfit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownExtractorTest {

  private static final Duration HOSTILE_BOUND = Duration.ofSeconds(20);

  @TempDir Path dir;
  private final Extractors extractors = Extractors.standard();

  private ExtractedDocument extract(String name, String text) throws Exception {
    return extractors.extract(
        Files.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void headingsEmphasisAndListsBecomeHeadingAndBulletLines() throws Exception {
    String md =
        "# Jane Doe\n\n## Experience ##\n- Led **12** engineers\n- Cut costs by __30%__\n"
            + "  - nested *item*\n1. First `kubectl` step\n";
    ExtractedDocument doc = extract("cv.md", md);
    assertEquals(DocumentFormat.MARKDOWN, doc.format());
    assertEquals(
        "Jane Doe\n\nExperience\n\n• Led 12 engineers\n• Cut costs by 30%\n• nested item\n\n"
            + "• First kubectl step",
        doc.text());
  }

  @Test
  void linksKeepTheirTextAndShowAWebOrMailAddressOnce() throws Exception {
    String md =
        "[GitHub](https://github.com/jane) · [me@jane.dev](mailto:me@jane.dev) · "
            + "<https://linkedin.com/in/jane> · [top](#summary)\n";
    assertEquals(
        "GitHub (https://github.com/jane) · me@jane.dev · https://linkedin.com/in/jane · top",
        extract("cv.markdown", md).text());
  }

  @Test
  void tableRowsAreLinesWithCellsSeparatedByPunctuation() throws Exception {
    String md =
        "## Skills\n\n| Area | Tools |\n|---|---|\n| Delivery | Jira, **Confluence** |\n"
            + "| Cloud |  |\n";
    ExtractedDocument doc = extract("cv.md", md);
    assertEquals("Skills\n\nArea; Tools\nDelivery; Jira, Confluence\nCloud", doc.text());
    assertEquals(1, doc.layout().tables());
  }

  @Test
  void imagesAreCountedNotReadAndHtmlLosesItsTags() throws Exception {
    String md = "![my photo](me.png)\n\nLine one<br>line two\n\n<div><b>Agile</b> coach</div>\n";
    ExtractedDocument doc = extract("cv.md", md);
    assertEquals(1, doc.layout().images());
    assertEquals("Line one\nline two\n\nAgile coach", doc.text());
  }

  @Test
  void yamlFrontMatterIsNotReadButAnOpeningRuleIs() throws Exception {
    String site =
        "---\n# the default layout\nicon: fas fa-info\norder: 4\n---\n\n## Summary\nLed\n";
    assertEquals("Summary\n\nLed", extract("about.md", site).text());
    String rule = "---\nJane Doe, PMP\n---\n## Summary\nLed\n";
    assertEquals("Jane Doe, PMP\n\nSummary\n\nLed", extract("cv.md", rule).text());
  }

  @Test
  void aCareersPageKeptInFrontMatterIsReadAsItsPosting() throws Exception {
    String page =
        "---\n"
            + "title: \"Technical Project Manager\"\n"
            + "location: \"Hybrid\"\n"
            + "salary: \"$85,000 - $115,000\"\n"
            + "description: |\n"
            + "  Lead complex technology projects from conception to delivery.\n"
            + "\n"
            + "  ## What you will do\n"
            + "  - Work with cross-functional teams.\n"
            + "requirements:\n"
            + "  - \"5+ years of technical project management experience\"\n"
            + "  - \"Experience with Agile and Scrum methodologies\"\n"
            + "keyResponsibilities:\n"
            + "  - Coordinate cross-functional teams\n"
            + "published: true\n"
            + "date: \"2024-03-10T10:30:00.000Z\"\n"
            + "---\n";
    assertEquals(
        "Technical Project Manager\n\nDescription\n\nLead complex technology projects from"
            + " conception to delivery.\n\nWhat you will do\n\n\u2022 Work with cross-functional"
            + " teams.\n\nRequirements\n\n"
            + "\u2022 5+ years of technical project management experience\n"
            + "\u2022 Experience with Agile and Scrum methodologies\n\nKey responsibilities\n\n"
            + "\u2022 Coordinate cross-functional teams",
        extract("technical-project-manager.md", page).text());
  }

  @Test
  void frontMatterThatIsNoMapOrHostileYamlLeavesOnlyTheBody() throws Exception {
    assertEquals(
        "Summary\n\nLed", extract("a.md", "---\n- one\n- two\n---\n## Summary\nLed\n").text());
    StringBuilder laughs = new StringBuilder("---\na: &a [\"lol\", \"lol\"]\n");
    for (int i = 0; i < 12; i++) {
      laughs.append((char) ('b' + i)).append(": &").append((char) ('b' + i)).append(" [");
      char prev = (char) ('a' + i);
      laughs.append("*").append(prev).append(", *").append(prev).append("]\n");
    }
    laughs.append("---\n## Summary\nLed\n");
    String text =
        assertTimeoutPreemptively(HOSTILE_BOUND, () -> extract("b.md", laughs.toString()).text());
    assertEquals("Summary\n\nLed", text);
  }

  @Test
  void markdownIsToldByItsNameAndTextStaysText() throws Exception {
    String md = "# Summary\n**Led** 4 teams\n";
    assertEquals(DocumentFormat.TEXT, extract("cv.txt", md).format());
    assertEquals(DocumentFormat.TEXT, extract("cv", md).format());
    assertEquals(DocumentFormat.MARKDOWN, extract("CV.MD", md).format());
    assertEquals("markdown", DocumentFormat.MARKDOWN.id());
  }

  @Test
  void theTextCapIsAppliedBeforeParsing() throws Exception {
    Path file = Files.writeString(dir.resolve("long.md"), "- **word** item\n".repeat(200_000));
    ExtractedDocument doc = extractors.extract(file, new ExtractionLimits(8 << 20, 30, 1_000));
    assertTrue(doc.text().length() <= 1_000);
    assertTrue(doc.layout().notes().stream().anyMatch(n -> n.contains("cut at 1000")));
  }

  /** Each in far less than the bound on a quiet machine; the bound leaves room for a loaded one. */
  @Test
  void hostileNestingAndHugeTablesAreReadInBoundedTime() {
    List<String> hostile =
        List.of(
            ">".repeat(100_000) + " deep quote\n",
            "- ".repeat(50_000) + "deep list\n",
            "[".repeat(50_000) + "x" + "]".repeat(50_000),
            "*a **b ".repeat(15_000),
            "[a](".repeat(25_000),
            "x `".repeat(30_000),
            "<div>".repeat(20_000) + "Agile",
            ("|" + " c |".repeat(1_000) + "\n")
                + ("|" + "---|".repeat(1_000) + "\n")
                + ("|" + " Jira |".repeat(1_000) + "\n").repeat(300));
    for (String md : hostile) {
      ExtractedDocument doc =
          assertTimeoutPreemptively(HOSTILE_BOUND, () -> extract("hostile.md", md));
      assertEquals(DocumentFormat.MARKDOWN, doc.format());
      assertFalse(doc.text().isBlank());
    }
  }

  @Test
  void corpusMarkdownResumesReadWithoutMarks() throws Exception {
    Path corpus = CorpusPdfTest.corpus();
    Path resumes = corpus == null ? null : corpus.resolve("real").resolve("resumes");
    Assumptions.assumeTrue(resumes != null && Files.isDirectory(resumes), "corpus absent");
    List<Path> files;
    try (Stream<Path> s = Files.list(resumes)) {
      files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    Assumptions.assumeFalse(files.isEmpty(), "no Markdown resume in the corpus");
    for (Path file : files) {
      ExtractedDocument doc = extractors.extract(file);
      assertEquals(DocumentFormat.MARKDOWN, doc.format(), file.toString());
      for (String line : doc.lines()) {
        assertFalse(line.startsWith("#"), file + ": " + line);
        assertFalse(line.contains("**"), file + ": " + line);
        assertFalse(line.startsWith("* ") || line.startsWith("- "), file + ": " + line);
        assertFalse(line.startsWith("|"), file + ": " + line);
      }
      assertTrue(
          doc.lines().stream().anyMatch(l -> l.startsWith(TextNormalizer.BULLET)), file.toString());
    }
  }
}
