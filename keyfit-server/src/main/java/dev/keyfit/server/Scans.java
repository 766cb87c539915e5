package dev.keyfit.server;

import dev.keyfit.AnalysisOptions;
import dev.keyfit.Keyfit;
import dev.keyfit.batch.FileGuard;
import dev.keyfit.batch.Ranking;
import dev.keyfit.extract.DocumentSource;
import dev.keyfit.extract.ExtractedDocument;
import dev.keyfit.extract.ExtractionException;
import dev.keyfit.extract.Extractors;
import dev.keyfit.keywords.Role;
import dev.keyfit.nlp.AnnotatedResume;
import dev.keyfit.posting.JobPosting;
import dev.keyfit.report.Report;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The single scans of a session: the one place that calls the core for them. A resume's bytes are
 * extracted in memory, analyzed with {@code Keyfit.analyze} against a posting read with {@code
 * Keyfit.readPosting}, and kept in memory (the last {@value #KEPT} scans, for the page, its
 * downloads and its "what an ATS sees" view) with the score each file name had last, so that a
 * re-scan shows its change. Nothing is written to disk; every scan is held to the batch's per-file
 * time limit. A posting is read once per content: re-scans against the same posting (the page's
 * usual loop: edit the resume, drop it again) reuse the posting as analyzed, the last {@value
 * #POSTINGS_KEPT} by name and SHA-256 of their bytes.
 */
final class Scans {

  /** How many scans are kept for their downloads and views. */
  static final int KEPT = 40;

  /** How many analyzed postings are kept for re-scans against them. */
  static final int POSTINGS_KEPT = 8;

  /**
   * One scan.
   *
   * @param id its id in this session
   * @param report the report
   * @param document the extracted text (for the ATS view)
   * @param score the score shown: the posting match rate, else the chosen or best role's score
   * @param previous the score of the last scan of the same file name, or null
   * @param millis how long the scan took on the server
   */
  record Scan(
      String id,
      Report report,
      ExtractedDocument document,
      int score,
      Integer previous,
      long millis,
      AtomicReference<AnnotatedResume> annotated) {}

  private final ServerSettings settings;
  private final Extractors extractors = Extractors.standard();
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<String, Integer> lastScore = new ConcurrentHashMap<>();
  private final Map<String, Scan> kept = newest(KEPT, false);
  private final Map<String, JobPosting> postings = newest(POSTINGS_KEPT, true);

  Scans(ServerSettings settings) {
    this.settings = settings;
  }

  /**
   * A thread-safe map that keeps its newest {@code limit} entries: by insertion, or by last use
   * when {@code byUse}.
   */
  private static <V> Map<String, V> newest(int limit, boolean byUse) {
    return java.util.Collections.synchronizedMap(
        new LinkedHashMap<>(16, 0.75f, byUse) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
            return size() > limit;
          }
        });
  }

  /**
   * Scans a resume.
   *
   * @param posting the posting, or null
   * @param role pm, tpm, or null for both (advice for the best fit)
   */
  Scan scan(DocumentSource resume, DocumentSource posting, Role role) throws ExtractionException {
    long start = System.nanoTime();
    AnalysisOptions options =
        AnalysisOptions.defaults().withRole(role).withLimits(settings.limits());
    Keyfit keyfit = settings.keyfit().get();
    ExtractedDocument document = limited(() -> extractors.extract(resume, options.limits()));
    JobPosting read = posting == null ? null : posting(keyfit, posting, options);
    Report report = limited(() -> keyfit.analyze(document, options.withPosting(read)));
    int score = Ranking.score(report, role, read != null);
    Integer previous = lastScore.put(report.source().file(), score);
    Scan scan =
        new Scan(
            Integer.toString(ids.incrementAndGet()),
            report,
            document,
            score,
            previous,
            (System.nanoTime() - start) / 1_000_000,
            new AtomicReference<>());
    kept.put(scan.id(), scan);
    return scan;
  }

  /**
   * The posting as analyzed: read under the time limit the first time its name and bytes are seen,
   * then reused (the server's limits do not change while it runs, and reading is deterministic).
   */
  private JobPosting posting(Keyfit keyfit, DocumentSource posting, AnalysisOptions options)
      throws ExtractionException {
    byte[] bytes = posting.bytes().orElse(null);
    if (bytes == null) {
      return limited(() -> keyfit.readPosting(posting, options));
    }
    String key = posting.name() + "\0" + FileGuard.sha256(bytes);
    JobPosting known = postings.get(key);
    if (known != null) {
      return known;
    }
    JobPosting read = limited(() -> keyfit.readPosting(posting, options));
    postings.put(key, read);
    return read;
  }

  /** A kept scan. */
  Scan get(String id) {
    Scan scan = kept.get(id);
    if (scan == null) {
      throw Refusal.notFound("scan " + id);
    }
    return scan;
  }

  /** The scan's resume as annotated for matching (lines, sections), computed once. */
  AnnotatedResume annotated(Scan scan) throws ExtractionException {
    AnnotatedResume a = scan.annotated().get();
    if (a == null) {
      Keyfit keyfit = settings.keyfit().get();
      a = limited(() -> keyfit.annotateResume(scan.document()));
      scan.annotated().set(a);
    }
    return a;
  }

  /**
   * Runs one stage under the per-file time limit, in a thread of its own that is interrupted (the
   * core's stages stop at an interrupt) when the limit is reached; a TIMEOUT failure then.
   */
  private <T> T limited(Callable<T> stage) throws ExtractionException {
    Duration limit = settings.batch().timeout();
    AtomicReference<Object> result = new AtomicReference<>();
    Thread worker =
        new Thread(
            () -> {
              try {
                result.set(new Done(stage.call()));
              } catch (Throwable t) { // NOPMD: every failure is the file's, classified below
                result.set(t);
              }
            },
            "keyfit-scan-" + ids.get());
    worker.setDaemon(true);
    worker.start();
    try {
      worker.join(limit.toMillis());
    } catch (InterruptedException e) {
      worker.interrupt();
      Thread.currentThread().interrupt();
      throw new ExtractionException(
          dev.keyfit.extract.Failure.TIMEOUT, "the server is stopping; the scan was stopped");
    }
    Object r = result.get();
    if (r == null) {
      worker.interrupt();
      throw new ExtractionException(
          dev.keyfit.extract.Failure.TIMEOUT,
          "gave up after " + limit.toSeconds() + " s; the analysis was stopped");
    }
    if (r instanceof Done done) {
      @SuppressWarnings("unchecked")
      T value = (T) done.value();
      return value;
    }
    if (r instanceof ExtractionException e) {
      throw e;
    }
    throw Extractors.classify((Throwable) r);
  }

  private record Done(Object value) {}
}
