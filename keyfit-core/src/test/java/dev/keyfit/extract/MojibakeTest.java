package dev.keyfit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class MojibakeTest {

  @Test
  void utf8ReadAsWindows1252IsDecoded() {
    assertEquals(
        "Manager’s “plan” – done…", Mojibake.of("Managerâ€™s â€œplanâ€\u009d â€“ doneâ€¦").text());
    assertEquals("•30 – Hour OSHA", Mojibake.of("â€¢30 â€“ Hour OSHA").text());
    assertEquals("Café · Zürich ®", Mojibake.of("CafÃ© Â· ZÃ¼rich Â®").text());
  }

  @Test
  void accentedTextAsWrittenIsLeftAlone() {
    for (String text : List.of("résumé", "Ångström", "naïve café", "São Paulo", "Â alone", "â€")) {
      assertSame(text, Mojibake.of(text).text(), text);
    }
  }

  @Test
  void theNormalizerRepairsBeforeItReadsBullets() {
    String text =
        TextNormalizer.normalize("Certifications\nâ€¢30 â€“ Hour OSHA Construction\n", 1000, null);
    assertEquals("Certifications\n• 30 – Hour OSHA Construction", text);
  }

  @Test
  void aRepairedTextGetsANoteWithItsFirstVisibleExample() {
    assertEquals(
        "2 places of the text are garbled (UTF-8 read as Windows-1252, e.g. \u201c\u00e2\u20ac\u2122\u201d"
            + " for \u201c\u2019\u201d); keyfit read them as meant, but an ATS may not",
        Mojibake.of("Company\u00e2\u20ac\u2039 Managerâ€™s plan").note());
    assertEquals(null, Mojibake.of("résumé").note());
    assertEquals(
        "1 place of the text are garbled (UTF-8 read as Windows-1252, e.g. \u201c\u00e2\u20ac\u2039\u201d"
            + " for \u201ca zero-width space\u201d); keyfit read them as meant, but an ATS may not",
        Mojibake.of("Company\u00e2\u20ac\u2039 Name").note(),
        "with no visible repair, the invisible one is the example");
    List<String> notes = new java.util.ArrayList<>();
    TextNormalizer.normalize("Managerâ€™s plan", 1000, notes);
    assertEquals(1, notes.size(), notes.toString());
    TextNormalizer.normalize("Manager’s plan", 1000, notes);
    assertEquals(1, notes.size(), "no note for clean text");
  }
}
