package dev.keyfit.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A document to read: its file name (shown in reports, never opened by itself) and its content,
 * either a file on disk or bytes already in memory (an upload, a Spark {@code binaryFile} row).
 * Extractors read from memory or from the file as the source offers, without copying one into the
 * other: bytes are never written to a temporary file.
 */
public final class DocumentSource {

  private final String name;
  private final Path path;
  private final byte[] bytes;

  private DocumentSource(String name, Path path, byte[] bytes) {
    this.name = name;
    this.path = path;
    this.bytes = bytes;
  }

  /** The file at {@code path}, named by its last element. */
  public static DocumentSource of(Path path) {
    Objects.requireNonNull(path, "path");
    Path last = path.getFileName();
    return new DocumentSource(String.valueOf(last == null ? path : last), path, null);
  }

  /**
   * Bytes in memory under a file name (its extension only feeds the note about a misnamed file; the
   * format is read from the content). The array is the caller's, not copied: do not change it while
   * it is being read.
   */
  public static DocumentSource of(String name, byte[] bytes) {
    return new DocumentSource(
        Objects.requireNonNull(name, "name"), null, Objects.requireNonNull(bytes, "bytes"));
  }

  /** The file name shown in reports. */
  public String name() {
    return name;
  }

  /** The file, when the document is one. */
  public Optional<Path> path() {
    return Optional.ofNullable(path);
  }

  /** The bytes, when the document is in memory (the caller's array, not a copy). */
  public Optional<byte[]> bytes() {
    return Optional.ofNullable(bytes);
  }

  /** The size in bytes. */
  public long size() throws IOException {
    return bytes != null ? bytes.length : Files.size(path);
  }

  /** A new stream over the content; the caller closes it. */
  public InputStream open() throws IOException {
    return bytes != null ? new ByteArrayInputStream(bytes) : Files.newInputStream(path);
  }

  /** At most the first {@code n} bytes. */
  public byte[] head(int n) throws IOException {
    if (bytes != null) {
      return Arrays.copyOf(bytes, Math.min(n, bytes.length));
    }
    try (InputStream in = open()) {
      return in.readNBytes(n);
    }
  }

  @Override
  public String toString() {
    return path != null ? path.toString() : name + " (" + bytes.length + " bytes in memory)";
  }
}
