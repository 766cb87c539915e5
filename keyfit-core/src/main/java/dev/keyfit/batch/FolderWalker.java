package dev.keyfit.batch;

import dev.keyfit.extract.DocumentFormat;
import dev.keyfit.extract.ResumeFiles;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the resumes in a folder, safely and in a fixed order.
 *
 * <p>Links are never followed and only regular files are taken, so a symlink out of the folder, a
 * named pipe or a device can never be opened. Hidden files and folders, Office and LibreOffice lock
 * files ({@code ~$x.docx}, {@code .~lock.x#}) are skipped. Whether a file is a resume candidate is
 * {@link ResumeFiles}' rule, the one extraction's format detection follows: a readable format's
 * extension, or content that says PDF, DOCX or DOC, so a renamed PDF is still read but images,
 * archives and spreadsheets are not. Every skipped file is listed with its reason, except those the
 * user excluded. Results are sorted by relative path.
 */
public final class FolderWalker {

  /** The extensions of every readable {@link DocumentFormat}. */
  public static final Set<String> RESUME_EXTENSIONS = DocumentFormat.allExtensions();

  /** Caps the walk so a huge tree cannot exhaust memory; beyond it files are skipped and listed. */
  static final int MAX_FILES = 100_000;

  /**
   * What to walk.
   *
   * @param recursive descend into subfolders
   * @param includes globs a file must match (any), matched on the relative path and the file name;
   *     empty means every file
   * @param excludes globs that exclude a file or a whole folder, matched the same way
   * @param excludedPaths absolute paths never walked (the reports folder, the ranking file)
   */
  public record Settings(
      boolean recursive, List<String> includes, List<String> excludes, List<Path> excludedPaths) {
    public Settings {
      includes = List.copyOf(includes);
      excludes = List.copyOf(excludes);
      excludedPaths = excludedPaths.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }

    public static Settings defaults() {
      return new Settings(true, List.of(), List.of(), List.of());
    }
  }

  /**
   * The walk's result.
   *
   * @param root the folder walked (absolute, links resolved)
   * @param files resume candidates, relative to the root, sorted
   * @param skipped files and folders not taken, with reasons, sorted
   */
  public record Walk(Path root, List<Path> files, List<FileOutcome.Skipped> skipped) {
    public Walk {
      files = List.copyOf(files);
      skipped = List.copyOf(skipped);
    }
  }

  private FolderWalker() {}

  /** Walks {@code folder}; an unreadable subfolder is listed as skipped, not fatal. */
  public static Walk walk(Path folder, Settings settings) throws IOException {
    Path root = folder.toRealPath();
    List<PathMatcher> includes = matchers(settings.includes());
    List<PathMatcher> excludes = matchers(settings.excludes());
    List<Path> files = new ArrayList<>();
    List<FileOutcome.Skipped> skipped = new ArrayList<>();
    Files.walkFileTree(
        root,
        EnumSet.noneOf(java.nio.file.FileVisitOption.class),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (dir.equals(root)) {
              return FileVisitResult.CONTINUE;
            }
            Path rel = root.relativize(dir);
            if (isExcludedPath(dir, settings) || matches(excludes, rel)) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            if (!settings.recursive()) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            if (isHidden(dir.getFileName().toString())) {
              skipped.add(new FileOutcome.Skipped(rel, "hidden folder"));
              return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            Path rel = root.relativize(file);
            if (isExcludedPath(file, settings)
                || matches(excludes, rel)
                || (!includes.isEmpty() && !matches(includes, rel))) {
              return FileVisitResult.CONTINUE;
            }
            String reason = skipReason(file, attrs);
            if (reason == null && files.size() >= MAX_FILES) {
              reason = "more than " + MAX_FILES + " files in the folder";
            }
            if (reason == null) {
              files.add(rel);
            } else {
              skipped.add(new FileOutcome.Skipped(rel, reason));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            skipped.add(
                new FileOutcome.Skipped(
                    root.relativize(file),
                    "cannot be read (" + e.getClass().getSimpleName() + ")"));
            return FileVisitResult.CONTINUE;
          }
        });
    Comparator<Path> order = Comparator.comparing(FolderWalker::display);
    files.sort(order);
    skipped.sort(Comparator.comparing(FileOutcome::source));
    return new Walk(root, files, skipped);
  }

  /** A relative path with {@code /} separators, whatever the platform. */
  public static String display(Path relative) {
    return relative.toString().replace('\\', '/');
  }

  private static String skipReason(Path file, BasicFileAttributes attrs) {
    String name = file.getFileName().toString();
    if (attrs.isSymbolicLink()) {
      return "symbolic link (not followed)";
    }
    if (!attrs.isRegularFile() || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return "not a regular file";
    }
    String byName = skipReasonByName(name);
    if (byName != null) {
      return byName;
    }
    if (ResumeFiles.isResume(file)) {
      return null;
    }
    return notAResume(name);
  }

  /**
   * Why a regular file is skipped by its name alone (an Office or LibreOffice lock file, a hidden
   * file), or null; whether it is a resume is then {@link ResumeFiles}' question. Engines that list
   * files themselves (Spark) ask here, so that they skip what a batch skips.
   */
  public static String skipReasonByName(String name) {
    if (name.startsWith("~$") || (name.startsWith(".~lock.") && name.endsWith("#"))) {
      return "office lock file";
    }
    if (isHidden(name)) {
      return "hidden file";
    }
    return null;
  }

  /** The skip reason of a file that {@link ResumeFiles} does not take as a resume. */
  public static String notAResume(String name) {
    return "not a resume (." + (extension(name).isEmpty() ? "no extension" : extension(name)) + ")";
  }

  private static boolean isHidden(String name) {
    return name.startsWith(".");
  }

  /** The lower-case extension of a file name, or "" when it has none. */
  public static String extension(String name) {
    return ResumeFiles.extension(name);
  }

  private static boolean isExcludedPath(Path path, Settings settings) {
    Path abs = path.toAbsolutePath().normalize();
    return settings.excludedPaths().stream().anyMatch(abs::equals);
  }

  private static List<PathMatcher> matchers(List<String> globs) {
    return globs.stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
  }

  private static boolean matches(List<PathMatcher> matchers, Path rel) {
    Path name = Objects.requireNonNull(rel.getFileName());
    return matchers.stream().anyMatch(m -> m.matches(rel) || m.matches(name));
  }
}
