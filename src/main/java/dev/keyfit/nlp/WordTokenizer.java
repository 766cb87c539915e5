package dev.keyfit.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.stemmer.snowball.SnowballStemmer;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Splits text into the words the matcher compares: OpenNLP's tokenizer, then a deterministic split
 * at {@code /} and hyphens inside tokens, so "CI/CD", "CI-CD" and "CI / CD" all give [CI, CD].
 * Dictionary aliases and resumes go through the same tokenizer, so they always agree. Not
 * thread-safe.
 */
public final class WordTokenizer {

  /** One word and its offsets in the tokenized text. */
  public record Word(String text, int start, int end) {}

  private final TokenizerME tokenizer;
  private final SnowballStemmer stemmer =
      new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);

  WordTokenizer(TokenizerModel model) {
    this.tokenizer = new TokenizerME(model);
  }

  /** The words of {@code text}, separators dropped. */
  public List<Word> words(String text) {
    List<Word> words = new ArrayList<>();
    for (Span span : tokenizer.tokenizePos(text)) {
      splitAtSeparators(text, span.getStart(), span.getEnd(), words);
    }
    return words;
  }

  /** The match key of a word: its Snowball stem, in lower case. */
  public String key(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.length() < 3 || !isPlainWord(lower)) {
      return lower; // stemming "c#", "k8s" or "it" would only blur them
    }
    return stemmer.stem(lower).toString();
  }

  private static boolean isPlainWord(String lower) {
    for (int i = 0; i < lower.length(); i++) {
      if (!Character.isLetter(lower.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static void splitAtSeparators(String text, int start, int end, List<Word> out) {
    int pieceStart = start;
    for (int i = start; i <= end; i++) {
      if (i == end || isSeparator(text.charAt(i))) {
        if (i > pieceStart) {
          out.add(new Word(text.substring(pieceStart, i), pieceStart, i));
        }
        pieceStart = i + 1;
      }
    }
  }

  private static boolean isSeparator(char c) {
    return c == '/' || c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013' || c == '\u2014';
  }
}
