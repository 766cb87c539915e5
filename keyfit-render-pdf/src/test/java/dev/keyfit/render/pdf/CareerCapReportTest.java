package dev.keyfit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.AnalysisOptions;
import dev.keyfit.report.Report;
import dev.keyfit.report.ReportFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A resume whose score the career's ceiling holds down is told so at the top, in every format, with
 * what would lift it; the score line says what the keywords alone would give.
 */
class CareerCapReportTest {

  private static final Path STUDENT =
      Path.of("keyfit-core/src/test/resources/career/student-keyword-dense.txt");

  @Test
  void aKeywordDenseStudentIsToldThatDatedRolesNotKeywordsLiftTheScore() throws Exception {
    Report report = GoldenFiles.keyfit().analyze(STUDENT, AnalysisOptions.defaults());
    for (ReportFormat format : new ReportFormat[] {ReportFormat.TEXT, ReportFormat.MARKDOWN}) {
      String text = new String(GoldenFiles.render(report, format), StandardCharsets.UTF_8);
      String flat = text.replaceAll("\\s+", " ");
      assertTrue(flat.contains("Your career caps this score at"), format + ": " + text);
      assertTrue(flat.contains("more keywords will not raise it"), format + ": " + text);
      assertTrue(
          flat.contains("Without the career's cap it would be") || format != ReportFormat.TEXT);
      assertTrue(flat.contains("this career allows at most"), format + ": " + text);
    }
  }

  @Test
  void aCareerThatDoesNotCapTheScoreGetsNoCareerLine() throws Exception {
    Report report =
        GoldenFiles.keyfit().analyze(Path.of("samples/pm-resume.docx"), AnalysisOptions.defaults());
    String text = new String(GoldenFiles.render(report, ReportFormat.TEXT), StandardCharsets.UTF_8);
    assertFalse(text.contains("Your career caps this score"), text);
  }
}
