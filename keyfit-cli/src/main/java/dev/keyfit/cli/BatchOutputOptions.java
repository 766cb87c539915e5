package dev.keyfit.cli;

import dev.keyfit.batch.FolderWalker;
import dev.keyfit.render.Renderer;
import dev.keyfit.render.Renderers;
import dev.keyfit.render.ranking.RankingWriter;
import dev.keyfit.report.ReportFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import picocli.CommandLine.Option;

/** Mixin: where a batch writes its ranking and its per-resume reports ({@code keyfit batch}). */
final class BatchOutputOptions {

  private static final List<ReportFormat> RANKING_FORMATS = FormatLists.rankingFormats();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Write the ranking to FILE, in the format its extension names (see --format). "
              + "Without it, print a table.")
  Path output;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      converter = FormatConverter.class,
      completionCandidates = FormatLists.RankingCandidates.class,
      description =
          "Ranking format: ${COMPLETION-CANDIDATES}, or a usual extension (md). "
              + "Default: from the -o extension.")
  ReportFormat format;

  @Option(
      names = "--reports",
      paramLabel = "DIR",
      description =
          "Also write one gap report per resume into DIR "
              + "(created if missing; excluded from the walk when inside the input folder). Names come from the "
              + "resume's relative path plus a short hash, so a/cv.pdf and b/cv.pdf get one report each.")
  Path reportsDir;

  @Option(
      names = "--report-format",
      paramLabel = "FORMAT",
      split = ",",
      defaultValue = "html",
      converter = FormatConverter.class,
      completionCandidates = FormatLists.ReportCandidates.class,
      description =
          "Format(s) of the per-resume reports: ${COMPLETION-CANDIDATES}; comma-separated for "
              + "several. Default: ${DEFAULT-VALUE}.")
  List<ReportFormat> reportFormats;

  /** Accepts the names and extensions {@link ReportFormat#fromName} knows (md, txt, htm, …). */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
      return ReportFormat.fromName(value)
          .orElseThrow(
              () ->
                  new picocli.CommandLine.TypeConversionException(
                      "'"
                          + value
                          + "' is not a format; use "
                          + FormatLists.names(List.of(ReportFormat.values()))));
    }
  }

  /** The ranking writer, or null to print a table; exit 2 for a format a ranking cannot have. */
  RankingWriter rankingWriter() {
    ReportFormat chosen = format;
    if (chosen == null && output != null) {
      chosen = ReportFormat.fromPath(output).orElse(null);
      if (chosen == null || !RANKING_FORMATS.contains(chosen)) {
        throw new CliException(
            ExitCodes.USAGE,
            output
                + ": cannot tell the ranking format from the name; "
                + "use "
                + FormatLists.extensions(RANKING_FORMATS)
                + ", or add --format");
      }
    }
    if (chosen == null) {
      return null;
    }
    if (!RANKING_FORMATS.contains(chosen)) {
      throw new CliException(
          ExitCodes.USAGE,
          "a ranking cannot be "
              + FormatLists.name(chosen)
              + "; use "
              + FormatLists.names(RANKING_FORMATS));
    }
    if (output == null) {
      throw new CliException(
          ExitCodes.USAGE, "--format needs -o FILE; without -o the ranking is printed as a table");
    }
    return RankingWriter.forFormat(RankingWriter.Format.valueOf(chosen.name()));
  }

  /** One renderer per requested report format, each once; exit 2 for csv (a ranking format). */
  List<Renderer> reportRenderers() {
    List<Renderer> renderers = new ArrayList<>();
    for (ReportFormat f : new LinkedHashSet<>(reportFormats)) {
      renderers.add(
          Renderers.forFormat(f)
              .orElseThrow(
                  () ->
                      new CliException(
                          ExitCodes.USAGE,
                          "--report-format "
                              + FormatLists.name(f)
                              + " is not a report format; use "
                              + FormatLists.names(FormatLists.reportFormats()))));
    }
    return renderers;
  }

  /** Creates the reports folder and returns its real path, or null without {@code --reports}. */
  Path prepareReports(Path root) {
    if (reportsDir == null) {
      return null;
    }
    try {
      Files.createDirectories(reportsDir);
      Path real = reportsDir.toRealPath();
      if (real.equals(root)) {
        throw new CliException(
            ExitCodes.USAGE,
            reportsDir
                + ": --reports must not be the input folder; "
                + "use a subfolder or another folder");
      }
      if (!Files.isWritable(real)) {
        throw new CliException(
            ExitCodes.OUTPUT, reportsDir + ": cannot write reports there (permission denied)");
      }
      return real;
    } catch (IOException e) {
      throw new CliException(
          ExitCodes.OUTPUT,
          reportsDir + ": cannot create the reports folder (" + e.getMessage() + ")",
          e);
    }
  }

  /**
   * Before the batch starts: exit 2 when {@code -o} is a folder or a file the walk would read as a
   * resume (a Markdown file under the folder that is not an earlier ranking included); exit 4 when
   * its folder is missing or not writable, so that no batch runs for a ranking that cannot be
   * saved.
   */
  void checkOutput(Path root) {
    if (output == null) {
      return;
    }
    Path abs = output.toAbsolutePath().normalize();
    if (Files.isDirectory(abs)) {
      throw new CliException(
          ExitCodes.USAGE, output + ": is a folder; give a file name such as ranking.csv");
    }
    String ext = FolderWalker.extension(abs.getFileName().toString());
    if (Files.isRegularFile(abs)
        && FolderWalker.RESUME_EXTENSIONS.contains(ext)
        && BatchWalkOptions.realPath(abs).startsWith(root)
        && !isEarlierRanking(abs)) {
      throw new CliException(
          ExitCodes.USAGE,
          output
              + ": is one of the inputs; refusing to overwrite it "
              + "(write the ranking outside the folder)");
    }
    if (Files.exists(abs) || abs.startsWith("/dev/") || abs.startsWith("/proc/")) {
      return; // an existing file or a device: its folder exists
    }
    Path dir = abs.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new CliException(
          ExitCodes.OUTPUT,
          output
              + ": cannot write the ranking there: the folder "
              + (dir == null ? output : dir)
              + " does not exist");
    }
    if (!Files.isWritable(dir)) {
      throw new CliException(
          ExitCodes.OUTPUT,
          output
              + ": cannot write the ranking there: permission denied "
              + "(the folder "
              + dir
              + ")");
    }
  }

  /** Whether a Markdown file is a ranking an earlier run wrote (so re-running may replace it). */
  private static boolean isEarlierRanking(Path file) {
    try (java.io.InputStream in = Files.newInputStream(file)) {
      return new String(in.readNBytes(64), java.nio.charset.StandardCharsets.UTF_8)
          .startsWith(RankingWriter.MARKDOWN_TITLE);
    } catch (IOException e) {
      return false;
    }
  }
}
