package dev.keyfit.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderWalkerTest {

  @TempDir Path dir;

  private void touch(String rel, String content) throws IOException {
    Path p = dir.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
  }

  private static List<String> names(FolderWalker.Walk walk) {
    return walk.files().stream().map(FolderWalker::display).toList();
  }

  private static Map<String, String> skips(FolderWalker.Walk walk) {
    return walk.skipped().stream()
        .collect(Collectors.toMap(FileOutcome::source, FileOutcome.Skipped::reason));
  }

  @Test
  void takesResumesSortedAndListsWhatItSkips() throws IOException {
    touch("b.pdf", "%PDF-1.7");
    touch("a/cv.docx", "x");
    touch("a/~$cv.docx", "x");
    touch(".~lock.cv.docx#", "x");
    touch(".hidden.txt", "x");
    touch(".git/config.txt", "x");
    touch("photo.png", "x");
    touch("renamed.bin", "%PDF-1.4 really a pdf");
    Files.createSymbolicLink(dir.resolve("link.txt"), dir.resolve("b.pdf"));

    FolderWalker.Walk walk = FolderWalker.walk(dir, FolderWalker.Settings.defaults());

    assertEquals(List.of("a/cv.docx", "b.pdf", "renamed.bin"), names(walk));
    assertEquals(
        Map.of(
            "a/~$cv.docx", "office lock file",
            ".~lock.cv.docx#", "office lock file",
            ".hidden.txt", "hidden file",
            ".git", "hidden folder",
            "photo.png", "not a resume (.png)",
            "link.txt", "symbolic link (not followed)"),
        skips(walk));
  }

  @Test
  void includeExcludeAndNoRecursiveNarrowTheWalk() throws IOException {
    touch("a.pdf", "x");
    touch("b.txt", "x");
    touch("old/c.pdf", "x");
    touch("new/d.pdf", "x");

    assertEquals(
        List.of("a.pdf", "new/d.pdf", "old/c.pdf"),
        names(
            FolderWalker.walk(
                dir, new FolderWalker.Settings(true, List.of("*.pdf"), List.of(), List.of()))));
    assertEquals(
        List.of("a.pdf", "b.txt", "new/d.pdf"),
        names(
            FolderWalker.walk(
                dir, new FolderWalker.Settings(true, List.of(), List.of("old"), List.of()))));
    assertEquals(
        List.of("a.pdf", "b.txt"),
        names(
            FolderWalker.walk(
                dir, new FolderWalker.Settings(false, List.of(), List.of(), List.of()))));
  }

  @Test
  void excludedPathsSuchAsTheReportsFolderAreNeverWalked() throws IOException {
    touch("a.txt", "x");
    touch("reports/a.txt-12345678.txt", "x");
    touch("ranking.md", "x");

    FolderWalker.Walk walk =
        FolderWalker.walk(
            dir,
            new FolderWalker.Settings(
                true,
                List.of(),
                List.of(),
                List.of(
                    dir.resolve("reports").toRealPath(), dir.toRealPath().resolve("ranking.md"))));

    assertEquals(List.of("a.txt"), names(walk));
  }
}
