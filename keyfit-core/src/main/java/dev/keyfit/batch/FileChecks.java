package dev.keyfit.batch;

import dev.keyfit.extract.Extractors;
import dev.keyfit.extract.Failure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

/** What the batch guard does to one file around its analysis: check it, hash it, classify it. */
final class FileChecks {
  private FileChecks() {}

  /**
   * Refuses, unopened, a file that is not a regular file, is over the size cap or is empty; null
   * when the file may be analyzed.
   */
  static FileOutcome precheck(Path root, Path rel, long maxFileBytes) {
    Path file = root.resolve(rel);
    try {
      long size = Files.size(file);
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        return FileOutcome.Failed.of(rel, Failure.UNSUPPORTED, "not a regular file");
      }
      return refuseBySize(rel, size, maxFileBytes);
    } catch (IOException e) {
      return FileOutcome.Failed.of(
          rel, Failure.IO_ERROR, "cannot read the file (" + e.getClass().getSimpleName() + ")");
    }
  }

  /**
   * A file refused by its size alone (over the cap: TOO_LARGE; 0 bytes: EMPTY), or null when its
   * size is fine: the wording every guard uses.
   */
  static FileOutcome.Failed refuseBySize(Path rel, long size, long maxFileBytes) {
    if (size > maxFileBytes) {
      return FileOutcome.Failed.of(
          rel,
          Failure.TOO_LARGE,
          "the file is "
              + size
              + " bytes, over the limit of "
              + maxFileBytes
              + " bytes; not opened");
    }
    if (size == 0) {
      return FileOutcome.Failed.of(rel, Failure.EMPTY, "the file is empty (0 bytes)");
    }
    return null;
  }

  /** A file over the time limit, "gave up after N s; " and what became of its analysis. */
  static FileOutcome.Failed timedOut(Path rel, Duration timeout, String what) {
    long ms = timeout.toMillis();
    String seconds = ms % 1000 == 0 ? Long.toString(ms / 1000) : Double.toString(ms / 1000.0);
    return FileOutcome.Failed.of(rel, Failure.TIMEOUT, "gave up after " + seconds + " s; " + what);
  }

  /**
   * The SHA-256 of a file's bytes (the guard has checked it is under the size cap), so that the
   * ranking can flag files with the same content; empty when it cannot be read (the analysis then
   * says why) or the thread is interrupted.
   */
  static Optional<String> contentHash(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[64 * 1024];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
        if (Thread.currentThread().isInterrupted()) {
          return Optional.empty();
        }
      }
      return Optional.of(HexFormat.of().formatHex(digest.digest()));
    } catch (IOException e) {
      return Optional.empty();
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every JVM has SHA-256", e);
    }
  }

  /**
   * Sorts anything the analysis throws into a status, the way {@link Extractors#classify} does for
   * a scan; an I/O failure outside the parsers (the file vanished, a worker's pipe broke) is an
   * IO_ERROR here rather than a damaged file, a failure of the machinery ({@link
   * InfrastructureException}) is INTERNAL, and a posting's failure keeps its subject.
   */
  static FileOutcome.Failed classify(Path rel, Throwable t) {
    if (t instanceof IOException) {
      return FileOutcome.Failed.of(
          rel, Failure.IO_ERROR, "cannot read the file (" + t.getClass().getSimpleName() + ")");
    }
    if (t instanceof InfrastructureException) {
      return FileOutcome.Failed.of(rel, FileOutcome.Status.INTERNAL, t.getMessage());
    }
    return FileOutcome.Failed.of(rel, Extractors.classify(t));
  }
}
