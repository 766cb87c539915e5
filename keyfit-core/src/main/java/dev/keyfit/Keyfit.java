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
import dev.keyfit.nlp.PipelinePool;
import dev.keyfit.nlp.SectionDetector;
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
 * Create one instance and share it: it is immutable and thread-safe; the NLP taggers come from a
 * bounded pool shared by every thread ({@link Builder#pipelines}).
 *
 * <pre>{@code
 * Keyfit keyfit = Keyfit.create();
 * Report report = keyfit.analyze(Path.of("resume.pdf"), AnalysisOptions.defaults());
 * Report upload =
 *     keyfit.analyze(
 *         DocumentSource.of("cv.docx", bytes),
 *         AnalysisOptions.defaults().withPosting(DocumentSource.of("job.txt", postingBytes)));
 * }</pre>
 *
 * <p>The process that embeds keyfit calls {@link #hardenLibraries()} once at start-up.
 */
public final class Keyfit {

  private final Dictionary dictionary;
  private final Extractors extractors;
  private final Matcher matcher;
  private final Scorer scorer;
  private final Advisor advisor;
  private final PostingAnalyzer postings = new PostingAnalyzer();
  private final JobScorer jobScorer = new JobScorer();
  private final PipelinePool pipelines;
  private final Report.Tool tool;

  private Keyfit(Dictionary dictionary, Extractors extractors, int pipelineCount) {
    this.dictionary = dictionary;
    this.extractors = extractors;
    NlpModels.preload(); // no-op when create() started it; the first annotate() waits for it
    SectionDetector sections =
        new SectionDetector(dictionary.lists().sectionHeadings(), dictionary.lists().subheadings());
    this.pipelines =
        new PipelinePool(() -> NlpModels.shared().newPipeline(sections), pipelineCount);
    this.matcher = Matcher.compile(dictionary);
    this.scorer = new Scorer(dictionary);
    this.advisor = new Advisor(dictionary);
    this.tool = new Report.Tool("keyfit", Version.current(), dictionary.version());
  }

  /** A builder: the built-in dictionary, the standard extractors, a default pipeline pool. */
  public static Builder builder() {
    return new Builder();
  }

  /** keyfit with the built-in dictionary. */
  public static Keyfit create() throws DictionaryException {
    return builder().build();
  }

  /**
   * keyfit with the built-in dictionary overlaid by a directory of dictionary files.
   *
   * @param keywordsDir the directory, or null for the built-in dictionary alone
   * @throws DictionaryException when the dictionary files are invalid
   */
  public static Keyfit create(Path keywordsDir) throws DictionaryException {
    return builder().keywords(keywordsDir).build();
  }

  /**
   * Applies keyfit's JVM-wide library settings ({@link LibrarySettings}): the process owner's call,
   * once at start-up (the CLI's main, a web app's or a Spark job's start). Idempotent. Without it
   * keyfit is still safe: every file is read under its own per-call limits.
   */
  public static void hardenLibraries() {
    LibrarySettings.apply();
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
   * Analyzes a resume, a file or bytes in memory (an upload, say), against the options' posting if
   * they carry one; the report names it by {@link DocumentSource#name()}.
   *
   * @throws ExtractionException when the resume or the job posting cannot be read; its failure says
   *     why and its {@linkplain ExtractionException#subject() subject} which of the two it was
   */
  public Report analyze(DocumentSource resume, AnalysisOptions options) throws ExtractionException {
    ExtractedDocument document = extractors.extract(resume, options.limits());
    return compose(document, options, posting(options));
  }

  /**
   * Extracts a resume with keyfit's extractors, as {@link #analyze(DocumentSource,
   * AnalysisOptions)} does first (for callers that check the text before analyzing it).
   */
  public ExtractedDocument extract(DocumentSource resume, AnalysisOptions options)
      throws ExtractionException {
    return extractors.extract(resume, options.limits());
  }

  /** Analyzes an already extracted document, against the options' posting if they carry one. */
  public Report analyze(ExtractedDocument document, AnalysisOptions options)
      throws ExtractionException {
    return compose(document, options, posting(options));
  }

  /**
   * Analyzes an already extracted document for a ranking only, as a batch that writes no per-file
   * report does: the same scores, matches and missing terms as {@link #analyze(ExtractedDocument,
   * AnalysisOptions)}, but advice with only what a ranking reads ({@link
   * Advisor#adviseForRanking}): no bullet rewrites, and of the checks only {@code not-a-resume}.
   * Not for rendering: a report made from it would lack its checks.
   */
  public Report analyzeForRanking(ExtractedDocument document, AnalysisOptions options)
      throws ExtractionException {
    Assessed a = assess(document, options, posting(options));
    return report(
        document,
        a.assessment(),
        advisor.adviseForRanking(a.resume(), a.assessment(), options.role()));
  }

  /**
   * Extracts and analyzes a resume for a ranking only: {@link #analyzeForRanking(ExtractedDocument,
   * AnalysisOptions)} on {@link #extract}.
   */
  public Report analyzeForRanking(DocumentSource resume, AnalysisOptions options)
      throws ExtractionException {
    return analyzeForRanking(extract(resume, options), options);
  }

  /** The options' posting: already read, read now, or null. */
  private JobPosting posting(AnalysisOptions options) throws ExtractionException {
    if (options.readPosting() != null) {
      return options.readPosting();
    }
    return options.posting() == null ? null : readPosting(options.posting(), options);
  }

  /** The composition of the stages. */
  private Report compose(ExtractedDocument document, AnalysisOptions options, JobPosting posting) {
    Assessed a = assess(document, options, posting);
    Advice advice = advisor.advise(a.resume(), a.assessment(), options.role());
    if (posting != null) {
      advice = QualificationChecks.addTo(advice, posting, a.resume(), dictionary());
    }
    return report(document, a.assessment(), advice);
  }

  /** A resume annotated and assessed: what both the full analysis and the ranking advise on. */
  private record Assessed(AnnotatedResume resume, Assessment assessment) {}

  /** The stages before advice: annotate, match, score every role and, with a posting, match it. */
  private Assessed assess(ExtractedDocument document, AnalysisOptions options, JobPosting posting) {
    AnnotatedResume resume = pipelines.with(p -> p.annotate(document, matcher::startsTerm));
    List<Match> matches = matcher.match(resume);
    // Every role is scored, so that a chosen role's report can still name the real best fit.
    Assessment assessment =
        scorer.score(matches, List.of(), resume.lines(), resume.document().savedYear());
    if (options.role() != null) {
      assessment = assessment.chosen(options.role());
    }
    if (posting != null) {
      assessment = assessment.withJobMatch(jobScorer.score(posting, resume, matches));
    }
    return new Assessed(resume, assessment);
  }

  private Report report(ExtractedDocument document, Assessment assessment, Advice advice) {
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
   * does; failures have the subject {@link ExtractionException.Subject#POSTING} and name the
   * posting by {@link DocumentSource#name()}.
   */
  public JobPosting readPosting(DocumentSource posting, AnalysisOptions options)
      throws ExtractionException {
    ExtractedDocument document;
    try {
      document = extractors.extract(posting, options.limits());
    } catch (ExtractionException e) {
      throw ExtractionException.ofPosting(posting.name(), e);
    }
    AnnotatedResume annotated = postings.forMatching(pipelines.with(p -> p.annotate(document)));
    return postings.analyze(annotated, matcher.match(annotated), matcher.covered(annotated));
  }

  /**
   * The resume's lines and sections as {@link #analyze} reads them (tags and lemmas only where a
   * dictionary term can start), for a view that shows them beside the report, as the web app's
   * "what an ATS sees" does.
   */
  public AnnotatedResume annotateResume(ExtractedDocument document) {
    return pipelines.with(p -> p.annotate(document, matcher::startsTerm));
  }

  /** Builds a {@link Keyfit}; every setting has a default. Not thread-safe; build once. */
  public static final class Builder {
    private Path keywords;
    private Dictionary dictionary;
    private Extractors extractors;
    private int pipelines = PipelinePool.defaultSize();

    private Builder() {}

    /**
     * A folder of dictionary files overlaid on the built-in dictionary (null for none); ignored
     * when a {@link #dictionary} is given.
     */
    public Builder keywords(Path keywordsDir) {
      this.keywords = keywordsDir;
      return this;
    }

    /** A dictionary already loaded (with {@link DictionaryLoader}), instead of the built-in one. */
    public Builder dictionary(Dictionary dictionary) {
      this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
      return this;
    }

    /** The extractors; {@link Extractors#standard()} by default. */
    public Builder extractors(Extractors extractors) {
      this.extractors = Objects.requireNonNull(extractors, "extractors");
      return this;
    }

    /**
     * The most NLP pipelines (four OpenNLP taggers each) that exist at once, shared by every
     * thread; a thread that finds all busy waits. Default: {@link PipelinePool#defaultSize()}.
     */
    public Builder pipelines(int size) {
      if (size < 1) {
        throw new IllegalArgumentException("pipelines must be at least 1: " + size);
      }
      this.pipelines = size;
      return this;
    }

    /**
     * The keyfit.
     *
     * @throws DictionaryException when the dictionary files are invalid
     */
    public Keyfit build() throws DictionaryException {
      // the models load in the background while the dictionary is read and the first file
      // extracted
      NlpModels.preload();
      Dictionary d = dictionary != null ? dictionary : DictionaryLoader.load(keywords);
      return new Keyfit(d, extractors != null ? extractors : Extractors.standard(), pipelines);
    }
  }
}
