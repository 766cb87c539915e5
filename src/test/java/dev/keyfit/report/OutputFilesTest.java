package dev.keyfit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {

  @TempDir Path dir;

  @Test
  void writesTheFileAndLeavesNoTemporaryFile() throws IOException {
    Path target = dir.resolve("gap.md");
    OutputFiles.write(target, List.of(), out -> out.write("# hi\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals("# hi\n", Files.readString(target));
    assertEquals(List.of(target), list());
  }

  @Test
  void reportGetsTheUsualPermissionsNotPrivateTempOnes() throws IOException {
    Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path ordinary = Files.createFile(dir.resolve("ordinary"));
    Path target = dir.resolve("gap.html");
    OutputFiles.write(target, List.of(), out -> out.write('x'));
    assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(target));
  }

  @Test
  void directoryTargetIsRefused() {
    IOException e = assertThrows(IOException.class, () -> OutputFiles.write(dir, List.of(), out -> {}));
    assertTrue(e.getMessage().contains("is a directory"), e.getMessage());
  }

  @Test
  void inputIsNeverOverwritten() throws IOException {
    Path resume = dir.resolve("resume.txt");
    Files.writeString(resume, "my resume");
    IOException e = assertThrows(IOException.class,
        () -> OutputFiles.write(dir.resolve("./resume.txt"), List.of(resume), out -> out.write('x')));
    assertTrue(e.getMessage().contains("is one of the inputs"), e.getMessage());
    assertEquals("my resume", Files.readString(resume));
  }

  @Test
  void inputReachedThroughASymlinkIsNeverOverwritten() throws IOException {
    Path resume = dir.resolve("resume.txt");
    Files.writeString(resume, "my resume");
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), resume);
    assertThrows(IOException.class, () -> OutputFiles.write(link, List.of(resume), out -> out.write('x')));
    assertEquals("my resume", Files.readString(resume));
  }

  @Test
  void missingOrUnwritableFolderFails() throws IOException {
    assertThrows(IOException.class,
        () -> OutputFiles.write(dir.resolve("no/such/folder/gap.html"), List.of(), out -> {}));
    Path file = Files.writeString(dir.resolve("plain-file"), "x");
    assertThrows(IOException.class, () -> OutputFiles.write(file.resolve("gap.html"), List.of(), out -> {}));
  }

  @Test
  void failedWriteKeepsThePreviousReport() throws IOException {
    Path target = Files.writeString(dir.resolve("gap.html"), "old");
    assertThrows(IOException.class, () -> OutputFiles.write(target, List.of(), out -> {
      out.write("half".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk full");
    }));
    assertEquals("old", Files.readString(target));
    assertEquals(List.of(target), list());
  }

  private List<Path> list() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }
}
