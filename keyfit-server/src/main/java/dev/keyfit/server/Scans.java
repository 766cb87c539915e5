package dev.keyfit.server;

import dev.keyfit.AnalysisOptions;
import dev.keyfit.Keyfit;
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
 * time limit. A posting is read once per content and reused by later scans and batches against it
 * ({@link Postings}).
 */
final class Scans {

  /** How many scans are kept for their downloads and views. */
  static final int KEPT = 40;

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
  private final Map<String, Scan> kept = Newest.map(KEPT, false);
  private final Postings postings;

  Scans(ServerSettings settings, Postings postings) {
    this.settings = settings;
    this.postings = postings;
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
    JobPosting read =
        posting == null
            ? null
            : postings.get(posting, () -> limited(() -> keyfit.readPosting(posting, options)));
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
