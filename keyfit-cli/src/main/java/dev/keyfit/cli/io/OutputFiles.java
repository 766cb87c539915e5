package dev.keyfit.cli.io;

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
 * Writes output files atomically: into a temporary file in the target's folder, then moved over the
 * target, so a failure never leaves a half-written report and the previous one survives.
 */
public final class OutputFiles {

  /** Writes the content of a file. */
  @FunctionalInterface
  public interface Body {
    void write(OutputStream out) throws IOException;
  }

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

  private OutputFiles() {}

  /**
   * Writes {@code target}. A regular file (or a new one) is written through a temporary file in its
   * folder and an atomic rename, so a failure never leaves a half-written file and the previous one
   * survives; a symbolic link to a regular file keeps the link and replaces the file it points to.
   * Anything else (a device such as {@code /dev/null}, {@code /dev/stdout}, a FIFO, a link to a
   * file descriptor) is written through in place, never replaced by a regular file.
   *
   * @param inputs files that must never be overwritten (the resumes and postings read)
   * @throws IOException with a one-line message naming the reason (the caller names the target)
   *     when the target is a directory, is an input, or cannot be written
   */
  public static void write(Path target, Collection<Path> inputs, Body body) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    if (Files.isDirectory(absolute)) {
      throw new IOException("it is a directory; give a file name such as report.html");
    }
    for (Path input : inputs) {
      if (Files.exists(absolute) && Files.exists(input) && Files.isSameFile(absolute, input)) {
        throw new IOException("it is one of the inputs; refusing to overwrite it");
      }
    }
    if (writesInPlace(absolute)) {
      try (OutputStream out = Files.newOutputStream(absolute, StandardOpenOption.WRITE)) {
        body.write(out);
      } catch (IOException e) {
        throw new IOException(reason(e), e);
      }
      return;
    }
    if (Files.isSymbolicLink(absolute)) {
      absolute =
          absolute.toRealPath(); // a link to a regular file: replace that file, keep the link
    }
    Path dir = absolute.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new IOException("the folder " + (dir == null ? target : dir) + " does not exist");
    }
    removeStaleTemporaries(dir, absolute.getFileName().toString());
    Temporary tmp;
    try {
      tmp = newTemporary(dir, absolute.getFileName().toString());
    } catch (IOException e) {
      throw new IOException(reason(e) + " (in the folder " + dir + ")", e);
    }
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
    } catch (java.nio.file.FileSystemException e) {
      throw new IOException(reason(e), e);
    } finally {
      tmp.channel().close();
      Files.deleteIfExists(tmp.path());
      PENDING.remove(tmp.path());
    }
  }

  /**
   * Whether the target is written in place: it exists and is not a regular file (device, FIFO,
   * socket), or it is a file descriptor's name ({@code /dev/stdout}, {@code /proc/self/fd/1}),
   * whatever that descriptor is open on.
   */
  static boolean writesInPlace(Path absolute) {
    if (absolute.startsWith("/dev/") || absolute.startsWith("/proc/")) {
      return Files.exists(absolute) || Files.isSymbolicLink(absolute);
    }
    if (!Files.exists(absolute)) {
      return false;
    }
    if (!Files.isRegularFile(absolute)) {
      return true;
    }
    try {
      Path real = absolute.toRealPath();
      return real.startsWith("/dev/") || real.startsWith("/proc/");
    } catch (IOException e) {
      return true; // a link to something without a path (a pipe, a socket): write through it
    }
  }

  /** A temporary file older than this was left by a killed run (kill -9), not one writing now. */
  static final java.time.Duration STALE = java.time.Duration.ofMinutes(10);

  /**
   * Deletes the temporary files of earlier writes of the same target that a killed process left
   * behind ({@code .NAME.<random>.tmp}, older than {@link #STALE}); best effort.
   */
  private static void removeStaleTemporaries(Path dir, String name) {
    String prefix = "." + name + ".";
    java.time.Instant cutoff = java.time.Instant.now().minus(STALE);
    try (java.nio.file.DirectoryStream<Path> stream =
        Files.newDirectoryStream(
            dir,
            p -> {
              String n = p.getFileName().toString();
              return n.startsWith(prefix)
                  && n.endsWith(".tmp")
                  && n.substring(prefix.length(), n.length() - 4).matches("[0-9a-z]{1,13}");
            })) {
      for (Path stale : stream) {
        if (Files.isRegularFile(stale, java.nio.file.LinkOption.NOFOLLOW_LINKS)
            && Files.getLastModifiedTime(stale, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                .toInstant()
                .isBefore(cutoff)) {
          Files.deleteIfExists(stale);
        }
      }
    } catch (IOException | RuntimeException e) {
      // best effort: a stale file costs nothing but space
    }
  }

  /** The reason of a file-system failure for people, without the (temporary) file's name. */
  static String reason(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason().toLowerCase(java.util.Locale.ROOT); // "no space left on device", …
    }
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
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
      Path tmp =
          dir.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
      try {
        return new Temporary(
            tmp,
            Files.newByteChannel(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
      } catch (FileAlreadyExistsException e) {
        if (attempt == 100) {
          throw e;
        }
      }
    }
  }

  /**
   * Removes the temporary files of writes in progress (a write that Ctrl-C interrupted). The
   * command line's shutdown hook calls it once the ranking is written; no class registers a hook of
   * its own (a static initializer that does can run during shutdown and fail).
   */
  public static void cleanUp() {
    for (Path tmp : PENDING) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException e) {
        // best effort while the JVM exits
      }
    }
  }
}
