package dev.keyfit.cli.io;

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
    OutputFiles.write(
        target, List.of(), out -> out.write("# hi\n".getBytes(StandardCharsets.UTF_8)));
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
    IOException e =
        assertThrows(IOException.class, () -> OutputFiles.write(dir, List.of(), out -> {}));
    assertTrue(e.getMessage().contains("is a directory"), e.getMessage());
  }

  @Test
  void inputIsNeverOverwritten() throws IOException {
    Path resume = dir.resolve("resume.txt");
    Files.writeString(resume, "my resume");
    IOException e =
        assertThrows(
            IOException.class,
            () ->
                OutputFiles.write(
                    dir.resolve("./resume.txt"), List.of(resume), out -> out.write('x')));
    assertTrue(e.getMessage().contains("is one of the inputs"), e.getMessage());
    assertEquals("my resume", Files.readString(resume));
  }

  @Test
  void inputReachedThroughASymlinkIsNeverOverwritten() throws IOException {
    Path resume = dir.resolve("resume.txt");
    Files.writeString(resume, "my resume");
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), resume);
    assertThrows(
        IOException.class, () -> OutputFiles.write(link, List.of(resume), out -> out.write('x')));
    assertEquals("my resume", Files.readString(resume));
  }

  @Test
  void missingOrUnwritableFolderFails() throws IOException {
    assertThrows(
        IOException.class,
        () -> OutputFiles.write(dir.resolve("no/such/folder/gap.html"), List.of(), out -> {}));
    Path file = Files.writeString(dir.resolve("plain-file"), "x");
    assertThrows(
        IOException.class, () -> OutputFiles.write(file.resolve("gap.html"), List.of(), out -> {}));
  }

  @Test
  void failedWriteKeepsThePreviousReport() throws IOException {
    Path target = Files.writeString(dir.resolve("gap.html"), "old");
    assertThrows(
        IOException.class,
        () ->
            OutputFiles.write(
                target,
                List.of(),
                out -> {
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

  @Test
  void aDeviceIsWrittenThroughNotReplaced() throws Exception {
    Path devNull = Path.of("/dev/null");
    Assumptions.assumeTrue(Files.exists(devNull));
    OutputFiles.write(
        devNull, List.of(), out -> out.write("report".getBytes(StandardCharsets.UTF_8)));
    assertTrue(!Files.isRegularFile(devNull), "/dev/null is still a device");
  }

  @Test
  void aFifoIsWrittenThroughNotReplaced() throws Exception {
    Path fifo = dir.resolve("pipe");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      Assumptions.abort("no mkfifo here");
      return;
    }
    Assumptions.assumeTrue(mkfifo.waitFor() == 0);
    java.util.concurrent.CompletableFuture<String> read =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () -> {
              try {
                return Files.readString(fifo);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    OutputFiles.write(
        fifo, List.of(), out -> out.write("ranking".getBytes(StandardCharsets.UTF_8)));
    assertEquals("ranking", read.get(30, java.util.concurrent.TimeUnit.SECONDS));
    assertTrue(!Files.isRegularFile(fifo), "the FIFO is still a FIFO");
  }

  @Test
  void aLinkToARegularFileKeepsTheLinkAndReplacesTheFile() throws IOException {
    Path real = Files.writeString(dir.resolve("real.md"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.md"), real);
    OutputFiles.write(link, List.of(), out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
    assertTrue(Files.isSymbolicLink(link));
    assertEquals("new", Files.readString(real));
  }

  @Test
  void aPermissionErrorNamesTheReasonNotTheTemporaryFile() throws IOException {
    Path locked = Files.createDirectories(dir.resolve("locked"));
    locked.toFile().setWritable(false);
    try {
      Assumptions.assumeFalse(Files.isWritable(locked), "running as root");
      IOException e =
          assertThrows(
              IOException.class,
              () -> OutputFiles.write(locked.resolve("gap.md"), List.of(), out -> out.write('x')));
      assertTrue(e.getMessage().startsWith("permission denied"), e.getMessage());
      assertTrue(!e.getMessage().contains(".tmp"), e.getMessage());
    } finally {
      locked.toFile().setWritable(true);
    }
  }

  @Test
  void aTemporaryFileLeftByAKilledRunIsRemovedByTheNextWrite() throws IOException {
    Path target = dir.resolve("ranking.csv");
    Path stale = Files.createFile(dir.resolve(".ranking.csv.abc123.tmp"));
    Files.setLastModifiedTime(
        stale,
        java.nio.file.attribute.FileTime.from(
            java.time.Instant.now().minus(java.time.Duration.ofHours(1))));
    Path fresh =
        Files.createFile(dir.resolve(".ranking.csv.def456.tmp")); // another run writing now
    OutputFiles.write(target, List.of(), out -> out.write('x'));
    assertTrue(!Files.exists(stale), "the stale temporary file is gone");
    assertTrue(Files.exists(fresh), "a recent one may belong to a run in progress");
  }
}
