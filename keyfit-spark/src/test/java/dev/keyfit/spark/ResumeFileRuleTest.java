package dev.keyfit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
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
  void otherNamesAreDecidedByTheirFirstBytes() {
    assertEquals("", ResumeFileRule.skipReason("scan-0001"));
    assertTrue(ResumeFileRule.looksLikeDocument("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));
    assertTrue(
        ResumeFileRule.looksLikeDocument(
            new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0}));
    assertFalse(ResumeFileRule.looksLikeDocument(new byte[] {(byte) 0xFF, (byte) 0xD8}));
    assertEquals("not a resume (.jpg)", ResumeFileRule.notAResume("a/photo.jpg"));
    assertEquals("not a resume (.no extension)", ResumeFileRule.notAResume("README"));
  }
}
