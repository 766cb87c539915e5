package dev.keyfit.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.keyfit.report.ReportFormat;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A report is rendered once per format and kept for the next request, the newest few only. */
class RendersTest {

  private final List<String> rendered = new ArrayList<>();
  private final Renders renders =
      new Renders(
          (report, format) -> {
            rendered.add(format.name());
            return (format.name() + " #" + rendered.size()).getBytes(StandardCharsets.UTF_8);
          });

  @Test
  void aSecondRequestOfTheSameReportAndFormatIsNotRenderedAgain() throws Exception {
    byte[] first = renders.get("scan 1", null, ReportFormat.HTML);
    assertSame(first, renders.get("scan 1", null, ReportFormat.HTML));
    assertEquals(List.of("HTML"), rendered);
  }

  @Test
  void eachFormatAndEachReportIsRenderedOnItsFirstRequest() throws Exception {
    renders.get("scan 1", null, ReportFormat.HTML);
    byte[] pdf = renders.get("scan 1", null, ReportFormat.PDF);
    renders.get("scan 2", null, ReportFormat.HTML);
    assertEquals(List.of("HTML", "PDF", "HTML"), rendered);
    assertArrayEquals("PDF #2".getBytes(StandardCharsets.UTF_8), pdf);
  }

  @Test
  void onlyTheNewestRendersAreKept() throws Exception {
    for (int i = 0; i <= Renders.KEPT; i++) {
      renders.get("scan " + i, null, ReportFormat.JSON);
    }
    renders.get("scan " + Renders.KEPT, null, ReportFormat.JSON);
    assertEquals(Renders.KEPT + 1, rendered.size(), "the newest is still kept");
    renders.get("scan 0", null, ReportFormat.JSON);
    assertEquals(Renders.KEPT + 2, rendered.size(), "the oldest was dropped and is rendered again");
  }
}
