package dev.keyfit;

import dev.keyfit.advise.Advice;
import dev.keyfit.advise.Advisor;
import dev.keyfit.advise.QualificationChecks;
import dev.keyfit.extract.DocumentSource;
import dev.keyfit.extract.ExtractedDocument;
import dev.keyfit.extract.ExtractionException;
import dev.keyfit.extract.Extractors;
import dev.keyfit.keywords.Dictionary;
import dev.keyfit.keywords.DictionaryException;
import dev.keyfit.keywords.DictionaryLoader;
import dev.keyfit.match.Match;
import dev.keyfit.match.Matcher;
import dev.keyfit.nlp.AnnotatedResume;
import dev.keyfit.nlp.NlpModels;
import dev.keyfit.nlp.SectionDetector;
import dev.keyfit.nlp.TextPipeline;
import dev.keyfit.posting.JobPosting;
import dev.keyfit.posting.PostingAnalyzer;
import dev.keyfit.report.Report;
import dev.keyfit.score.Assessment;
import dev.keyfit.score.JobScorer;
import dev.keyfit.score.Scorer;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The library entry point: analyze a resume (a file, or bytes in memory) and get a {@link Report}.
 * Create one instance and share it: it is immutable and thread-safe (each thread gets its own NLP
 * taggers).
 *
 * <pre>{@code
 * Keyfit keyfit = Keyfit.create();
 * Report report = keyfit.analyze(Path.of("resume.pdf"), AnalysisOptions.defaults());
 * Report upload = keyfit.analyze(DocumentSource.of("cv.docx", bytes), AnalysisOptions.defaults());
 * }</pre>
 */
public final class Keyfit {

  private final Dictionary dictionary;
  private final Extractors extractors;
  private final Matcher matcher;
  private final Scorer scorer;
  private final Advisor advisor;
  private final PostingAnalyzer postings = new PostingAnalyzer();
  private final JobScorer jobScorer = new JobScorer();
  private final ThreadLocal<TextPipeline> pipelines;
  private final Report.Tool tool;

  private Keyfit(Dictionary dictionary, Extractors extractors) {
    this.dictionary = dictionary;
    this.extractors = extractors;
    NlpModels.preload(); // no-op when create() started it; the first annotate() waits for it
    SectionDetector sections = new SectionDetector(dictionary.lists().sectionHeadings());
    this.pipelines = ThreadLocal.withInitial(() -> NlpModels.shared().newPipeline(sections));
    this.matcher = Matcher.compile(dictionary);
    this.scorer = new Scorer(dictionary);
    this.advisor = new Advisor(dictionary);
    this.tool = new Report.Tool("keyfit", Version.current(), dictionary.version());
  }

  /** keyfit with the built-in dictionary. */
  public static Keyfit create() throws DictionaryException {
    return create(null);
  }

  /**
   * keyfit with the built-in dictionary overlaid by a directory of dictionary files.
   *
   * @param keywordsDir the directory, or null for the built-in dictionary alone
   * @throws DictionaryException when the dictionary files are invalid
   */
  public static Keyfit create(Path keywordsDir) throws DictionaryException {
    // the models load in the background while the dictionary is read and the first file extracted
    NlpModels.preload();
    return new Keyfit(DictionaryLoader.load(keywordsDir), Extractors.standard());
  }

  /** keyfit with a given dictionary and extractors (tests inject fakes here). */
  public static Keyfit of(Dictionary dictionary, Extractors extractors) {
    return new Keyfit(Objects.requireNonNull(dictionary), Objects.requireNonNull(extractors));
  }

  /** The dictionary in use. */
  public Dictionary dictionary() {
    return dictionary;
  }

  /** Analyzes a resume file: {@link #analyze(DocumentSource, AnalysisOptions)} on the file. */
  public Report analyze(Path file, AnalysisOptions options) throws ExtractionException {
    return analyze(DocumentSource.of(file), options);
  }

