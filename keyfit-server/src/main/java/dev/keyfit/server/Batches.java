package dev.keyfit.server;

import dev.keyfit.AnalysisOptions;
import dev.keyfit.Keyfit;
import dev.keyfit.batch.BatchRunner;
import dev.keyfit.batch.FileOutcome;
import dev.keyfit.batch.FolderWalker;
import dev.keyfit.batch.Ranking;
import dev.keyfit.extract.DocumentSource;
import dev.keyfit.extract.ExtractionException;
import dev.keyfit.keywords.Role;
import dev.keyfit.posting.JobPosting;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The batches of a session: the one place that runs {@code keyfit batch}'s machinery for the page.
 * An upload is written into a private folder ({@link BatchFolder}), walked by {@link FolderWalker}
 * as a folder given to {@code keyfit batch} is (hidden files, lock files and non-resumes skipped),
 * run by the real {@link BatchRunner} under the same guard settings, and ranked by {@link Ranking}:
 * the same order, statuses and duplicate flags. The folder is deleted as soon as the run ends; the
 * ranking (reports included) stays in memory for the session, the last {@value #KEPT} batches.
 */
final class Batches implements AutoCloseable {

  static final int KEPT = 5;

  /** A batch: running until {@link #ranking} is set, or failed with {@link #error}. */
  static final class Job {
    final String id;
    final int total;
    final String posting;
    final boolean byPosting;
    final List<FileOutcome.Skipped> skipped;
    final AtomicInteger done = new AtomicInteger();
    final long started = System.nanoTime();
    volatile Ranking ranking;
    volatile String error;
    volatile long millis;

    Job(
        String id,
        int total,
        String posting,
        boolean byPosting,
        List<FileOutcome.Skipped> skipped) {
      this.id = id;
      this.total = total;
      this.posting = posting;
      this.byPosting = byPosting;
      this.skipped = List.copyOf(skipped);
    }
  }

  private final ServerSettings settings;
  private final Path root;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<String, Job> jobs =
      Collections.synchronizedMap(
          new LinkedHashMap<>() {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Job> eldest) {
              return size() > KEPT && eldest.getValue().ranking != null;
            }
          });
  private final List<BatchRunner> running = Collections.synchronizedList(new ArrayList<>());

  private final Postings postings;

  Batches(ServerSettings settings, Path root, Postings postings) {
    this.settings = settings;
    this.root = root;
    this.postings = postings;
  }

  /** A new private folder for an upload. */
  BatchFolder folder() throws IOException {
    return new BatchFolder(PrivateFiles.folder(root, "batch-"), settings);
  }

  /**
   * Starts a batch over an upload's folder; the folder is deleted when it ends (or now, when the
   * posting cannot be read or the folder holds no resume).
   */
  Job start(BatchFolder folder, DocumentSource posting, Role role) throws IOException {
    boolean started = false;
    try {
      Keyfit keyfit = settings.keyfit().get();
      AnalysisOptions options =
          AnalysisOptions.defaults().withRole(role).withLimits(settings.limits());
      JobPosting read = readPosting(keyfit, posting, options);
      FolderWalker.Walk walk = FolderWalker.walk(folder.dir(), FolderWalker.Settings.defaults());
      List<FileOutcome.Skipped> skipped = new ArrayList<>(folder.skipped());
      skipped.addAll(walk.skipped());
      if (walk.files().isEmpty() && folder.refused().isEmpty()) {
        throw Refusal.badRequest(
            "no resumes found in the upload ("
                + dev.keyfit.extract.DocumentFormat.namesList()
                + ")"
                + (skipped.isEmpty() ? "" : "; " + skipped.size() + " files skipped"));
      }
      Job job =
          new Job(
              Integer.toString(ids.incrementAndGet()),
              walk.files().size() + folder.refused().size(),
              read == null
                  ? ""
                  : (read.title().isBlank()
                      ? read.file()
                      : read.title() + " (" + read.file() + ")"),
              read != null,
              skipped);
      job.done.addAndGet(folder.refused().size());
      BatchRunner runner =
          new BatchRunner(
              file -> keyfit.analyze(file, options.withPosting(read)), settings.batch());
      jobs.put(job.id, job);
      running.add(runner);
      Thread t =
          new Thread(() -> run(job, runner, walk, folder, role), "keyfit-serve-batch-" + job.id);
      t.setDaemon(true);
      t.start();
      started = true;
      return job;
    } finally {
      if (!started) {
        PrivateFiles.delete(folder.dir());
      }
    }
  }

  private void run(
      Job job, BatchRunner runner, FolderWalker.Walk walk, BatchFolder folder, Role role) {
    Ranking ranking = null;
    String error = null;
    try {
      BatchRunner.Result result =
          runner.run(walk.root(), walk.files(), outcome -> job.done.incrementAndGet());
      List<FileOutcome> outcomes = new ArrayList<>(result.outcomes());
      outcomes.addAll(folder.refused());
      ranking = Ranking.of(outcomes, result.contentHashes(), role, job.byPosting);
    } catch (RuntimeException e) {
      error = "the batch stopped (" + e.getClass().getSimpleName() + "); try again";
    } finally {
      running.remove(runner);
      PrivateFiles.delete(folder.dir());
      job.millis = (System.nanoTime() - job.started) / 1_000_000;
      // published last: a batch shown done has its folder deleted and its time set
      job.error = ranking == null && error == null ? "the batch stopped; try again" : error;
      job.ranking = ranking;
    }
  }

  private JobPosting readPosting(Keyfit keyfit, DocumentSource posting, AnalysisOptions options) {
    if (posting == null) {
      return null;
    }
    try {
      return postings.get(posting, () -> keyfit.readPosting(posting, options));
    } catch (ExtractionException e) {
      throw new Refusal(422, ScanRoutes.describe(posting.name(), e));
    }
  }

  Job get(String id) {
    Job job = jobs.get(id);
    if (job == null) {
      throw Refusal.notFound("batch " + id);
    }
    return job;
  }

  /** A finished batch's row, by its index in the ranking. */
  Ranking.Row row(String id, String index) {
    Job job = get(id);
    Ranking ranking = job.ranking;
    if (ranking == null) {
      throw Refusal.notFound("a finished batch " + id);
    }
    try {
      int i = Integer.parseInt(index);
      Ranking.Row row = ranking.rows().get(i);
      if (!row.ok()) {
        throw Refusal.notFound("a report for " + row.source() + " (it could not be analyzed)");
      }
      return row;
    } catch (NumberFormatException | IndexOutOfBoundsException e) {
      throw Refusal.notFound("row " + index + " of batch " + id);
    }
  }

  /** Stops the batches still running (their folders are deleted as they end). */
  @Override
  public void close() {
    synchronized (running) {
      running.forEach(BatchRunner::interrupt);
    }
  }
}
