package dev.keyfit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.keyfit.advise.Check;
import dev.keyfit.advise.MissingTerm;
import dev.keyfit.batch.FileOutcome;
import dev.keyfit.batch.Ranking;
import dev.keyfit.extract.DocumentSource;
import dev.keyfit.extract.ExtractedDocument;
import dev.keyfit.keywords.Role;
import dev.keyfit.report.Report;
import dev.keyfit.testing.TestKeyfit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A batch that writes only its ranking analyzes each file with {@link Keyfit#analyzeForRanking}:
 * its ranking rows must be the rows the full analysis gives, file for file.
 */
class KeyfitRankingTest {

  private static final Path SAMPLES = Path.of("samples");
  private static final Path CORPUS = Path.of("../shared/corpus");
  private static final Keyfit keyfit = TestKeyfit.standard();

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().equals("README.md"))
          .sorted()
          .toList();
    }
  }

  /** The ranking rows of both analyses of each file, for each way a batch ranks. */
  private static void assertSameRows(List<Path> files) throws Exception {
    AnalysisOptions plain = AnalysisOptions.defaults();
    AnalysisOptions posting =
        plain.withPosting(keyfit.readPosting(SAMPLES.resolve("tpm-posting.txt"), plain));
    assertFalse(files.isEmpty());
    for (Path file : files) {
      ExtractedDocument document = keyfit.extract(DocumentSource.of(file), plain);
      for (AnalysisOptions options :
          List.of(plain, plain.withRole(Role.PM), posting, posting.withRole(Role.TPM))) {
        Report full = keyfit.analyze(document, options);
        Report lean = keyfit.analyzeForRanking(document, options);
        boolean byPosting = options.hasPosting();
        Ranking.Row expected =
            Ranking.summary(new FileOutcome.Analyzed(file, full), options.role(), byPosting);
        Ranking.Row actual =
            Ranking.summary(new FileOutcome.Analyzed(file, lean), options.role(), byPosting);
        assertEquals(expected, actual, file + " " + options.role() + " posting=" + byPosting);
        assertEquals(full.assessment(), lean.assessment(), file.toString());
        assertEquals(ids(full.advice().missing()), ids(lean.advice().missing()), file.toString());
      }
    }
  }

  private static List<String> ids(List<MissingTerm> missing) {
    return missing.stream().map(m -> m.term().id()).toList();
  }

  @Test
  void rankingAnalysisGivesTheFullAnalysisRowsOnTheSamples() throws Exception {
    assertSameRows(files(SAMPLES));
  }

  @Test
  void rankingAnalysisGivesTheFullAnalysisRowsOnTheRealCorpus() throws Exception {
    Path real = CORPUS.resolve("real");
    assumeTrue(Files.isDirectory(real), "corpus absent");
    List<Path> all = new ArrayList<>();
    all.addAll(files(real.resolve("resumes")));
    all.addAll(files(real.resolve("postings")));
    all.addAll(files(CORPUS.resolve("resumes-pdf")));
    assertSameRows(all);
  }

  private static ExtractedDocument sample(String name) throws Exception {
    return keyfit.extract(DocumentSource.of(SAMPLES.resolve(name)), AnalysisOptions.defaults());
  }

  @Test
  void aPostingInTheBatchKeepsItsNotAResumeReason() throws Exception {
    Report lean = keyfit.analyzeForRanking(sample("tpm-posting.txt"), AnalysisOptions.defaults());
    assertEquals(List.of("not-a-resume"), lean.advice().checks().stream().map(Check::id).toList());
    assertTrue(lean.advice().rewrites().isEmpty());
  }

  @Test
  void aResumeRankedAloneCarriesNoChecksAndNoRewrites() throws Exception {
    ExtractedDocument resume = sample("thin-tpm-resume.txt");
    Report full = keyfit.analyze(resume, AnalysisOptions.defaults());
    Report lean = keyfit.analyzeForRanking(resume, AnalysisOptions.defaults());
    assertFalse(full.advice().checks().isEmpty());
    assertTrue(lean.advice().checks().isEmpty());
    assertTrue(lean.advice().rewrites().isEmpty());
    assertEquals(full.advice().target(), lean.advice().target());
  }
}
