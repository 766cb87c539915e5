package dev.keyfit.nlp;

import dev.keyfit.extract.ExtractedDocument;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.Predicate;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;

/**
 * Annotates one document at a time: lines → sections → sentences → OpenNLP tokens → POS tags →
 * lemmas, then the match words of {@link WordTokenizer}, each carrying the tag and lemma of the
 * OpenNLP token it starts in. Holds the OpenNLP taggers, which are not thread-safe: use one
 * pipeline per thread.
 */
public final class TextPipeline {

  private final NlpModels models;
  private final SectionDetector sections;
  private final SentenceDetectorME sentenceDetector;
  private final ModelTokens modelTokenizer;
  private final WordTokenizer words = new WordTokenizer();
  private final BeamSearch tagger;
  private final POSContextGenerator tagContexts;
  private final SequenceValidator<String> tagValidator;
  private final PosTagger compactTagger; // null: OpenNLP's BeamSearch tags
  private final LemmatizerME lemmatizer;

  TextPipeline(NlpModels models, SectionDetector sections) {
    this.models = models;
    this.sections = sections;
    this.sentenceDetector = new SentenceDetectorME(models.sentences);
    this.modelTokenizer =
        new ModelTokens(
            new TokenizerME(models.tokens), models.chunkCache, NlpModels.CHUNK_CACHE_LIMIT);
    POSTaggerFactory tagging = models.pos.getFactory();
    // POSTaggerME would search with the model's beam of 3; see NlpModels.POS_BEAM
    this.tagger =
        new BeamSearch(
            NlpModels.POS_BEAM, (MaxentModel) models.pos.getArtifact(NlpModels.POS_ARTIFACT));
    this.tagContexts = tagging.getPOSContextGenerator(0); // no context cache: each context once
    this.tagValidator = tagging.getSequenceValidator();
    this.compactTagger =
        models.posWeights == null
            ? null
            : new PosTagger(models.posWeights, tagContexts, tagValidator);
    this.lemmatizer = new LemmatizerME(models.lemmas);
  }

  /** Tag given to words of sentences that were not POS-tagged (Universal Dependencies "other"). */
  public static final String UNTAGGED = "X";

  /** Annotates a document, tagging every sentence. */
  public AnnotatedResume annotate(ExtractedDocument document) {
    return annotate(document, key -> true);
  }

  /**
   * Annotates a document, POS-tagging and lemmatizing only the sentences with a word for which
   * {@code needsTags} holds (given the word's match key); the words of other sentences get the tag
   * {@link #UNTAGGED} and their stem as lemma key. The tagger is most of the annotation's cost, and
   * matching only needs tags and lemmas where a dictionary term can start.
   */
  public AnnotatedResume annotate(ExtractedDocument document, Predicate<String> needsTags) {
    List<ResumeLine> lines = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    int sentence = 0;
    for (LineJoiner.Joined line : sections.assign(LineJoiner.join(document.lines(), sections))) {
      String text = line.text();
      lines.add(
          new ResumeLine(
              line.number(),
              text,
              line.section(),
              line.heading(),
              line.bullet(),
              ResultDetector.isMeasurable(text)));
      for (Span span : sentenceDetector.sentPosDetect(text)) {
        if (Thread.currentThread().isInterrupted()) { // a guard gave up on this file: stop here
          throw new CancellationException("annotation was stopped");
        }
        annotateSentence(
            text, span.getStart(), span.getEnd(), line.number(), sentence++, tokens, needsTags);
      }
    }
    return new AnnotatedResume(document, lines, tokens, sentence);
  }

  private void annotateSentence(
      String line,
      int start,
      int end,
      int lineNumber,
      int sentence,
      List<Token> out,
      Predicate<String> needsTags) {
    String text = line.substring(start, end);
    List<WordTokenizer.Word> sentenceWords = words.words(text);
    String[] keys = new String[sentenceWords.size()];
    boolean needed = false;
    for (int i = 0; i < keys.length; i++) {
      keys[i] = words.key(sentenceWords.get(i).text());
      needed |= needsTags.test(keys[i]);
    }
    if (!needed) {
      for (int i = 0; i < keys.length; i++) {
        WordTokenizer.Word word = sentenceWords.get(i);
        out.add(
            new Token(
                word.text(),
                word.text().toLowerCase(Locale.ROOT),
                keys[i],
                keys[i],
                UNTAGGED,
                lineNumber,
                start + word.start(),
                sentence));
      }
      return;
    }
    Span[] spans = modelTokenizer.tokenizePos(text);
    if (spans.length == 0) {
      return;
    }
    String[] tokens = Span.spansToStrings(spans, text);
    String[] tags = tag(tokens);
    int s = 0;
    int w = 0;
    for (WordTokenizer.Word word : sentenceWords) {
      while (s < spans.length - 1 && spans[s].getEnd() <= word.start()) {
        s++;
      }
      String tag = tags[s];
      String lower = word.text().toLowerCase(Locale.ROOT);
      String key = keys[w++];
      String lemmaKey = key;
      if (word.text().equals(tokens[s])) { // the lemma is for the model's token, so only then
        String lemma = models.lemma(lower, tag, k -> lemmatize(lower, tag));
        lemmaKey = lemma.equals(lower) ? key : words.key(lemma);
      }
      out.add(
          new Token(
              word.text(), lower, key, lemmaKey, tag, lineNumber, start + word.start(), sentence));
    }
  }

  /**
   * POS tags of a sentence. The tagger's cost grows faster than linearly with a sentence's length,
   * so a sentence longer than {@link #MAX_TAGGED_TOKENS} tokens (a document without punctuation,
   * never a resume's real sentence) is tagged in pieces of that size; each tag depends on a few
   * neighbouring tokens only, so only the tags next to a cut can differ.
   */
  private String[] tag(String[] tokens) {
    if (tokens.length <= MAX_TAGGED_TOKENS) {
      return tagPiece(tokens);
    }
    String[] tags = new String[tokens.length];
    for (int from = 0; from < tokens.length; from += MAX_TAGGED_TOKENS) {
      if (Thread.currentThread().isInterrupted()) {
        throw new CancellationException("annotation was stopped");
      }
      int to = Math.min(tokens.length, from + MAX_TAGGED_TOKENS);
      System.arraycopy(tagPiece(Arrays.copyOfRange(tokens, from, to)), 0, tags, from, to - from);
    }
    return tags;
  }

  /**
   * The best tag sequence for {@code tokens} in a beam of {@link NlpModels#POS_BEAM}, as
   * POSTaggerME's tag(String[]) gives it in the model's beam; in a beam of one through {@link
   * PosTagger}.
   */
  String[] tagPiece(String[] tokens) {
    if (compactTagger != null) {
      return compactTagger.tag(tokens);
    }
    return openNlpTagPiece(tokens);
  }

  /** The same tags through OpenNLP's BeamSearch and GISModel. */
  private String[] openNlpTagPiece(String[] tokens) {
    return tagger
        .bestSequence(tokens, null, tagContexts, tagValidator)
        .getOutcomes()
        .toArray(new String[0]);
  }

  /** Sentences longer than this many model tokens are tagged in pieces of this size. */
  static final int MAX_TAGGED_TOKENS = 200;

  private String lemmatize(String lower, String tag) {
    String lemma = lemmatizer.lemmatize(new String[] {lower}, new String[] {tag})[0];
    // The model answers "O" when it has no lemma for the word.
    return lemma == null || lemma.equals("O") || lemma.isEmpty()
        ? lower
        : lemma.toLowerCase(Locale.ROOT);
  }
}
