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
 * Safe, unique file names for per-resume reports, derived from the resume's relative path: {@code
 * a/My CV.pdf} → {@code a_My_CV.pdf-1a2b3c4d.html}. Only {@code [A-Za-z0-9._-]}, no leading dot or
 * dash, no Windows reserved name, at most about 100 characters, and the first 8 hex digits of the
 * SHA-256 of the relative path; within a batch {@link #unique} lengthens the hash of names that
 * would still be equal, so no report replaces another.
 */
public final class ReportNames {

  private static final int MAX_STEM = 100;
  private static final Set<String> RESERVED =
      Set.of(
          "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7",
          "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

  private ReportNames() {}

  /** The report file name for a resume's relative path. */
  public static String name(Path relative, String extension) {
    return stem(relative, 8) + "." + extension;
  }

  /**
   * Report names for every resume of a batch, without extension, that are certainly distinct: names
   * that the short hash leaves equal get the full SHA-256 of their path instead (and, should even
   * those be equal, the resume's place in the list). Deterministic for a given list.
   */
  public static java.util.Map<Path, String> unique(java.util.List<Path> relatives) {
    java.util.Map<String, java.util.List<Path>> byName = new java.util.LinkedHashMap<>();
    for (Path rel : relatives) {
      byName
          .computeIfAbsent(stem(rel, 8).toLowerCase(Locale.ROOT), k -> new java.util.ArrayList<>())
          .add(rel);
    }
    java.util.Map<Path, String> names = new java.util.HashMap<>();
    java.util.Set<String> taken = new java.util.HashSet<>();
    for (java.util.List<Path> group : byName.values()) {
      for (Path rel : group) {
        String name = group.size() == 1 ? stem(rel, 8) : stem(rel, 32);
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
          name = stem(rel, 32) + "-" + n;
        }
        names.put(rel, name);
      }
    }
    return names;
  }

  /** The readable stem of the path plus the first {@code hexDigits} hex digits of its SHA-256. */
  private static String stem(Path relative, int hexDigits) {
    String display = FolderWalker.display(relative);
    String nfc = Normalizer.normalize(display, Normalizer.Form.NFC);
    String stem =
        nfc.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("_{2,}", "_").replaceAll("^[._-]+", "");
    if (stem.length() > MAX_STEM) {
      stem = stem.substring(0, MAX_STEM);
    }
    int dot = stem.indexOf('.');
    String base = (dot < 0 ? stem : stem.substring(0, dot)).toUpperCase(Locale.ROOT);
    if (stem.isEmpty() || RESERVED.contains(base)) {
      stem = "resume_" + stem;
    }
    return stem + "-" + hash(display, hexDigits);
  }

  /**
   * The report file for a resume, inside {@code outDir}.
   *
   * @throws IllegalStateException if the name would escape the folder (it cannot, by construction)
   */
  public static Path target(Path outDir, Path relative, String extension) {
    return inFolder(outDir, name(relative, extension));
  }

  /** A report file name inside {@code outDir}, checked not to escape it. */
  public static Path inFolder(Path outDir, String fileName) {
    Path dir = outDir.toAbsolutePath().normalize();
    Path target = dir.resolve(fileName).normalize();
    if (!dir.equals(target.getParent())) {
      throw new IllegalStateException("report name escapes the reports folder: " + target);
    }
    return target;
  }

  private static String hash(String text, int hexDigits) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, hexDigits / 2);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every JVM has SHA-256", e);
    }
  }
}
