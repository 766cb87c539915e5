package dev.keyfit.cli;

import dev.keyfit.batch.FolderWalker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Mixin: the folder and which of its files a batch takes ({@code keyfit batch}). */
final class BatchWalkOptions {

  @Parameters(paramLabel = "DIR", description = "The folder of resumes.")
  Path folder;

  @Option(
      names = "--include",
      paramLabel = "GLOB",
      description =
          "Only analyze files matching GLOB (on the relative path or the name); repeatable.")
  List<String> includes = new ArrayList<>();

  @Option(
      names = "--exclude",
      paramLabel = "GLOB",
      description = "Skip files and folders matching GLOB; repeatable.")
  List<String> excludes = new ArrayList<>();

  @Option(names = "--no-recursive", description = "Do not descend into subfolders.")
  boolean noRecursive;

  /**
   * The folder with links resolved; exit 2 when it is missing, a file or unreadable, or a glob is
   * invalid.
   */
  Path root() {
    checkGlobs("--include", includes);
    checkGlobs("--exclude", excludes);
    if (!Files.exists(folder)) {
      throw new CliException(ExitCodes.USAGE, folder + ": no such folder; check the path");
    }
    if (!Files.isDirectory(folder)) {
      throw new CliException(
          ExitCodes.USAGE, folder + ": is a file, not a folder; use 'keyfit scan' for one file");
    }
    try {
      return folder.toRealPath();
    } catch (IOException e) {
      throw new CliException(
          ExitCodes.USAGE, folder + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Walks the folder.
   *
   * @param excluded absolute paths never taken (reports folder, ranking file, job posting)
   */
  FolderWalker.Walk walk(Path root, List<Path> excluded) {
    try {
      return FolderWalker.walk(
          root, new FolderWalker.Settings(!noRecursive, includes, excludes, excluded));
    } catch (IOException e) {
      throw new CliException(
          ExitCodes.USAGE, folder + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  private static void checkGlobs(String option, List<String> globs) {
    for (String glob : globs) {
      try {
        java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + glob);
      } catch (java.util.regex.PatternSyntaxException e) {
        throw new CliException(
            ExitCodes.USAGE,
            option
                + " "
                + Terminal.safe(glob)
                + ": not a valid glob ("
                + e.getDescription()
                + "); for example --include '*.pdf' or --exclude 'old/**'",
            e);
      }
    }
  }

  /** The path with links resolved as far as it exists (the file itself may not exist yet). */
  static Path realPath(Path path) {
    Path abs = path.toAbsolutePath().normalize();
    try {
      Path parent = abs.getParent();
      return parent != null && Files.isDirectory(parent)
          ? parent.toRealPath().resolve(abs.getFileName())
          : abs;
    } catch (IOException e) {
      return abs;
    }
  }
}
