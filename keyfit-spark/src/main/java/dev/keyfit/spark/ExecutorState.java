package dev.keyfit.spark;

import dev.keyfit.AnalysisOptions;
import dev.keyfit.Keyfit;
import dev.keyfit.batch.FileGuard;
import dev.keyfit.extract.DocumentSource;
import dev.keyfit.extract.ExtractionException;
import dev.keyfit.keywords.DictionaryException;
import dev.keyfit.posting.JobPosting;
import java.nio.file.Path;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * What one executor JVM builds once and shares between its tasks: the analyzer per dictionary (the
 * compiled built-in dictionary ships inside the job jar; the OpenNLP models load once), the posting
 * per job (read from the broadcast bytes the first time a task needs it), and idle file guards,
 * whose long-lived worker threads keep their NLP taggers warm from one partition to the next.
 */
final class ExecutorState {

  private static final Map<String, Keyfit> KEYFITS = new ConcurrentHashMap<>();
  private static final Map<String, JobPosting> POSTINGS = new ConcurrentHashMap<>();
  private static final Map<JobSettings, Queue<FileGuard>> GUARDS = new ConcurrentHashMap<>();

  private ExecutorState() {}

  /** The analyzer for a dictionary folder (null: the built-in dictionary), built once per JVM. */
  static Keyfit keyfit(String keywordsDir) {
    Quiet.libraries();
    return KEYFITS.computeIfAbsent(
        keywordsDir == null ? "" : keywordsDir,
        dir -> {
          try {
            return Keyfit.create(dir.isEmpty() ? null : Path.of(dir));
          } catch (DictionaryException e) {
            throw new IllegalStateException(
                "--keywords " + dir + ": invalid dictionary: " + e.getMessage(), e);
          }
        });
  }

  /** The job's posting, read once per JVM from its bytes, or null without one. */
  static JobPosting posting(JobSettings settings, byte[] bytes) {
    if (!settings.byPosting()) {
      return null;
    }
    String key = settings.keywordsDir() + "\0" + settings.postingHash();
    return POSTINGS.computeIfAbsent(
        key,
        k -> {
          try {
            return keyfit(settings.keywordsDir())
                .readPosting(DocumentSource.of(settings.postingName(), bytes), options(settings));
          } catch (ExtractionException e) {
            // the driver read the same bytes before the job started, so this is not expected
            throw new IllegalStateException(e.getMessage(), e);
          }
        });
  }

  /** The analysis options of a job, as {@code keyfit batch} builds them. */
  static AnalysisOptions options(JobSettings settings) {
    return AnalysisOptions.defaults().withRole(settings.role()).withLimits(settings.limits());
  }

  /** An idle guard for the job, or a new one; give it back with {@link #release}. */
  static FileGuard borrow(JobSettings settings, byte[] postingBytes) {
    FileGuard idle = GUARDS.computeIfAbsent(settings, s -> new ConcurrentLinkedQueue<>()).poll();
    if (idle != null) {
      return idle;
    }
    Keyfit keyfit = keyfit(settings.keywordsDir());
    JobPosting posting = posting(settings, postingBytes);
    AnalysisOptions options = options(settings).withPosting(posting);
    // without the report_json column a row needs only what a ranking reads, as in keyfit batch
    FileGuard.SourceAnalyzer analyzer =
        settings.reports()
            ? source -> keyfit.analyze(source, options)
            : source -> keyfit.analyzeForRanking(source, options);
    return new FileGuard(analyzer, settings.timeout(), settings.maxFileBytes());
  }

  static void release(JobSettings settings, FileGuard guard) {
    GUARDS.computeIfAbsent(settings, s -> new ConcurrentLinkedQueue<>()).add(guard);
  }
}
