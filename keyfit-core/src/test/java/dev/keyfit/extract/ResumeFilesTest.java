package dev.keyfit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResumeFilesTest {

  @TempDir Path dir;

  private Path write(String name, byte[] bytes) throws Exception {
    return Files.write(dir.resolve(name), bytes);
  }

  @Test
  void aPdfWithJunkBeforeItsHeaderIsAResumeForTheWalkAsForExtraction() throws Exception {
    byte[] junk = "garbage before the header\n%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    Path file = write("scan-0001", junk);
    assertTrue(ResumeFiles.isResume(file));
    assertEquals(DocumentFormat.PDF, new FormatDetector().detect(DocumentSource.of(file)).format());
  }

  @Test
  void aDocxWithoutExtensionIsAResumeAndAnImageIsNot() throws Exception {
    assertTrue(ResumeFiles.isResume(write("cv", DocxFixtures.bytes(DocxFixtures.features()))));
    assertFalse(
        ResumeFiles.isResume(write("photo", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0})));
    assertFalse(ResumeFiles.isResume(write("LICENSE", "plain words".getBytes())));
  }

  @Test
  void everyExtensionComesFromTheFormats() {
    assertEquals(
        Set.of("pdf", "docx", "doc", "txt", "text", "md", "markdown"),
        DocumentFormat.allExtensions());
    assertTrue(ResumeFiles.hasResumeExtension("CV.PDF"));
    assertFalse(ResumeFiles.hasResumeExtension("cv.png"));
    assertEquals(DocumentFormat.MARKDOWN, DocumentFormat.fromExtension("markdown").orElseThrow());
  }

  @Test
  void theFormatNamesForPeopleComeFromTheEnum() {
    assertEquals("PDF, DOCX, DOC, TXT, Markdown", DocumentFormat.namesList());
    assertEquals(
        "save the resume as PDF, DOCX, DOC, TXT or Markdown", Failure.UNSUPPORTED.remedy());
  }
}
