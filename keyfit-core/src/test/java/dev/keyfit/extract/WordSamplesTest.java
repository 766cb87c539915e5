package dev.keyfit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Word demo files under {@code samples/} read as their author meant. */
class WordSamplesTest {

  private static final Path SAMPLES = Path.of("samples");

  private static ExtractedDocument read(Extractor extractor, String name)
      throws ExtractionException {
    return extractor.extract(SAMPLES.resolve(name), ExtractionLimits.DEFAULT);
  }

  @Test
  void pmDocxHasContactHeaderFirstAndSkillsTableAsAList() throws Exception {
    ExtractedDocument doc = read(new DocxExtractor(), "pm-resume.docx");
    List<String> lines = doc.lines();
    assertEquals("Maria Delgado, PMP", lines.get(0));
    assertTrue(lines.get(1).contains("maria.delgado@example.com"));
    int skills = lines.indexOf("CORE SKILLS");
    assertEquals(
        List.of("Budget management", "Schedule management", "Scope management"),
        lines.subList(skills + 1, skills + 4));
    assertEquals(1, doc.layout().tables());
    assertTrue(lines.contains("• Helped the sales team plan regional launch events."), doc.text());
  }

  @Test
  void pmDocAndDocxHaveTheSameBulletsAndWords() throws Exception {
    ExtractedDocument docx = read(new DocxExtractor(), "pm-resume.docx");
    ExtractedDocument doc = read(new DocExtractor(), "pm-resume.doc");
    assertEquals(bullets(docx), bullets(doc));
    assertEquals(docx.layout().words(), doc.layout().words());
    assertEquals(1, doc.layout().tables());
  }

  @Test
  void nurseDocxKeepsTheTrapPhrasesVerbatim() throws Exception {
    String text = read(new DocxExtractor(), "nurse-resume.docx").text();
    for (String trap :
        List.of(
            "Monday through Friday",
            "swift response to emergencies",
            "Rally the team",
            "Reported to Dr. Jenkins",
            "puppet shows for pediatric patients")) {
      assertTrue(text.contains(trap), trap);
    }
  }

  private static List<String> bullets(ExtractedDocument doc) {
    return doc.lines().stream().filter(l -> l.startsWith("• ")).collect(Collectors.toList());
  }
}
