package dev.keyfit.server;

import dev.keyfit.Keyfit;
import dev.keyfit.batch.BatchRunner;
import dev.keyfit.extract.ExtractionLimits;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What a server runs with: the analyzer and the limits every upload is held to (the same per-file
 * size, page, text and time limits as {@code keyfit batch}).
 *
 * @param port the port on 127.0.0.1, or 0 for a free one
 * @param keyfit the analyzer, created lazily (the server starts before the dictionary is read)
 * @param limits what one file may hold (size cap, pages, characters)
 * @param batch the batch guard's settings (lanes, per-file time limit, stuck cap, size cap); a
 *     single scan is held to the same time limit
 * @param maxFiles the most files one batch upload (or zip) may hold
 * @param maxUploadBytes the most bytes one upload request may carry (and a zip may unpack to)
 */
public record ServerSettings(
    int port,
    Supplier<Keyfit> keyfit,
    ExtractionLimits limits,
    BatchRunner.Settings batch,
    int maxFiles,
    long maxUploadBytes) {

  /** The default number of files in one batch upload. */
  public static final int DEFAULT_MAX_FILES = 500;

  /** The default cap on one upload request: 256 MiB. */
  public static final long DEFAULT_MAX_UPLOAD_BYTES = 256L << 20;

  public ServerSettings {
    Objects.requireNonNull(keyfit, "keyfit");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(batch, "batch");
    if (port < 0 || port > 65535 || maxFiles < 1 || maxUploadBytes < limits.maxFileBytes()) {
      throw new IllegalArgumentException("server settings out of range");
    }
  }

  /** A free port, the default limits, {@code keyfit batch}'s guard defaults, lanes = cores. */
  public static ServerSettings defaults(Supplier<Keyfit> keyfit) {
    ExtractionLimits limits = ExtractionLimits.DEFAULT;
    return new ServerSettings(
        0,
        keyfit,
        limits,
        new BatchRunner.Settings(
            Runtime.getRuntime().availableProcessors(),
            java.time.Duration.ofSeconds(60),
            2,
            limits.maxFileBytes(),
            false),
        DEFAULT_MAX_FILES,
        DEFAULT_MAX_UPLOAD_BYTES);
  }

  /** These settings on another port. */
  public ServerSettings withPort(int newPort) {
    return new ServerSettings(newPort, keyfit, limits, batch, maxFiles, maxUploadBytes);
  }

  /** These settings with other upload caps. */
  public ServerSettings withUploads(int files, long bytes) {
    return new ServerSettings(port, keyfit, limits, batch, files, bytes);
  }
}
