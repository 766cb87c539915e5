package dev.keyfit.nlp;

import dev.keyfit.extract.ExtractedDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
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
  private final POSTaggerME tagger;
  private final LemmatizerME lemmatizer;

  TextPipeline(NlpModels models, SectionDetector sections) {
    this.models = models;
    this.sections = sections;
    this.sentenceDetector = new SentenceDetectorME(models.sentences);
    this.modelTokenizer =
        new ModelTokens(new TokenizerME(models.tokens), models.chunkCache, NlpModels.CHUNK_CACHE_LIMIT);
    this.tagger = new POSTaggerME(models.pos);
    this.lemmatizer = new LemmatizerME(models.lemmas);
  }

  /** Annotates a document. */
  public AnnotatedResume annotate(ExtractedDocument document) {
    List<ResumeLine> lines = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    int sentence = 0;
    for (LineJoiner.Joined line : LineJoiner.join(document.lines(), sections)) {
      String text = line.text();
      lines.add(new ResumeLine(line.number(), text, line.section(), line.heading(), line.bullet(),
          ResultDetector.isMeasurable(text)));
      for (Span span : sentenceDetector.sentPosDetect(text)) {
        annotateSentence(text, span.getStart(), span.getEnd(), line.number(), sentence++, tokens);
      }
    }
    return new AnnotatedResume(document, lines, tokens, sentence);
  }

  private void annotateSentence(
      String line, int start, int end, int lineNumber, int sentence, List<Token> out) {
    String text = line.substring(start, end);
    Span[] spans = modelTokenizer.tokenizePos(text);
    if (spans.length == 0) {
      return;
    }
    String[] tokens = Span.spansToStrings(spans, text);
    String[] tags = tagger.tag(tokens);
    int s = 0;
    for (WordTokenizer.Word word : words.words(text)) {
      while (s < spans.length - 1 && spans[s].getEnd() <= word.start()) {
        s++;
      }
      String tag = tags[s];
      String lower = word.text().toLowerCase(Locale.ROOT);
      String key = words.key(word.text());
      String lemmaKey = key;
      if (word.text().equals(tokens[s])) { // the lemma is for the model's token, so only then
        String lemma = models.lemma(lower, tag, k -> lemmatize(lower, tag));
        lemmaKey = lemma.equals(lower) ? key : words.key(lemma);
      }
      out.add(new Token(word.text(), lower, key, lemmaKey, tag, lineNumber, start + word.start(), sentence));
    }
  }

  private String lemmatize(String lower, String tag) {
    String lemma = lemmatizer.lemmatize(new String[] {lower}, new String[] {tag})[0];
    // The model answers "O" when it has no lemma for the word.
    return lemma == null || lemma.equals("O") || lemma.isEmpty() ? lower : lemma.toLowerCase(Locale.ROOT);
  }
}
