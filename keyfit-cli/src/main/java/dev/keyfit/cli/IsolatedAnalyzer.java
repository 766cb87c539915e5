package dev.keyfit.cli;

import dev.keyfit.batch.BatchRunner;
import dev.keyfit.batch.FileOutcome;
import dev.keyfit.batch.FolderWalker;
import dev.keyfit.batch.WorkerPool;
import dev.keyfit.batch.WorkerProtocol;
import dev.keyfit.extract.ExtractionException;
import dev.keyfit.extract.ExtractionLimits;
import dev.keyfit.report.Report;
import java.nio.file.Path;

/**
 * The batch's analyzer with {@code --isolate}: each file's whole pipeline runs in a worker JVM
 * ({@link AnalysisWorker}), which is killed at the time limit whatever stage the file is in; the
 * parent only keeps the ranking fields, the rendered reports (for {@link BatchReports#write}) and,
 * for a JSON ranking, the report tree (spooled).
 */
final class IsolatedAnalyzer implements BatchRunner.FileAnalyzer {

  private final WorkerPool workers;
  private final ExtractionLimits limits;
  private final BatchReports reports;
  private final RankingSpool spool;

  /**
   * @param spool where report trees go, or null when the ranking does not hold them
   */
  IsolatedAnalyzer(
      WorkerPool workers, ExtractionLimits limits, BatchReports reports, RankingSpool spool) {
    this.workers = workers;
    this.limits = limits;
    this.reports = reports;
    this.spool = spool;
  }

  @Override
  public Report analyze(Path file) {
    throw new UnsupportedOperationException("an isolated file's report stays in its worker");
  }

  @Override
  public FileOutcome outcome(Path relative, Path file) throws ExtractionException {
    WorkerProtocol.Analysis analysis = workers.analyze(file, limits);
    String source = FolderWalker.display(relative);
    reports.keep(file, analysis.reports());
    if (spool != null && analysis.tree() != null) {
      spool.put(source, analysis.tree());
    }
    return new FileOutcome.Ranked(relative, analysis.row().withSource(source));
  }
}
