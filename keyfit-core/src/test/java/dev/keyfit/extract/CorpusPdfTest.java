package dev.keyfit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reads the shared corpus of third-party resumes, which lives next to the project and is never
 * copied into it. Skipped when the corpus is absent.
 */
class CorpusPdfTest {

  private final Extractors extractors = Extractors.standard();

  /** {@code ../shared/corpus} from the project, else {@code -Dkeyfit.corpus=DIR}, else null. */
  static Path corpus() {
    Path sibling = Path.of("..", "shared", "corpus");
    if (Files.isDirectory(sibling)) {
      return sibling;
    }
    String property = System.getProperty("keyfit.corpus");
    if (property != null && Files.isDirectory(Path.of(property))) {
      return Path.of(property);
    }
    Path worktree = Path.of("..", "..", "shared", "corpus"); // a git worktree under /work/wt/
    return Files.isDirectory(worktree) ? worktree : null;
  }

  private static List<Path> pdfs() throws IOException {
    Path corpus = corpus();
    assumeTrue(
        corpus != null && Files.isDirectory(corpus.resolve("resumes-pdf")), "shared corpus absent");
    try (Stream<Path> files = Files.list(corpus.resolve("resumes-pdf"))) {
      return files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
    }
  }

  @Test
  void everyCorpusResumeHasItsText() throws Exception {
    List<Path> pdfs = pdfs();
    assumeTrue(!pdfs.isEmpty(), "no PDFs in the corpus");
    for (Path pdf : pdfs) {
      ExtractedDocument doc = extractors.extract(pdf);
      assertTrue(doc.layout().words() > 200, pdf + ": " + doc.layout().words() + " words");
      assertEquals(DocumentFormat.PDF, doc.format());
    }
  }

  @Test
  void singleColumnCorpusResumesAreNotSplit() throws Exception {
    for (Path pdf : pdfs()) {
      if (!pdf.getFileName().toString().startsWith("deedy")) {
        assertEquals(0, extractors.extract(pdf).layout().multiColumnPages(), pdf.toString());
      }
    }
  }

  @Test
  void deedyTwoColumnResumesAreReadColumnByColumn() throws Exception {
    List<Path> deedy =
        pdfs().stream().filter(p -> p.getFileName().toString().startsWith("deedy")).toList();
    assumeTrue(deedy.size() == 2, "Deedy resumes absent");
    for (Path pdf : deedy) {
      ExtractedDocument doc = extractors.extract(pdf);
      assertTrue(doc.layout().multiColumnPages() > 0, pdf.toString());
      List<String> lines =
          doc.lines().stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
      // the full-width name header stays whole (not cut at the gutter) and comes first
      assertTrue(
          lines.subList(0, 3).stream().anyMatch(l -> l.startsWith("Debarghya")),
          pdf + ": " + lines.subList(0, 3));
      // left column: each heading is followed by its own content, not by a right-column line
      assertNext(lines, "LINKS", "Facebook://", pdf);
      assertNext(lines, "COURSEWORK", "GRADUATE", pdf);
      assertNext(lines, "SKILLS", "PROGRAMMING", pdf);
      // right column: after the whole left column
      assertNext(lines, "EXPERIENCE", "FACEBOOK", pdf);
      int education = lines.indexOf("EDUCATION");
      int skills = lines.indexOf("SKILLS");
      int experience = lines.indexOf("EXPERIENCE");
      int research = lines.indexOf("RESEARCH");
      assertTrue(
          education < skills && skills < experience && experience < research,
          pdf + ":\n" + doc.text());
    }
  }

  private static void assertNext(List<String> lines, String heading, String nextStart, Path pdf) {
    int i = lines.indexOf(heading);
    assertTrue(i >= 0 && i + 1 < lines.size(), pdf + ": no " + heading);
    assertTrue(
        lines.get(i + 1).startsWith(nextStart),
        pdf + ": " + heading + " is followed by " + lines.get(i + 1));
  }
}
