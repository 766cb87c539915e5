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

  @Test
  void rangesWithASoftHyphenOrAnyUnicodeDashAreRead() throws Exception {
    String text =
        java.nio.file.Files.readString(
            java.nio.file.Path.of(
                "keyfit-core/src/test/resources/dev/keyfit/advise/unicode-dashes.txt"));
    Check c = check(text);
    assertEquals(Check.Status.PASS, c.status(), c.message());
    assertTrue(c.message().startsWith("5 date ranges"), c.message());
  }

  @Test
  void aSoftHyphenBetweenYearsSurvivesExtractionAsADash() throws Exception {
    var doc =
        dev.keyfit.extract.Extractors.standard()
            .extract(
                dev.keyfit.extract.DocumentSource.of(
                    "r.txt",
                    "Experience\nPM, Acme 2019\u00AD2021\nPM, Globex 2016 \u00AD 2019\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                dev.keyfit.extract.ExtractionLimits.DEFAULT);
    assertTrue(doc.text().contains("2019-2021"), doc.text());
    Check c = DateCheck.run(Stages.of(Fixtures.keyfit()).annotate(doc));
    assertTrue(c.message().startsWith("2 date ranges"), c.message());
  }

  @Test
  void aHyphenWithoutDatesIsNoRange() {
    assertEquals(
        Check.Status.WARN, check("Experience\nPM, Acme — 2020\n- Led the rollout\n").status());
  }
}
