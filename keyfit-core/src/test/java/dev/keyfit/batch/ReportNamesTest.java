package dev.keyfit.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReportNamesTest {

  @Test
  void sameNamedFilesInTwoFoldersGetDistinctNames() {
    assertNotEquals(
        ReportNames.name(Path.of("a", "cv.pdf"), "json"),
        ReportNames.name(Path.of("b", "cv.pdf"), "json"));
    assertNotEquals(
        ReportNames.name(Path.of("a_cv.pdf"), "json"),
        ReportNames.name(Path.of("a", "cv.pdf"), "json"));
  }

  @Test
  void namesAreSafeForEveryFileSystem() {
    String name =
        ReportNames.name(Path.of("..", "Jöhn Doe ‮fdp.exe; rm -rf ~", "..cv (final).pdf"), "html");
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

  @Test
  void aReportNameNeverStartsWithADash() {
    assertTrue(!ReportNames.name(java.nio.file.Path.of("-rf.pdf"), "html").startsWith("-"));
    assertTrue(!ReportNames.name(java.nio.file.Path.of("--help.pdf"), "html").startsWith("-"));
  }

  @Test
  void namesWhoseShortHashesCollideStillGetDistinctReports() {
    // 'a' + two non-ASCII letters + 'b' all read "a_b"; among 200k of them two share the 32-bit
    // hash
    java.util.Map<String, java.nio.file.Path> seen = new java.util.HashMap<>();
    java.nio.file.Path first = null;
    java.nio.file.Path second = null;
    for (char c1 = '\u0400'; c1 < '\u05C4' && first == null; c1++) {
      for (char c2 = '\u4E00'; c2 < '\u4FC4'; c2++) {
        java.nio.file.Path p = java.nio.file.Path.of("a" + c1 + c2 + "b.pdf");
        java.nio.file.Path other = seen.putIfAbsent(ReportNames.name(p, "html"), p);
        if (other != null) {
          first = other;
          second = p;
          break;
        }
      }
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(
        first != null, "no 32-bit collision among the candidates");
    assertEquals(
        ReportNames.name(first, "html"), ReportNames.name(second, "html"), "a real collision");
    java.util.Map<java.nio.file.Path, String> unique =
        ReportNames.unique(java.util.List.of(first, second, java.nio.file.Path.of("cv.pdf")));
    assertEquals(3, new java.util.HashSet<>(unique.values()).size(), unique.toString());
    assertEquals(
        ReportNames.name(java.nio.file.Path.of("cv.pdf"), "html"),
        unique.get(java.nio.file.Path.of("cv.pdf")) + ".html",
        "names without a collision keep the usual form");
  }
}
