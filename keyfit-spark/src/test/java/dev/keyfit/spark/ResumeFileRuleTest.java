package dev.keyfit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ResumeFileRuleTest {

  @Test
  void resumeExtensionsAreTakenByName() {
    assertNull(ResumeFileRule.skipReason("a/b/cv.PDF"));
    assertNull(ResumeFileRule.skipReason("cv.markdown"));
  }

  @Test
  void hiddenFilesFoldersAndLockFilesAreSkippedAsTheBatchSkipsThem() {
    assertEquals("hidden folder", ResumeFileRule.skipReason(".git/cv.txt"));
    assertEquals("hidden file", ResumeFileRule.skipReason("a/.cv.txt"));
    assertEquals("office lock file", ResumeFileRule.skipReason("~$cv.docx"));
    assertEquals("office lock file", ResumeFileRule.skipReason(".~lock.cv.docx#"));
  }

  @Test
  void otherNamesAreDecidedByTheirContentAsTheBatchDecides() throws IOException {
    assertEquals("", ResumeFileRule.skipReason("scan-0001"));
    assertTrue(
        ResumeFileRule.isResumeByContent(
            "scan-0001", Files.readAllBytes(Path.of("samples/tpm-resume.pdf"))));
    assertTrue(
        ResumeFileRule.isResumeByContent(
            "scan-0002", Files.readAllBytes(Path.of("samples/pm-resume.doc"))));
    assertFalse(
        ResumeFileRule.isResumeByContent(
            "photo", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}));
    assertEquals("not a resume (.jpg)", ResumeFileRule.notAResume("a/photo.jpg"));
    assertEquals("not a resume (.no extension)", ResumeFileRule.notAResume("README"));
  }
}
