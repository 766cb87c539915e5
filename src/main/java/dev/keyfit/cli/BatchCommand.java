package dev.keyfit.cli;

import dev.keyfit.AnalysisOptions;
import dev.keyfit.Keyfit;
import dev.keyfit.batch.BatchRunner;
import dev.keyfit.batch.FileOutcome;
import dev.keyfit.batch.FolderWalker;
import dev.keyfit.batch.Ranking;
import dev.keyfit.batch.RankingWriter;
import dev.keyfit.batch.ReportNames;
import dev.keyfit.batch.TableRankingWriter;
import dev.keyfit.extract.ExtractionLimits;
import dev.keyfit.report.OutputFiles;
import dev.keyfit.report.Renderer;
import dev.keyfit.report.Renderers;
import dev.keyfit.report.ReportFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code keyfit batch DIR}: analyze every resume in a folder in parallel and rank them. */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    description = {
      "Analyze every resume in a folder (PDF, DOCX, DOC, TXT, MD) in parallel and rank them by score.",
      "Hidden files, Office lock files, links and non-resumes are skipped and listed. A file that cannot "
          + "be read (corrupt, encrypted, scanned, too large, too slow) becomes an error row; the batch goes on."
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  every file analyzed (and every score at or above --min-score)",
      "  1  an analyzed resume scored below --min-score",
      "  2  usage error: missing folder, no resumes found, bad option",
      "  3  at least one file could not be analyzed (its row is still written); always, not only",
      "     with --fail-on-error, which additionally stops the batch at the first such file",
      "  4  the ranking or a report could not be written",
      "  5  aborted: --max-stuck parses hung, the remaining files are NOT_PROCESSED rows",
      "130  interrupted (Ctrl-C): files not started are NOT_PROCESSED; files already written stay intact",
      "When several apply, the highest of 5, 4, 3, 1 wins."
    })
final class BatchCommand implements Callable<Integer> {

