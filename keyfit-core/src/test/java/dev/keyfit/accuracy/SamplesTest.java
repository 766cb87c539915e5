package dev.keyfit.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.AnalysisOptions;
import dev.keyfit.Keyfit;
import dev.keyfit.keywords.Role;
import dev.keyfit.report.JsonReport;
import dev.keyfit.report.Report;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled samples, end to end through every extractor: the scores a new user sees first. */
class SamplesTest {

  private static Keyfit keyfit;

  @BeforeAll
  static void load() throws Exception {
    keyfit = Keyfit.create();
  }

  private static Report scan(String name) throws Exception {
    return keyfit.analyze(Path.of("samples", name), AnalysisOptions.defaults());
  }

  private static int score(Report r, Role role) {
    return r.assessment().role(role).orElseThrow().score();
  }

  @Test
  void aStrongTpmResumeScoresClearlyHigherForTpmThanAThinOne() throws Exception {
    Report strong = scan("tpm-resume.pdf");
    Report thin = scan("thin-tpm-resume.txt");
    assertEquals(Optional.of(Role.TPM), strong.assessment().bestFit());
    assertTrue(score(strong, Role.TPM) >= 80, "strong TPM " + score(strong, Role.TPM));
    assertTrue(score(thin, Role.TPM) <= 30, "thin TPM " + score(thin, Role.TPM));
  }

  @Test
  void theNurseFitsNeitherRole() throws Exception {
    Report nurse = scan("nurse-resume.docx");
    assertEquals(Optional.empty(), nurse.assessment().bestFit());
    assertTrue(
        nurse.assessment().matches().stream()
            .noneMatch(
                m ->
                    m.id().equals("monday-com")
                        || m.id().equals("jenkins")
                        || m.id().equals("rally")
                        || m.id().equals("swift")
                        || m.id().equals("puppet")),
        nurse.assessment().matches().toString());
  }

  @Test
  void thePmResumeFitsPmInDocxAndDocAlike() throws Exception {
    Report docx = scan("pm-resume.docx");
    Report doc = scan("pm-resume.doc");
    assertEquals(Optional.of(Role.PM), docx.assessment().bestFit());
    assertEquals(score(docx, Role.PM), score(doc, Role.PM));
    assertEquals(
        docx.assessment().matches().stream().map(m -> m.id()).toList(),
        doc.assessment().matches().stream().map(m -> m.id()).toList());
  }

  @Test
  void aTpmResumeMatchesTheTpmPostingBetterThanTheConstructionPosting() throws Exception {
    var tpm =
        keyfit.analyze(
            Path.of("samples", "tpm-resume.pdf"),
            AnalysisOptions.defaults().withJobPosting(Path.of("samples", "tpm-posting.txt")));
    var construction =
        keyfit.analyze(
            Path.of("samples", "tpm-resume.pdf"),
            AnalysisOptions.defaults()
                .withJobPosting(Path.of("samples", "construction-pm-posting.txt")));
    assertTrue(
        tpm.assessment().jobMatch().matchRate()
            > construction.assessment().jobMatch().matchRate() + 25);
  }

  @Test
  void scanningTwiceGivesByteIdenticalJson() throws Exception {
    String first = JsonReport.text(JsonReport.tree(scan("tpm-resume.pdf")));
    String second = JsonReport.text(JsonReport.tree(scan("tpm-resume.pdf")));
    assertEquals(first, second);
  }
}
