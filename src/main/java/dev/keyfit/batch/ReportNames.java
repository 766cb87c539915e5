package dev.keyfit.batch;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * Safe, unique file names for per-resume reports, derived from the resume's relative path:
 * {@code a/My CV.pdf} → {@code a_My_CV.pdf-1a2b3c4d.html}. Only {@code [A-Za-z0-9._-]}, no leading
 * dot, no Windows reserved name, at most about 100 characters, and the first 8 hex digits of the
 * SHA-256 of the relative path, so {@code a/cv.pdf} and {@code b/cv.pdf} never collide.
 */
public final class ReportNames {

  private static final int MAX_STEM = 100;
  private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL",
      "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
      "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

  private ReportNames() {}

  /** The report file name for a resume's relative path. */
  public static String name(Path relative, String extension) {
    String display = FolderWalker.display(relative);
    String nfc = Normalizer.normalize(display, Normalizer.Form.NFC);
    String stem = nfc.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("_{2,}", "_").replaceAll("^[._]+", "");
    if (stem.length() > MAX_STEM) {
      stem = stem.substring(0, MAX_STEM);
    }
    int dot = stem.indexOf('.');
    String base = (dot < 0 ? stem : stem.substring(0, dot)).toUpperCase(Locale.ROOT);
    if (stem.isEmpty() || RESERVED.contains(base)) {
      stem = "resume_" + stem;
    }
    return stem + "-" + hash(display) + "." + extension;
  }

  /**
   * The report file for a resume, inside {@code outDir}.
   *
   * @throws IllegalStateException if the name would escape the folder (it cannot, by construction)
   */
  public static Path target(Path outDir, Path relative, String extension) {
    Path dir = outDir.toAbsolutePath().normalize();
    Path target = dir.resolve(name(relative, extension)).normalize();
    if (!dir.equals(target.getParent())) {
      throw new IllegalStateException("report name escapes the reports folder: " + target);
    }
    return target;
  }

  private static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every JVM has SHA-256", e);
    }
  }
}
