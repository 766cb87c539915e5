package dev.keyfit.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * Splits text into the words the matcher compares, by a fixed rule, so that a dictionary form and
 * the same words in a resume always split the same way. Words keep {@code .}, {@code '}, {@code &}
 * and {@code @} between letters or digits and {@code #}/{@code +} at their end ("Node.js", "R&D",
 * "C#", "C++", "Project+"), and a leading dot (".NET"); {@code /} and hyphens separate words, so
 * "CI/CD", "CI-CD" and "CI / CD" all give [CI, CD]; any other mark is a one-character word of its
 * own, so matches never run across a comma.
 *
 * <p>OpenNLP's statistical tokenizer is not used for this: its boundaries depend on the context
 * ("JS;" stays one token after "work:", "AgilePM" splits in two when alone), which would make
 * dictionary forms and resume text disagree. It still tokenizes for the POS tagger, which was
 * trained on its tokens (see {@link TextPipeline}). Not thread-safe (the stemmer keeps state).
 */
public final class WordTokenizer {

  /** One word and its offsets in the tokenized text. */
  public record Word(String text, int start, int end) {}

  private static final Pattern WORD =
      Pattern.compile(
          "(?:(?<![\\p{L}\\p{N}])\\.(?=\\p{L}))?[\\p{L}\\p{N}]+(?:[.'’&@][\\p{L}\\p{N}]+)*[#+]*"
              + "|[^\\s/\\-\u2010\u2011\u2013\u2014]");

  private final SnowballStemmer stemmer = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);

  /** The words and marks of {@code text}; separators and spaces dropped. */
  public List<Word> words(String text) {
    List<Word> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(new Word(m.group(), m.start(), m.end()));
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
}
