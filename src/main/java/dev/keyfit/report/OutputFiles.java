package dev.keyfit.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;

/**
 * Writes output files atomically: into a temporary file in the target's folder, then moved over
 * the target, so a failure never leaves a half-written report and the previous one survives.
 */
public final class OutputFiles {

  /** Writes the content of a file. */
  @FunctionalInterface
  public interface Body {
    void write(OutputStream out) throws IOException;
  }

  private OutputFiles() {}

  /**
   * Writes {@code target} atomically.
   *
   * @param inputs files that must never be overwritten (the resumes and postings read)
   * @throws IOException with a one-line message when the target is a directory, is an input, or
   *     cannot be written
   */
  public static void write(Path target, Collection<Path> inputs, Body body) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    if (Files.isDirectory(absolute)) {
      throw new IOException(target + " is a directory; give a file name such as report.html");
    }
    for (Path input : inputs) {
      if (Files.exists(absolute) && Files.exists(input) && Files.isSameFile(absolute, input)) {
        throw new IOException(target + " is one of the inputs; refusing to overwrite it");
      }
    }
    Path dir = absolute.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new IOException("the folder " + (dir == null ? target : dir) + " does not exist");
    }
    Path tmp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        body.write(out);
      }
      try {
        Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
