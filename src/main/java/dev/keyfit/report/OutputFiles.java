package dev.keyfit.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(OutputFiles::cleanUp, "keyfit-output-cleanup"));
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
    Temporary tmp = newTemporary(dir, absolute.getFileName().toString());
    PENDING.add(tmp.path());
    try {
      try (OutputStream out = Channels.newOutputStream(tmp.channel())) {
        body.write(out);
      }
      try {
        Files.move(tmp.path(), absolute, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp.path(), absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      tmp.channel().close();
      Files.deleteIfExists(tmp.path());
      PENDING.remove(tmp.path());
    }
  }

  private record Temporary(Path path, SeekableByteChannel channel) {}

  /**
   * Creates and opens an exclusive temporary file next to the target ({@code O_EXCL}, so a planted
   * file or symlink is never followed). Unlike {@code Files.createTempFile}, which is always 0600,
   * it gets the usual permissions under the user's umask, so a report is as readable as any file
   * the user saves.
   */
  private static Temporary newTemporary(Path dir, String name) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path tmp = dir.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
      try {
        return new Temporary(tmp, Files.newByteChannel(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
      } catch (FileAlreadyExistsException e) {
        if (attempt == 100) {
          throw e;
        }
      }
    }
  }

  /** Removes temporary files left by a write that Ctrl-C interrupted. */
  private static void cleanUp() {
    for (Path tmp : PENDING) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException e) {
        // best effort while the JVM exits
      }
    }
  }
}
