package dev.keyfit.server;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;

/** Private temporary folders: readable by the owner only, deleted with everything in them. */
final class PrivateFiles {

  private PrivateFiles() {}

  /** A new folder only its owner may open (rwx------ where the file system has permissions). */
  static Path folder(Path parent, String prefix) throws IOException {
    try {
      return parent == null
          ? Files.createTempDirectory(
              prefix,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
          : Files.createTempDirectory(
              parent,
              prefix,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } catch (UnsupportedOperationException e) {
      Path dir =
          parent == null
              ? Files.createTempDirectory(prefix)
              : Files.createTempDirectory(parent, prefix);
      dir.toFile().setReadable(false, false);
      dir.toFile().setReadable(true, true);
      dir.toFile().setWritable(false, false);
      dir.toFile().setWritable(true, true);
      dir.toFile().setExecutable(false, false);
      dir.toFile().setExecutable(true, true);
      return dir;
    }
  }

  /** Deletes a folder and everything in it, links not followed; quietly, as much as it can. */
  static void delete(Path dir) {
    if (dir == null || !Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Files.deleteIfExists(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
              Files.deleteIfExists(d);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      // what is left is inside a private folder under the temporary folder
    }
  }
}
