package dev.keyfit.advise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.extract.DocumentFormat;
import dev.keyfit.extract.ExtractedDocument;
import dev.keyfit.extract.LayoutSignals;
import dev.keyfit.testing.Stages;
import org.junit.jupiter.api.Test;

class DateCheckTest {

  private static Check check(String text) {
    var doc = new ExtractedDocument("r.txt", DocumentFormat.TEXT, text, LayoutSignals.ofText(text));
    return DateCheck.run(Stages.of(Fixtures.keyfit()).annotate(doc));
  }

  @Test
  void oneFormatPasses() {
    Check c =
        check("Experience\nPM, Acme — Jan 2020 – Present\nPM, Globex — Mar 2016 – Dec 2019\n");
    assertEquals(Check.Status.PASS, c.status());
    assertTrue(c.message().startsWith("2 date ranges"), c.message());
  }

  @Test
  void mixedFormatsWarnWithExamples() {
    Check c =
        check(
            "Experience\nPM, Acme — Jan 2020 – Present\nPM, Globex — 03/2016 - 12/2019\nAPM, Initech 2014 - 2016\n");
    assertEquals(Check.Status.WARN, c.status());
    assertTrue(
        c.message().contains("'Jan 2020'")
            && c.message().contains("'03/2016'")
            && c.message().contains("'2014'"),
        c.message());
  }

  @Test
  void endBeforeStartWarnsWithTheLine() {
    Check c = check("Experience\nPM, Acme — Jan 2021 – Mar 2019\n");
    assertEquals(Check.Status.WARN, c.status());
    assertTrue(c.message().contains("line 2"), c.message());
  }

  @Test
  void noRangesWarn() {
    assertEquals(Check.Status.WARN, check("Experience\n- Led projects\n").status());
  }
}
