package dev.keyfit.server;

import dev.keyfit.batch.FileOutcome;
import dev.keyfit.extract.Failure;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A batch upload written into its private folder: each file under its own relative path (a folder
 * upload keeps its subfolders), a zip unpacked entry by entry. Nothing can land outside the folder:
 * every name is split into plain segments ({@code ..}, absolute paths and drive letters are refused
 * and listed), and the result must still be inside. A file over the per-file cap is not written but
 * becomes a TOO_LARGE row, as {@code keyfit batch} refuses it unopened; the number of files and the
 * bytes unpacked are capped.
 */
final class BatchFolder {

  private final Path dir;
  private final long maxFileBytes;
  private final int maxFiles;
  private final long maxBytes;
  private final List<FileOutcome> refused = new ArrayList<>();
  private final List<FileOutcome.Skipped> skipped = new ArrayList<>();
  private int files;
  private long bytes;

  BatchFolder(Path dir, ServerSettings settings) {
    this.dir = dir;
    this.maxFileBytes = settings.limits().maxFileBytes();
    this.maxFiles = settings.maxFiles();
    this.maxBytes = settings.maxUploadBytes();
  }

  Path dir() {
    return dir;
  }

  /** Files refused before the batch (over the size cap), as failed rows. */
  List<FileOutcome> refused() {
    return refused;
  }

  /** Names not written (unsafe paths, nested archives), with the reason. */
  List<FileOutcome.Skipped> skipped() {
    return skipped;
  }

  /** How many files were written. */
  int files() {
    return files;
  }

  /** Adds an uploaded file, or the entries of an uploaded zip. */
  void add(String name, long size, InputStream in) throws IOException {
    if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
      unzip(name, in);
    } else {
      write(name, size, in);
    }
  }

  private void unzip(String zipName, InputStream in) throws IOException {
    String prefix = stem(zipName);
    try (ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        if (!e.isDirectory()) {
          Path inside = relative(e.getName());
          if (inside == null) {
            skipped.add(
                new FileOutcome.Skipped(
                    Path.of(prefix, safeShown(e.getName())),
                    "an unsafe path in the zip (.. or absolute); not written"));
            continue;
          }
          if (e.getName().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            skipped.add(
                new FileOutcome.Skipped(
                    Path.of(prefix).resolve(inside), "a zip inside the zip is not opened"));
            continue;
          }
          write(prefix + "/" + e.getName(), -1, zip);
        }
      }
    } catch (java.util.zip.ZipException e) {
      throw Refusal.badRequest(
          zipName + ": the zip is damaged (" + e.getMessage() + "); make it again");
    }
  }

  private void write(String name, long size, InputStream in) throws IOException {
    Path rel = relative(name);
    if (rel == null) {
      skipped.add(
          new FileOutcome.Skipped(
              Path.of(safeShown(name)), "an unsafe path (.. or absolute); not written"));
      return;
    }
    if (++files > maxFiles) {
      throw Refusal.tooLarge(
          "the upload holds more than "
              + maxFiles
              + " files; send fewer at once (or restart keyfit serve with a higher --max-files)");
    }
    if (size > maxFileBytes) {
      refused.add(tooLarge(rel, size));
      return;
    }
    Path target = unique(dir.resolve(rel).normalize());
    if (!target.startsWith(dir)) {
      skipped.add(new FileOutcome.Skipped(rel, "an unsafe path; not written"));
      return;
    }
    Files.createDirectories(target.getParent());
    long written = 0;
    byte[] buffer = new byte[64 * 1024];
    try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        written += n;
        bytes += n;
        if (bytes > maxBytes) {
          throw Refusal.tooLarge(
              "the upload unpacks to more than "
                  + Uploads.mib(maxBytes)
                  + "; send fewer files at once");
        }
        if (written > maxFileBytes) {
          break;
        }
        out.write(buffer, 0, n);
      }
    }
    if (written > maxFileBytes) {
      Files.delete(target);
      refused.add(tooLarge(dir.relativize(target), -1));
    }
  }

  private FileOutcome.Failed tooLarge(Path rel, long size) {
    return FileOutcome.Failed.of(
        rel,
        Failure.TOO_LARGE,
        (size > 0 ? "the file is " + size + " bytes, over" : "the file is over")
            + " the limit of "
            + maxFileBytes
            + " bytes; not opened");
  }

  /**
   * A browser's or a zip's name as a relative path of plain segments, or null when it climbs out
   * ({@code ..}) or is absolute.
   */
  static Path relative(String name) {
    String n = name.replace('\\', '/');
    if (n.startsWith("/") || n.matches("^[A-Za-z]:.*")) {
      return null;
    }
    List<String> segments = new ArrayList<>();
    for (String s : n.split("/")) {
      if (s.isEmpty() || s.equals(".")) {
        continue;
      }
      if (s.equals("..")) {
        return null;
      }
      segments.add(s.replaceAll("[\\p{Cntrl}:*?\"<>|]", "_"));
    }
    if (segments.isEmpty()) {
      return null;
    }
    return Path.of(segments.get(0), segments.subList(1, segments.size()).toArray(String[]::new));
  }

  private static Path unique(Path target) {
    Path t = target;
    for (int i = 2; Files.exists(t, java.nio.file.LinkOption.NOFOLLOW_LINKS); i++) {
      String name = target.getFileName().toString();
      int dot = name.lastIndexOf('.');
      String renamed =
          dot > 0
              ? name.substring(0, dot) + " (" + i + ")" + name.substring(dot)
              : name + " (" + i + ")";
      t = target.resolveSibling(renamed);
    }
    return t;
  }

  private static String stem(String zipName) {
    Path rel = relative(zipName);
    String leaf = rel == null ? "upload.zip" : rel.getFileName().toString();
    return leaf.substring(0, leaf.length() - 4).isBlank()
        ? "zip"
        : leaf.substring(0, leaf.length() - 4);
  }

  private static String safeShown(String name) {
    String s = name.replaceAll("[\\p{Cntrl}]", "_").replace('\\', '/').replaceAll("^/+", "");
    return s.isBlank() ? "upload" : s.replace("..", "__");
  }
}