  /**
   * Analyzes a resume, a file or bytes in memory (an upload, say); the report names it by {@link
   * DocumentSource#name()}.
   *
   * @throws ExtractionException when the resume (or the job posting) cannot be read; its failure
   *     says why
   */
  public Report analyze(DocumentSource resume, AnalysisOptions options) throws ExtractionException {
    ExtractedDocument document = extractors.extract(resume, options.limits());
    return analyze(document, options);
  }

  /** Analyzes an already extracted document. */
  public Report analyze(ExtractedDocument document, AnalysisOptions options)
      throws ExtractionException {
    JobPosting posting =
        options.jobPosting() == null ? null : readPosting(options.jobPosting(), options);
    return analyze(document, options, posting);
  }

  /**
   * Analyzes a resume against a posting read once with {@link #readPosting} (a batch reads the
   * posting once for all its resumes); {@code options.jobPosting()} is ignored.
   *
   * @param posting the posting, or null for none
   */
  public Report analyze(Path file, AnalysisOptions options, JobPosting posting)
      throws ExtractionException {
    return analyze(DocumentSource.of(file), options, posting);
  }

  /**
   * Analyzes a resume, a file or bytes in memory, against a posting read once with {@link
   * #readPosting}; {@code options.jobPosting()} is ignored.
   *
   * @param posting the posting, or null for none
   */
  public Report analyze(DocumentSource resume, AnalysisOptions options, JobPosting posting)
      throws ExtractionException {
    return analyze(extractors.extract(resume, options.limits()), options, posting);
  }

  /**
   * Analyzes an already extracted document against a posting read once with {@link #readPosting} (a
   * batch that extracts in child processes); {@code options.jobPosting()} is ignored.
   *
   * @param posting the posting, or null for none
   */
  public Report analyze(ExtractedDocument document, AnalysisOptions options, JobPosting posting) {
    AnnotatedResume resume = annotateResume(document);
    List<Match> matches = matcher.match(resume);
    // Every role is scored, so that a chosen role's report can still name the real best fit.
    Assessment assessment = scorer.score(matches, List.of(), resume.lines());
    if (options.role() != null) {
      assessment = assessment.chosen(options.role());
    }
    if (posting != null) {
      assessment = assessment.withJobMatch(jobScorer.score(posting, resume, matches));
    }
    Advice advice = advisor.advise(resume, assessment, options.role());
    if (posting != null) {
      advice = QualificationChecks.addTo(advice, posting, resume);
    }
    return new Report(
        tool,
        new Report.Source(document.fileName(), document.format(), document.layout()),
        assessment,
        advice);
  }

  /**
   * Reads a job posting through the same stages as a resume (extract, annotate, match), then as a
   * posting. Failures name the posting, so that they are not mistaken for the resume's.
   */
  public JobPosting readPosting(Path file, AnalysisOptions options) throws ExtractionException {
    return readPosting(DocumentSource.of(file), options);
  }

  /**
   * Reads a job posting, a file or bytes in memory, as {@link #readPosting(Path, AnalysisOptions)}
   * does; failures name the posting by {@link DocumentSource#name()}.
   */
  public JobPosting readPosting(DocumentSource posting, AnalysisOptions options)
      throws ExtractionException {
    ExtractedDocument document;
    try {
      document = extractors.extract(posting, options.limits());
    } catch (ExtractionException e) {
      throw new ExtractionException(
          e.failure(), "job posting " + posting.name() + ": " + e.getMessage(), e);
    }
    AnnotatedResume annotated = annotate(document);
    return postings.analyze(annotated, matcher.match(annotated), matcher.covered(annotated));
  }

  /**
   * Annotates a resume as {@link #analyze} does: part-of-speech tags and lemmas only for the
   * sentences where a dictionary term can start (a posting needs them everywhere).
   */
  public AnnotatedResume annotateResume(ExtractedDocument document) {
    return pipelines.get().annotate(document, matcher::startsTerm);
  }

  /**
   * Annotates a document fully, every sentence tagged (for tools that need the stages one by one).
   */
  public AnnotatedResume annotate(ExtractedDocument document) {
    return pipelines.get().annotate(document);
  }

  /** The matcher compiled from the dictionary. */
  public Matcher matcher() {
    return matcher;
  }
}
