package dev.keyfit.nlp;

import dev.keyfit.extract.ExtractedDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * Annotates one document at a time: lines → sections → sentences → words → POS tags → lemmas.
 * Holds the OpenNLP taggers, which are not thread-safe: use one pipeline per thread.
 */
public final class TextPipeline {

  private static final String BULLETS = "•-*–·▪◦●‣⁃>";

  private final NlpModels models;
  private final SectionDetector sections;
  private final SentenceDetectorME sentenceDetector;
  private final WordTokenizer tokenizer;
  private final POSTaggerME tagger;
  private final LemmatizerME lemmatizer;

  TextPipeline(NlpModels models, SectionDetector sections) {
    this.models = models;
    this.sections = sections;
    this.sentenceDetector = new SentenceDetectorME(models.sentences);
    this.tokenizer = models.newTokenizer();
    this.tagger = new POSTaggerME(models.pos);
    this.lemmatizer = new LemmatizerME(models.lemmas);
  }

  /** Annotates a document. */
  public AnnotatedResume annotate(ExtractedDocument document) {
    List<ResumeLine> lines = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    Section section = Section.HEADER;
    int sentence = 0;
    List<String> raw = document.lines();
    for (int i = 0; i < raw.size(); i++) {
      String text = raw.get(i).strip();
      if (text.isEmpty()) {
        continue;
      }
      Section heading = sections.headingOf(text);
      if (heading != null) {
        section = heading;
      }
      boolean bullet = BULLETS.indexOf(text.charAt(0)) >= 0 && text.length() > 1;
      lines.add(
          new ResumeLine(
              i + 1, text, section, heading != null, bullet, ResultDetector.isMeasurable(text)));
      for (Span span : sentenceDetector.sentPosDetect(text)) {
        annotateSentence(text, span.getStart(), span.getEnd(), i + 1, sentence++, tokens);
      }
    }
    return new AnnotatedResume(document, lines, tokens, sentence);
  }

  private void annotateSentence(
      String line, int start, int end, int lineNumber, int sentence, List<Token> out) {
    List<WordTokenizer.Word> words = tokenizer.words(line.substring(start, end));
    if (words.isEmpty()) {
      return;
    }
    String[] texts = new String[words.size()];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = words.get(i).text();
    }
    String[] tags = tagger.tag(texts);
    for (int i = 0; i < texts.length; i++) {
      String word = texts[i];
      String lower = word.toLowerCase(Locale.ROOT);
      String key = tokenizer.key(word);
      String tag = tags[i];
      String lemma = models.lemma(lower, tag, k -> lemmatize(lower, tag));
      String lemmaKey = lemma.equals(lower) ? key : tokenizer.key(lemma);
      out.add(
          new Token(
              word, lower, key, lemmaKey, tag, lineNumber, start + words.get(i).start(),
              sentence));
    }
  }

  private String lemmatize(String lower, String tag) {
    String lemma = lemmatizer.lemmatize(new String[] {lower}, new String[] {tag})[0];
    // The model answers "O" when it has no lemma for the word.
    return lemma == null || lemma.equals("O") || lemma.isEmpty() ? lower : lemma.toLowerCase(Locale.ROOT);
  }
}
