package dev.keyfit.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReportNamesTest {

  @Test
  void sameNamedFilesInTwoFoldersGetDistinctNames() {
    assertNotEquals(ReportNames.name(Path.of("a", "cv.pdf"), "json"), ReportNames.name(Path.of("b", "cv.pdf"), "json"));
    assertNotEquals(ReportNames.name(Path.of("a_cv.pdf"), "json"), ReportNames.name(Path.of("a", "cv.pdf"), "json"));
  }

  @Test
  void namesAreSafeForEveryFileSystem() {
    String name = ReportNames.name(Path.of("..", "Jöhn Doe ‮fdp.exe; rm -rf ~", "..cv (final).pdf"), "html");
    assertTrue(name.matches("[A-Za-z0-9][A-Za-z0-9._-]*-[0-9a-f]{8}\\.html"), name);
    assertTrue(ReportNames.name(Path.of("CON.pdf"), "json").startsWith("resume_CON"));
    assertTrue(ReportNames.name(Path.of("x".repeat(300) + ".pdf"), "json").length() < 120);
  }

  @Test
  void targetStaysInsideTheReportsFolder() {
    Path out = Path.of("/tmp/reports");
    Path target = ReportNames.target(out, Path.of("..", "..", "etc", "passwd"), "json");
    assertEquals(out, target.getParent());
  }
}
