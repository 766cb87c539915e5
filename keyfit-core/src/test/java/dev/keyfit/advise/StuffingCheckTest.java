package dev.keyfit.advise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.keyfit.AnalysisOptions;
import dev.keyfit.Keyfit;
import dev.keyfit.report.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keyword stuffing is repetition in one line or far above a natural rate, not use across jobs. */
class StuffingCheckTest {

  private static Keyfit keyfit;

  @BeforeAll
  static void load() throws Exception {
    keyfit = Keyfit.create();
  }

  private static Check stuffing(Path file) throws Exception {
    return Fixtures.check(keyfit.analyze(file, AnalysisOptions.defaults()), "keyword-stuffing");
  }

  private static Path resource(String name) {
    return Path.of("keyfit-core/src/test/resources/dev/keyfit/advise", name);
  }

  @Test
  void aSkillUsedInEveryJobIsNotStuffing() throws Exception {
    Check c = stuffing(resource("aspnet-across-jobs.txt"));
    assertEquals(Check.Status.PASS, c.status(), c.message());
  }

  @Test
  void aTermRepeatedInOneListFailsNamingTheLine() throws Exception {
    Check c = stuffing(resource("repeated-in-one-line.txt"));
    assertEquals(Check.Status.FAIL, c.status(), c.message());
    assertTrue(c.message().contains("'Jira' ×4 in line 5"), c.message());
  }

  @Test
  void theCorpusAspNetResumeIsNotFlagged() throws Exception {
    Path file = Path.of("../shared/corpus/real/resumes/lc-aspnet-web-developer-12763627.pdf");
    assumeTrue(Files.exists(file), "corpus absent");
    Check c = stuffing(file);
    assertTrue(c.status() != Check.Status.FAIL, c.message());
  }

  @Test
  void aFamilyOfProductNamesIsNotRepetition() {
    assertEquals(0, StuffingCheck.standalone("AWS Lambda, AWS S3, AWS EKS", "AWS"));
    assertEquals(3, StuffingCheck.standalone("Jira, Jira; Jira", "Jira"));
    assertEquals(3, StuffingCheck.standalone("Agile Agile Agile", "agile"));
    assertEquals(3, StuffingCheck.occurrences("AWS Lambda, AWS S3, AWS EKS", "aws"));
  }

  @Test
  void theFixtureKeywordBlockStillFails() throws Exception {
    Report stuffed = Fixtures.analyze("stuffed-resume.txt", null);
    Check c = Fixtures.check(stuffed, "keyword-stuffing");
    assertEquals(Check.Status.FAIL, c.status());
    assertTrue(c.message().contains("in line"), c.message());
  }
}
