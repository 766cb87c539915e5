package dev.keyfit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.match.Evidence;
import dev.keyfit.match.Match;
import dev.keyfit.nlp.Section;
import dev.keyfit.render.Renderer;
import dev.keyfit.render.Renderers;
import dev.keyfit.report.Report;
import dev.keyfit.report.ReportFixtures;
import dev.keyfit.report.ReportFormat;
import dev.keyfit.score.Assessment;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A resume that repeats a term on tens of thousands of lines renders in linear time. */
class ManyEvidenceRenderTest {

  @Test
  @Timeout(
      value = 60,
      unit = TimeUnit.SECONDS) // the rescanning comparator took 56 s per format at 28k lines
  void tensOfThousandsOfEvidenceLinesRenderInEveryFormat() throws Exception {
    Report base = ReportFixtures.withJobMatch();
    Match first = base.assessment().matches().get(0);
    List<Evidence> evidence = new ArrayList<>();
    for (int i = 0; i < 30_000; i++) {
      evidence.add(
          new Evidence(30_000 - i, "Used Jira on line " + i, Section.EXPERIENCE, i % 7 == 0));
    }
    List<Match> matches = new ArrayList<>(base.assessment().matches());
    matches.set(0, new Match(first.term(), evidence.size(), evidence));
    Assessment a = base.assessment();
    Report report =
        new Report(
            base.tool(),
            base.source(),
            new Assessment(matches, a.roles(), a.bestFit(), a.jobMatch()),
            base.advice());
    for (ReportFormat format : List.of(ReportFormat.values())) {
      if (format == ReportFormat.PDF || Renderers.forFormat(format).isEmpty()) {
        continue; // a PDF of 30k lines is slow for its own reasons (page layout)
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Renderers.forFormat(format).get().render(report, Renderer.RenderOptions.PLAIN, out);
      assertTrue(out.size() > 0, format + " rendered");
    }
  }
}
