package dev.keyfit.cli;

import dev.keyfit.AnalysisOptions;
import dev.keyfit.Keyfit;
import dev.keyfit.batch.BatchRunner;
import dev.keyfit.batch.FileOutcome;
import dev.keyfit.batch.FolderWalker;
import dev.keyfit.batch.MemoryBudget;
import dev.keyfit.batch.Ranking;
import dev.keyfit.batch.WorkerPool;
import dev.keyfit.cli.io.OutputFiles;
import dev.keyfit.cli.io.TableRankingWriter;
import dev.keyfit.extract.DocumentFormat;
import dev.keyfit.extract.DocumentSource;
import dev.keyfit.extract.ExtractedDocument;
import dev.keyfit.extract.ExtractionException;
import dev.keyfit.posting.JobPosting;
import dev.keyfit.render.Renderer;
import dev.keyfit.render.ranking.RankingWriter;
import dev.keyfit.report.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code keyfit batch DIR}: analyze every resume in a folder in parallel and rank them. */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    description = {
      "Analyze every resume in a folder (@FORMATS@) in parallel and rank them by score, "
          + "or with --jd by how well each matches the job posting (read once for the whole batch).",
      "Hidden files, Office lock files, links and non-resumes are skipped and listed. A file that cannot "
          + "be read (corrupt, encrypted, scanned, too large, too slow) becomes an error row and one line "
          + "on stderr ('keyfit: <file>: <STATUS>: <reason>'); the batch goes on.",
      "By default parsers run inside keyfit, each file guarded by --timeout and --max-file-size; it starts "
          + "fast and suits a folder of ordinary resumes. Java cannot stop a runaway parse in-process: a file "
          + "over --timeout is abandoned (its thread runs on until keyfit exits) and after --max-stuck of them "
          + "keyfit starts no new file and exits 5. With --isolate each lane analyzes its files in a worker "
          + "JVM, every stage from extraction to the rendered reports, that is killed at --timeout and replaced "
          + "after a crash or out-of-memory, so no file can stall or break the batch. In both modes every stage "
          + "of a file runs under the per-file limit, and a file whose estimated memory need is over its share "
          + "of the heap is refused (TOO_LARGE) or waits, so one huge file cannot starve the files beside it."
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  every file analyzed (and every score at or above --min-score)",
      "  1  an analyzed resume scored below --min-score",
      "  2  usage or configuration error: missing folder, no resumes found, bad",
      "     option, invalid --keywords, or a --jd posting that cannot be read",
      "     (then nothing is analyzed)",
      "  3  at least one file could not be analyzed (its row is still written);",
      "     --fail-on-error also stops the batch at the first such file",
      "  4  the ranking or a report could not be written",
      "  5  aborted: --max-stuck parses hung; the rest are NOT_PROCESSED rows",
      "130  interrupted (Ctrl-C; 143 for SIGTERM): files not finished are",
      "     NOT_PROCESSED rows; the ranking so far is written",
      "When several apply, the first of 5, 130, 4, 3, 1 wins."
    })