  private static final Set<ReportFormat> RANKING_FORMATS =
      Set.of(ReportFormat.CSV, ReportFormat.JSON, ReportFormat.MARKDOWN, ReportFormat.HTML);

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "The folder of resumes.")
  Path folder;

  @Option(names = "--jd", paramLabel = "FILE", description = "A job posting: rank by how well each resume matches it.")
  Path jobPosting;

  @Option(names = "--role", paramLabel = "ROLE", defaultValue = "auto",
      description = "pm, tpm or auto (rank each resume by its best-fitting role). Default: ${DEFAULT-VALUE}.")
  Options.RoleChoice role;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the ranking to FILE (.csv, .json, .md or .html). Without it, print a table.")
  Path output;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
      description = "Ranking format: csv, json, markdown or html. Default: from the -o extension.")
  ReportFormat format;

  @Option(names = "--reports", paramLabel = "DIR", description = "Also write one gap report per resume into DIR "
      + "(created if missing; excluded from the walk when inside the input folder).")
  Path reportsDir;

  @Option(names = "--report-format", paramLabel = "FORMAT", split = ",", defaultValue = "json",
      description = "Format(s) of the per-resume reports (e.g. json,text). Default: ${DEFAULT-VALUE}.")
  List<ReportFormat> reportFormats;

  @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Files analyzed in parallel. Default: the core count.")
  Integer jobs;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
      description = "Give up on a file after this many seconds (TIMEOUT row). Default: ${DEFAULT-VALUE}.")
  double timeoutSeconds;

  @Option(names = "--max-stuck", paramLabel = "N", defaultValue = "2",
      description = "After N timed-out parses start no new file and exit 5. Default: ${DEFAULT-VALUE}.")
  int maxStuck;

  @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "20MiB", converter = Sizes.class,
      description = "Refuse larger files unopened (TOO_LARGE). Default: ${DEFAULT-VALUE}.")
  long maxFileSize;

  @Option(names = "--include", paramLabel = "GLOB",
      description = "Only analyze files matching GLOB (on the relative path or the name); repeatable.")
  List<String> includes = new ArrayList<>();

  @Option(names = "--exclude", paramLabel = "GLOB", description = "Skip files and folders matching GLOB; repeatable.")
  List<String> excludes = new ArrayList<>();

  @Option(names = "--no-recursive", description = "Do not descend into subfolders.")
  boolean noRecursive;

  @Option(names = "--min-score", paramLabel = "N",
      description = "Exit with 1 when an analyzed resume scores (or matches the posting) below N.")
  Integer minScore;

  @Option(names = "--fail-on-error",
      description = "Stop starting new files at the first file that cannot be analyzed (exit 3).")
  boolean failOnError;

  @Mixin Options.Keywords keywords;
  @Mixin Options.Output outputOptions;

  private final Keyfit injected;

  BatchCommand() {
    this(null);
  }

  /** With a ready {@link Keyfit} (tests inject fake extractors through it). */
  BatchCommand(Keyfit keyfit) {
    this.injected = keyfit;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Path root = checkFolder();
    RankingWriter rankingWriter = rankingWriter();
    List<Renderer> renderers = reportRenderers();
    Path reports = prepareReports(root);
    checkOutput(root);
    if (jobPosting != null) {
      Options.requireFile(jobPosting, "job posting file");
    }
    BatchRunner.Settings settings = settings();
    FolderWalker.Walk walk = walk(root, reports);
    listSkipped(walk, err);
    if (walk.files().isEmpty()) {
      throw new CliException(ExitCodes.USAGE, folder + ": no resumes found (PDF, DOCX, DOC, TXT, MD)"
          + (walk.skipped().isEmpty() ? "" : "; " + walk.skipped().size() + " files skipped"));
    }
    Keyfit keyfit = injected != null ? injected : keywords.keyfit();
    AnalysisOptions options = AnalysisOptions.defaults().withRole(role.role()).withJobPosting(jobPosting)
        .withLimits(new ExtractionLimits(maxFileSize, ExtractionLimits.DEFAULT.maxPages(),
            ExtractionLimits.DEFAULT.maxChars()));
    BatchRunner runner = new BatchRunner(file -> keyfit.analyze(file, options), settings);
    AtomicBoolean writeFailed = new AtomicBoolean();
    BatchResult result;
    try (BatchProgress progress = BatchProgress.start(walk.files().size(), outputOptions.quiet)) {
      BatchRunner.Listener listener = outcome -> {
        progress.step();
        if (outcome instanceof FileOutcome.Failed f) {
          printFailure(err, f);
        } else if (outcome instanceof FileOutcome.Analyzed a && reports != null) {
          writeReports(a, reports, renderers, err, writeFailed);
        }
      };
      result = Interrupts.run(runner, () -> runner.run(walk.root(), walk.files(), listener),
          r -> finish(r, rankingWriter, walk, writeFailed));
    }
    return result.exitCode;
  }

  /** What {@link #finish} decided; also reached from the Ctrl-C hook. */
  record BatchResult(int exitCode) {}

  private BatchResult finish(BatchRunner.Result result, RankingWriter rankingWriter, FolderWalker.Walk walk,
      AtomicBoolean writeFailed) {
    PrintWriter err = spec.commandLine().getErr();
    Ranking ranking = Ranking.of(result.outcomes(), role.role(), jobPosting != null);
    if (!writeRanking(ranking, rankingWriter, walk)) {
      writeFailed.set(true);
    }
    long failed = ranking.failed().size();
    long below = minScore == null ? 0 : ranking.analyzed().stream().filter(r -> r.score() < minScore).count();
    if (!outputOptions.quiet) {
      err.println("keyfit: " + ranking.analyzed().size() + " analyzed, " + failed + " could not be analyzed, "
          + walk.skipped().size() + " skipped" + (below > 0 ? ", " + below + " below --min-score " + minScore : ""));
    }
    if (result.stop() == BatchRunner.Stop.STUCK) {
      err.println("keyfit: stopped after " + result.stuck() + " parses hung (--max-stuck " + maxStuck
          + "); the rest are NOT_PROCESSED. Check those files, or raise --timeout");
      return new BatchResult(ExitCodes.INTERNAL);
    }
    if (result.stop() == BatchRunner.Stop.INTERRUPTED) {
      return new BatchResult(ExitCodes.INTERRUPTED);
    }
    if (writeFailed.get()) {
      return new BatchResult(ExitCodes.OUTPUT);
    }
    if (failed > 0) {
      return new BatchResult(ExitCodes.INPUT);
    }
    return new BatchResult(below > 0 ? ExitCodes.BELOW_MIN_SCORE : ExitCodes.OK);
  }

  private boolean writeRanking(Ranking ranking, RankingWriter writer, FolderWalker.Walk walk) {
    if (output == null) {
      TableRankingWriter.print(ranking, spec.commandLine().getOut(), Terminal::safe);
      return true;
    }
    try {
      List<Path> inputs = new ArrayList<>(walk.files().stream().map(walk.root()::resolve).toList());
      OutputFiles.write(output, inputs, out -> writer.write(ranking, out));
      if (!outputOptions.quiet) {
        spec.commandLine().getErr().println("keyfit: wrote " + Terminal.safe(output.toString()));
      }
      return true;
    } catch (IOException | RuntimeException e) {
      spec.commandLine().getErr().println("keyfit: cannot write " + Terminal.safe(output.toString()) + ": "
          + Terminal.safe(e.getMessage()));
      return false;
    }
  }

  private void writeReports(FileOutcome.Analyzed a, Path reports, List<Renderer> renderers, PrintWriter err,
      AtomicBoolean writeFailed) {
    for (Renderer renderer : renderers) {
      Path target = ReportNames.target(reports, a.relative(), renderer.format().extension());
      try {
        OutputFiles.write(target, List.of(), out -> renderer.render(a.report(), Renderer.RenderOptions.PLAIN, out));
      } catch (IOException | RuntimeException e) {
        writeFailed.set(true);
        synchronized (err) {
          err.println("keyfit: cannot write " + Terminal.safe(target.toString()) + ": " + Terminal.safe(e.getMessage()));
        }
      }
    }
  }

  private static void printFailure(PrintWriter err, FileOutcome.Failed f) {
    synchronized (err) {
      err.println("keyfit: " + Terminal.safe(f.source()) + ": " + f.status() + ": " + Terminal.safe(f.reason()));
      err.flush();
    }
  }

  private void listSkipped(FolderWalker.Walk walk, PrintWriter err) {
    if (outputOptions.quiet || walk.skipped().isEmpty()) {
      return;
    }
    int shown = outputOptions.verbose ? walk.skipped().size() : Math.min(10, walk.skipped().size());
    for (FileOutcome.Skipped s : walk.skipped().subList(0, shown)) {
      err.println("keyfit: skipped " + Terminal.safe(s.source()) + ": " + Terminal.safe(s.reason()));
    }
    if (shown < walk.skipped().size()) {
      err.println("keyfit: skipped " + (walk.skipped().size() - shown) + " more (use --verbose to list them)");
    }
  }

  private Path checkFolder() {
    if (!Files.exists(folder)) {
      throw new CliException(ExitCodes.USAGE, folder + ": no such folder; check the path");
    }
    if (!Files.isDirectory(folder)) {
      throw new CliException(ExitCodes.USAGE, folder + ": is a file, not a folder; use 'keyfit scan' for one file");
    }
    try {
      return folder.toRealPath();
    } catch (IOException e) {
      throw new CliException(ExitCodes.USAGE, folder + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  private RankingWriter rankingWriter() {
    ReportFormat chosen = format;
    if (chosen == null && output != null) {
      chosen = ReportFormat.fromPath(output).orElse(null);
      if (chosen == null || !RANKING_FORMATS.contains(chosen)) {
        throw new CliException(ExitCodes.USAGE, output + ": cannot tell the ranking format from the name; "
            + "use .csv, .json, .md or .html, or add --format");
      }
    }
    if (chosen == null) {
      return null;
    }
    if (!RANKING_FORMATS.contains(chosen)) {
      throw new CliException(ExitCodes.USAGE, "a ranking cannot be " + chosen.name().toLowerCase()
          + "; use csv, json, markdown or html");
    }
    if (output == null) {
      throw new CliException(ExitCodes.USAGE, "--format needs -o FILE; without -o the ranking is printed as a table");
    }
    return RankingWriter.forFormat(RankingWriter.Format.valueOf(chosen.name()));
  }

  private List<Renderer> reportRenderers() {
    List<Renderer> renderers = new ArrayList<>();
    for (ReportFormat f : reportFormats) {
      renderers.add(Renderers.forFormat(f).filter(r -> f != ReportFormat.PDF).orElseThrow(() ->
          new CliException(ExitCodes.USAGE, "--report-format " + f.name().toLowerCase() + " is not available")));
    }
    return renderers;
  }

  private Path prepareReports(Path root) {
    if (reportsDir == null) {
      return null;
    }
    try {
      Files.createDirectories(reportsDir);
      Path real = reportsDir.toRealPath();
      if (real.equals(root)) {
        throw new CliException(ExitCodes.USAGE, reportsDir + ": --reports must not be the input folder; "
            + "use a subfolder or another folder");
      }
      if (!Files.isWritable(real)) {
        throw new CliException(ExitCodes.OUTPUT, reportsDir + ": cannot write reports there (permission denied)");
      }
      return real;
    } catch (IOException e) {
      throw new CliException(ExitCodes.OUTPUT, reportsDir + ": cannot create the reports folder ("
          + e.getMessage() + ")", e);
    }
  }

  private void checkOutput(Path root) {
    if (output == null) {
      return;
    }
    Path abs = output.toAbsolutePath().normalize();
    if (Files.isDirectory(abs)) {
      throw new CliException(ExitCodes.USAGE, output + ": is a folder; give a file name such as ranking.csv");
    }
    String ext = FolderWalker.extension(abs.getFileName().toString());
    boolean document = Set.of("pdf", "docx", "doc", "txt", "text").contains(ext);
    if (Files.exists(abs) && document && realPath(abs).startsWith(root)) {
      throw new CliException(ExitCodes.USAGE, output + ": is one of the inputs; refusing to overwrite it");
    }
  }

  private BatchRunner.Settings settings() {
    if (timeoutSeconds <= 0 || Double.isNaN(timeoutSeconds) || timeoutSeconds > 86_400) {
      throw new CliException(ExitCodes.USAGE, "--timeout must be between 0 and 86400 seconds");
    }
    int n = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
    if (n < 1 || n > 256) {
      throw new CliException(ExitCodes.USAGE, "--jobs must be between 1 and 256");
    }
    if (maxStuck < 1) {
      throw new CliException(ExitCodes.USAGE, "--max-stuck must be at least 1");
    }
    return new BatchRunner.Settings(n, Duration.ofMillis((long) (timeoutSeconds * 1000)), maxStuck, maxFileSize,
        failOnError);
  }

  private FolderWalker.Walk walk(Path root, Path reports) {
    List<Path> excluded = new ArrayList<>();
    if (reports != null) {
      excluded.add(reports);
    }
    if (output != null) {
      excluded.add(realPath(output.toAbsolutePath().normalize()));
    }
    try {
      return FolderWalker.walk(root, new FolderWalker.Settings(!noRecursive, includes, excludes, excluded));
    } catch (IOException e) {
      throw new CliException(ExitCodes.USAGE, folder + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /** The path with links resolved as far as it exists (the file itself may not exist yet). */
  private static Path realPath(Path abs) {
    try {
      Path parent = abs.getParent();
      return parent != null && Files.isDirectory(parent) ? parent.toRealPath().resolve(abs.getFileName()) : abs;
    } catch (IOException e) {
      return abs;
    }
  }
}
