package dev.keyfit.advise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.keyfit.AnalysisOptions;
import dev.keyfit.Keyfit;
import dev.keyfit.batch.FileOutcome;
import dev.keyfit.batch.Ranking;
import dev.keyfit.report.Report;
import dev.keyfit.testing.TestKeyfit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A job posting given as the resume (swapped arguments, or a posting in a batch folder). */
class PostingCheckTest {

  private static final Path CORPUS = Path.of("../shared/corpus");
  private static final Keyfit keyfit = TestKeyfit.standard();

  private static Optional<Check> notAResume(Path file) throws Exception {
    Report r = keyfit.analyze(file, AnalysisOptions.defaults());
    return r.advice().checks().stream().filter(c -> c.id().equals("not-a-resume")).findFirst();
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  @Test
  void samplePostingsGivenAsTheResumeFailFirstWithOneLine() throws Exception {
    for (String posting : List.of("tpm-posting.txt", "construction-pm-posting.txt")) {
      Report r = keyfit.analyze(Path.of("samples", posting), AnalysisOptions.defaults());
      Check first = r.advice().checks().get(0);
      assertEquals("not-a-resume", first.id(), posting);
      assertEquals(Check.Status.FAIL, first.status());
      assertEquals(
          "This looks like a job posting, not a resume: did you swap the resume and --jd?",
          first.message());
    }
  }

  @Test
  void sampleResumesAreNotTakenForPostings() throws Exception {
    for (String resume :
        List.of(
            "tpm-resume.pdf",
            "pm-resume.docx",
            "pm-resume.doc",
            "nurse-resume.docx",
            "thin-tpm-resume.txt")) {
      assertEquals(Optional.empty(), notAResume(Path.of("samples", resume)), resume);
    }
  }

  @Test
  void realPostingsFromTheCorpusFail() throws Exception {
    Path postings = CORPUS.resolve("real/postings");
    assumeTrue(Files.isDirectory(postings), "corpus absent");
    for (Path p : files(postings)) {
      assertTrue(notAResume(p).isPresent(), p.toString());
    }
  }

  @Test
  void realResumesFromTheCorpusPass() throws Exception {
    Path resumes = CORPUS.resolve("real/resumes");
    assumeTrue(Files.isDirectory(resumes), "corpus absent");
    List<Path> all = new java.util.ArrayList<>(files(resumes));
    if (Files.isDirectory(CORPUS.resolve("resumes-pdf"))) {
      all.addAll(files(CORPUS.resolve("resumes-pdf")));
    }
    for (Path r : all) {
      assertEquals(Optional.empty(), notAResume(r), r.toString());
    }
  }

  @Test
  void aBatchRowOfAPostingCarriesTheWarning() throws Exception {
    Report r = keyfit.analyze(Path.of("samples", "tpm-posting.txt"), AnalysisOptions.defaults());
    Ranking.Row row =
        Ranking.summary(new FileOutcome.Analyzed(Path.of("tpm-posting.txt"), r), null, false);
    assertTrue(row.ok());
    assertEquals(PostingCheck.POSTING, row.reason());
    Report resume =
        keyfit.analyze(Path.of("samples", "thin-tpm-resume.txt"), AnalysisOptions.defaults());
    assertEquals(
        "",
        Ranking.summary(new FileOutcome.Analyzed(Path.of("thin.txt"), resume), null, false)
            .reason());
  }

  @Test
  void postingPhrasesAndHeadingsComeFromTheData() {
    // phrases of keywords/posting/posting-check.yaml: one point each, found once
    assertEquals(1, PostingCheck.points("We are hiring. We are hiring again."));
    assertEquals(0, PostingCheck.points("Planned and delivered 12 releases"));
    // heading lines: "Benefits:" may end with a colon; "Requirements" counts only bare, as before
    assertEquals(2, PostingCheck.points("Benefits:\nnothing here"));
    assertEquals(2, PostingCheck.points("Requirements\nnothing here"));
    assertEquals(1, PostingCheck.points("Requirements:\nnothing here"));
  }
}
