package dev.keyfit.score;

import dev.keyfit.nlp.AnnotatedResume;
import dev.keyfit.nlp.ResumeLine;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a literal ATS keyword search finds: a phrase as written (case aside, any run of spaces,
 * slashes or dashes between its words), as a whole word, anywhere in the resume's text. No
 * stemming, no aliases, no siblings.
 */
final class LiteralSearch {

  /** Spaces, slashes and dashes between words: "problem-solving" finds "problem solving". */
  private static final String SEPARATORS = "[\\s\\p{Z}/\\-\u2010\u2011\u2013\u2014]+";

  private final String text;

  LiteralSearch(AnnotatedResume resume) {
    StringBuilder all = new StringBuilder();
    for (ResumeLine line : resume.lines()) {
      all.append(line.text().toLowerCase(Locale.ROOT)).append('\n');
    }
    this.text = all.toString();
  }

  /** True when one of the phrases occurs in the text. */
  boolean findsAny(Collection<String> phrases) {
    for (String phrase : phrases) {
      if (finds(phrase)) {
        return true;
      }
    }
    return false;
  }

  /** True when the phrase occurs in the text as whole words. */
  boolean finds(String phrase) {
    String p = phrase.strip().toLowerCase(Locale.ROOT);
    if (p.isEmpty()) {
      return false;
    }
    StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
    String[] words = p.split(SEPARATORS);
    for (int i = 0; i < words.length; i++) {
      regex.append(i > 0 ? SEPARATORS : "").append(Pattern.quote(words[i]));
    }
    char last = p.charAt(p.length() - 1);
    regex.append(Character.isLetterOrDigit(last) ? "(?![\\p{L}\\p{N}])" : "");
    return Pattern.compile(regex.toString()).matcher(text).find();
  }
}
