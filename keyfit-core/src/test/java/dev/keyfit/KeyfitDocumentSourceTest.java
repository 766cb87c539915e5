package dev.keyfit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.extract.DocumentSource;
import dev.keyfit.extract.ExtractionException;
import dev.keyfit.extract.Failure;
import dev.keyfit.posting.JobPosting;
import dev.keyfit.report.JsonReport;
import dev.keyfit.report.Report;
import dev.keyfit.testing.TestKeyfit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A resume or a posting given as bytes gives the report its file gives, byte for byte. */
class KeyfitDocumentSourceTest {

  private static final Path SAMPLES = Path.of("samples");
  private static final Path POSTING = SAMPLES.resolve("tpm-posting.txt");

  private static byte[] json(Report report) {
    return JsonReport.text(JsonReport.tree(report)).getBytes(StandardCharsets.UTF_8);
  }

  private static DocumentSource inMemory(Path file) throws IOException {
    return DocumentSource.of(file.getFileName().toString(), Files.readAllBytes(file));
  }

  private static List<Path> resumes() throws IOException {
    try (Stream<Path> files = Files.list(SAMPLES)) {
      return files
          .filter(f -> f.getFileName().toString().matches(".*resume\\.(pdf|docx|doc|txt)"))
          .sorted()
          .toList();
    }
  }

  @Test
  void everySampleResumeReportsTheSameJsonFromBytesAsFromItsPath() throws Exception {
    Keyfit keyfit = TestKeyfit.standard();
    List<Path> resumes = resumes();
    assertEquals(5, resumes.size(), resumes.toString());
    for (Path resume : resumes) {
      Report fromPath = keyfit.analyze(resume, AnalysisOptions.defaults());
      Report fromBytes = keyfit.analyze(inMemory(resume), AnalysisOptions.defaults());
      assertArrayEquals(json(fromPath), json(fromBytes), resume.toString());
    }
  }

  @Test
  void aPostingReadFromBytesScoresAsItsFileDoes() throws Exception {
    Keyfit keyfit = TestKeyfit.standard();
    AnalysisOptions options = AnalysisOptions.defaults();
    JobPosting fromBytes = keyfit.readPosting(inMemory(POSTING), options);
    for (Path resume : resumes()) {
      Report viaPath = keyfit.analyze(resume, options.withJobPosting(POSTING));
      Report viaBytes = keyfit.analyze(inMemory(resume), options.withPosting(fromBytes));
      assertArrayEquals(json(viaPath), json(viaBytes), resume.toString());
    }
  }

  @Test
  void aPostingCarriedAsBytesInTheOptionsIsReadAndMatched() throws Exception {
    Keyfit keyfit = TestKeyfit.standard();
    Path resume = SAMPLES.resolve("tpm-resume.pdf");
    Report viaPath = keyfit.analyze(resume, AnalysisOptions.defaults().withJobPosting(POSTING));
    Report viaBytes =
        keyfit.analyze(inMemory(resume), AnalysisOptions.defaults().withPosting(inMemory(POSTING)));
    assertTrue(viaBytes.assessment().jobMatch() != null, "the posting was not matched");
    assertArrayEquals(json(viaPath), json(viaBytes));
  }

  @Test
  void aPostingThatCannotBeReadFromBytesIsNamedInTheFailure() {
    Keyfit keyfit = TestKeyfit.standard();
    ExtractionException e =
        assertThrows(
            ExtractionException.class,
            () ->
                keyfit.readPosting(
                    DocumentSource.of("posting.pdf", new byte[0]), AnalysisOptions.defaults()));
    assertEquals(Failure.EMPTY, e.failure());
    assertEquals(ExtractionException.Subject.POSTING, e.subject());
    assertEquals("the file is empty (0 bytes)", e.detail());
    assertTrue(e.getMessage().startsWith("job posting posting.pdf: "), e.getMessage());
  }
}