final class BatchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin BatchWalkOptions walkOptions;

  @Option(
      names = "--jd",
      paramLabel = "FILE",
      description =
          "A job posting: rank by how well each resume matches it (posting match rate, 0-100).")
  Path jobPosting;

  @Option(
      names = "--role",
      paramLabel = "ROLE",
      defaultValue = "auto",
      description =
          "pm, tpm or auto (rank each resume by its best-fitting role). Default: ${DEFAULT-VALUE}.")
  Options.RoleChoice role;

  @Option(
      names = "--min-score",
      paramLabel = "N",
      description = "Exit with 1 when an analyzed resume scores (or matches the posting) below N.")
  Integer minScore;

  @Mixin BatchOutputOptions outputs;
  @Mixin BatchLimitOptions limits;
  @Mixin Options.Keywords keywords;
  @Mixin Options.Output outputOptions;

  private final Keyfit injected;

  /** The posting's name for the ranking, "" without --jd. */
  private String postingName = "";

  /** Where the Ctrl-C hook goes; tests run it by hand. */
  Interrupts.Hooks hooks = Interrupts.RUNTIME;

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
    Path root = walkOptions.root();
    RankingWriter rankingWriter = outputs.rankingWriter();
    BatchRunner.Settings settings = limits.settings();
    outputs.checkOutput(root);
    Keyfit keyfit = injected != null ? injected : keywords.keyfit(settings.jobs());
    AnalysisOptions options =
        AnalysisOptions.defaults().withRole(role.role()).withLimits(limits.limits());
    JobPosting posting = readPosting(keyfit, options);
    AnalysisOptions withPosting = posting == null ? options : options.withPosting(posting);
    postingName = posting == null ? "" : postingName(posting);
    Path reportsDir = outputs.prepareReports(root);
    noteUsedReportsFolder(reportsDir, err);
    FolderWalker.Walk walk = walkOptions.walk(root, excluded());
    // --report-format has a default: without a --reports folder no report is written, so none is
    // rendered (in a worker JVM neither), and each file needs only what its ranking row reads
    List<Renderer> formats = outputs.reportRenderers(); // exit 2 for a ranking format
    List<Renderer> renderers = reportsDir == null ? List.of() : formats;
    BatchReports reports = new BatchReports(reportsDir, walk.files(), renderers, err);
    listSkipped(walk, err);
    if (walk.files().isEmpty()) {
      throw new CliException(
          ExitCodes.USAGE,
          walkOptions.folder
              + ": no resumes found ("
              + DocumentFormat.namesList()
              + ")"
              + (walk.skipped().isEmpty() ? "" : "; " + walk.skipped().size() + " files skipped"));
    }
    boolean byPosting = jobPosting != null;
    // a JSON ranking holds every report: spool them to disk as files finish, so that the batch
    // keeps
    // only each file's ranking fields and its memory stays flat with the folder's size
    RankingSpool spool =
        rankingWriter != null && rankingWriter.needsReports() ? RankingSpool.create() : null;
    boolean rankingOnly = AnalysisWorker.rankingOnly(renderers, spool != null);
    MemoryBudget budget = MemoryBudget.ofHeap();
    // with --isolate the whole per-file pipeline, extraction to rendered reports, runs in a worker
    // JVM killed at --timeout; in-process every stage runs inside the runner's per-file guard
    WorkerPool workers =
        limits.workers(
            AnalysisWorker.launch(
                keywords.dir,
                role.role(),
                jobPosting,
                renderers.stream().map(Renderer::format).toList(),
                spool != null,
                options.limits(),
                limits.workerHeapMb()));
    BatchRunner.FileAnalyzer analyzer =
        workers == null
            ? file -> {
              // under the heap's per-file budget: a huge file waits or is refused, so that it
              // cannot take the memory of the files beside it
              ExtractedDocument document;
              try (MemoryBudget.Reservation parsing = budget.beforeParsing(file)) {
                document = keyfit.extract(DocumentSource.of(file), withPosting);
              }
              try (MemoryBudget.Reservation analysis =
                  budget.beforeAnalysis(document.text().length())) {
                Report report =
                    rankingOnly
                        ? keyfit.analyzeForRanking(document, withPosting)
                        : keyfit.analyze(document, withPosting);
                try {
                  reports.render(file, report);
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
                return report;
              }
            }
            : new IsolatedAnalyzer(workers, options.limits(), reports, spool);
    BatchRunner runner =
        new BatchRunner(
            analyzer,
            settings,
            outcome ->
                outcome instanceof FileOutcome.Analyzed a
                    ? new FileOutcome.Ranked(
                        a.relative(), Ranking.summary(a, role.role(), byPosting))
                    : outcome);
    try (RankingSpool closeSpool = spool;
        WorkerPool closeWorkers = workers;
        BatchProgress progress = BatchProgress.start(walk.files().size(), outputOptions.quiet)) {
      String lineStart =
          progress.shown() ? "\r\033[K" : ""; // clear the bar's line before a message
      BatchRunner.Listener listener =
          outcome -> {
            progress.step();
            if (outcome instanceof FileOutcome.Failed f) {
              printFailure(err, lineStart, f);
            } else if (outcome instanceof FileOutcome.Analyzed a) {
              reports.write(walk.root(), a.relative(), a.report());
              if (spool != null) {
                spool.put(a.source(), a.report());
              }
            } else if (outcome instanceof FileOutcome.Ranked r) {
              reports.write(walk.root(), r.relative(), null); // rendered in the worker
            }
          };
      return Interrupts.run(
          hooks,
          runner,
          () -> {
            try {
              return runner.run(walk.root(), walk.files(), listener);
            } finally {
              progress.close(); // clear the bar before the table and the summary are printed
            }
          },
          r -> finish(r, rankingWriter, walk, reports, spool));
    }
  }

  /**
   * Says so when --reports names a folder that already holds files (they stay beside the new
   * reports).
   */
  private void noteUsedReportsFolder(Path dir, PrintWriter err) {
    if (dir == null || outputOptions.quiet) {
      return;
    }
    try (java.util.stream.Stream<Path> entries = java.nio.file.Files.list(dir)) {
      long used = entries.count();
      if (used > 0) {
        err.println(
            "keyfit: note: "
                + Terminal.safe(outputs.reportsDir.toString())
                + " already holds "
                + used
                + " files; reports with the same names are replaced, the others stay (use an empty folder to keep "
                + "only this batch's reports)");
      }
    } catch (IOException e) {
      // the write of the first report will say what is wrong
    }
  }

  /**
   * The posting, read once for the batch; exit 2 when it cannot be (the whole batch would fail).
   */
  private JobPosting readPosting(Keyfit keyfit, AnalysisOptions options) {
    if (jobPosting == null) {
      return null;
    }
    Options.requireFile(jobPosting, "job posting file");
    try {
      return TimeLimit.call(
          limits.timeout(), () -> keyfit.readPosting(DocumentSource.of(jobPosting), options));
    } catch (ExtractionException e) {
      throw new CliException(
          ExitCodes.USAGE,
          jobPosting
              + ": cannot read the job posting ("
              + e.failure()
              + "): "
              + e.detail()
              + "; "
              + e.failure().remedy(),
          e);
    }
  }

  /** "Senior TPM (tpm-posting.txt)", or the file name when the posting has no title. */
  static String postingName(JobPosting posting) {
    String file = Terminal.safe(posting.file());
    return posting.title().isBlank() ? file : Terminal.safe(posting.title()) + " (" + file + ")";
  }

  /** Never ranked: the reports folder, the ranking file and the posting, when inside the folder. */
  private List<Path> excluded() {
    List<Path> excluded = new ArrayList<>();
    if (outputs.reportsDir != null) {
      excluded.add(BatchWalkOptions.realPath(outputs.reportsDir));
    }
    if (outputs.output != null) {
      excluded.add(BatchWalkOptions.realPath(outputs.output));
    }
    if (jobPosting != null) {
      excluded.add(BatchWalkOptions.realPath(jobPosting));
    }
    return excluded;
  }

  private int finish(
      BatchRunner.Result result,
      RankingWriter rankingWriter,
      FolderWalker.Walk walk,
      BatchReports reports,
      RankingSpool spool) {
    PrintWriter err = spec.commandLine().getErr();
    Ranking ranking =
        Ranking.of(result.outcomes(), result.contentHashes(), role.role(), jobPosting != null);
    RankingWriter.Context context =
        new RankingWriter.Context(
            postingName,
            reports.links(outputs.output),
            spool == null ? RankingWriter.ReportTrees.NONE : spool::tree);
    boolean rankingWritten = writeRanking(ranking, rankingWriter, context, walk);
    long failed = ranking.failed().size();
    long below =
        minScore == null
            ? 0
            : ranking.analyzed().stream().filter(r -> r.score() < minScore).count();
    if (!outputOptions.quiet) {
      err.println(
          "keyfit: "
              + ranking.analyzed().size()
              + " analyzed, "
              + failed
              + " could not be analyzed, "
              + walk.skipped().size()
              + " skipped"
              + (below > 0 ? ", " + below + " below --min-score " + minScore : ""));
    }
    if (!outputOptions.quiet && reports.written() > 0) {
      err.println(
          "keyfit: wrote "
              + reports.written()
              + " reports to "
              + Terminal.safe(outputs.reportsDir.toString()));
    }
    if (result.stop() == BatchRunner.Stop.STUCK) {
      err.println(
          "keyfit: stopped after "
              + result.stuck()
              + " parses hung (--max-stuck "
              + limits.maxStuck
              + "); the rest are NOT_PROCESSED. Check those files, or raise --timeout");
    }
    err.flush();
    return BatchExit.code(result.stop(), !rankingWritten || reports.failed(), failed, below);
  }

  private boolean writeRanking(
      Ranking ranking,
      RankingWriter writer,
      RankingWriter.Context context,
      FolderWalker.Walk walk) {
    Path output = outputs.output;
    if (output == null) {
      TableRankingWriter.print(
          ranking, spec.commandLine().getOut(), Terminal::safe, outputOptions.color(true));
      return true;
    }
    try {
      List<Path> inputs = new ArrayList<>(walk.files().stream().map(walk.root()::resolve).toList());
      if (jobPosting != null) {
        inputs.add(jobPosting);
      }
      OutputFiles.write(output, inputs, out -> writer.write(ranking, context, out));
      if (!outputOptions.quiet) {
        spec.commandLine().getErr().println("keyfit: wrote " + Terminal.safe(output.toString()));
      }
      return true;
    } catch (IOException | RuntimeException e) {
      spec.commandLine()
          .getErr()
          .println(
              "keyfit: cannot write "
                  + Terminal.safe(output.toString())
                  + ": "
                  + Terminal.safe(e.getMessage()));
      return false;
    }
  }

  /** {@code keyfit: <relative path>: <STATUS>: <reason>; <what to do>}, sanitised, one line. */
  private static void printFailure(PrintWriter err, String lineStart, FileOutcome.Failed f) {
    String remedy = f.status() == FileOutcome.NOT_PROCESSED ? "" : "; " + f.status().remedy();
    synchronized (err) {
      err.println(
          lineStart
              + "keyfit: "
              + Terminal.safe(f.source())
              + ": "
              + f.status()
              + ": "
              + Terminal.safe(f.reason())
              + remedy);
      err.flush();
    }
  }

  private void listSkipped(FolderWalker.Walk walk, PrintWriter err) {
    if (outputOptions.quiet || walk.skipped().isEmpty()) {
      return;
    }
    int shown = outputOptions.verbose ? walk.skipped().size() : Math.min(10, walk.skipped().size());
    for (FileOutcome.Skipped s : walk.skipped().subList(0, shown)) {
      err.println(
          "keyfit: skipped " + Terminal.safe(s.source()) + ": " + Terminal.safe(s.reason()));
    }
    if (shown < walk.skipped().size()) {
      err.println(
          "keyfit: skipped "
              + (walk.skipped().size() - shown)
              + " more (use --verbose to list them)");
    }
  }
}
