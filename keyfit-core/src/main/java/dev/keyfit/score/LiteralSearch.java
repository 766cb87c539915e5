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
 *
 * <p>The search is the regular expression {@link #findsByExpression(String)} compiles for the
 * phrase. A phrase that starts with a word and holds no surrogate (so the expression's look-behind
 * reads one char) is searched without compiling it, with the same result: the first word by {@code
 * indexOf}, then each run of separators and word in turn; no word holds a separator, so a run is
 * taken whole.
 */
final class LiteralSearch {

  /** Spaces, slashes and dashes between words: "problem-solving" finds "problem solving". */
  private static final String SEPARATORS = "[\\s\\p{Z}/\\-\u2010\u2011\u2013\u2014]+";

  private static final Pattern SPLIT = Pattern.compile(SEPARATORS);

  private final String text;

  LiteralSearch(AnnotatedResume resume) {
    this(lowerLines(resume));
  }

  /** A search over text already in lower case, a line a {@code \n}. */
  LiteralSearch(String text) {
    this.text = text;
  }

  private static String lowerLines(AnnotatedResume resume) {
    StringBuilder all = new StringBuilder();
    for (ResumeLine line : resume.lines()) {
      all.append(line.text().toLowerCase(Locale.ROOT)).append('\n');
    }
    return all.toString();
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

  /**
   * A phrase as searched: its lower-case words, split at runs of separators, and whether it ends in
   * a letter or digit (then a letter or digit may not follow it).
   */
  private record Phrase(String lower, String[] words, boolean wordEnd) {

    /** The phrase, or null when it is blank. */
    static Phrase of(String phrase) {
      String p = phrase.strip().toLowerCase(Locale.ROOT);
      return p.isEmpty()
          ? null
          : new Phrase(p, SPLIT.split(p), Character.isLetterOrDigit(p.charAt(p.length() - 1)));
    }
  }

  /** True when the phrase occurs in the text as whole words. */
  boolean finds(String phrase) {
    Phrase q = Phrase.of(phrase);
    if (q == null) {
      return false;
    }
    String[] words = q.words();
    if (words.length == 0
        || words[0].isEmpty()
        || q.lower().chars().anyMatch(c -> Character.isSurrogate((char) c))) {
      return byExpression(q);
    }
    for (int at = text.indexOf(words[0]); at >= 0; at = text.indexOf(words[0], at + 1)) {
      if (!wordBefore(at) && matchesAt(words, at, q.wordEnd())) {
        return true;
      }
    }
    return false;
  }

  /**
   * What the phrase's expression finds (its words quoted, runs of separators between them): the
   * definition {@link #finds(String)} keeps to.
   */
  boolean findsByExpression(String phrase) {
    Phrase q = Phrase.of(phrase);
    return q != null && byExpression(q);
  }

  private boolean byExpression(Phrase q) {
    StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
    for (int i = 0; i < q.words().length; i++) {
      regex.append(i > 0 ? SEPARATORS : "").append(Pattern.quote(q.words()[i]));
    }
    regex.append(q.wordEnd() ? "(?![\\p{L}\\p{N}])" : "");
    return Pattern.compile(regex.toString()).matcher(text).find();
  }

  /** The words from {@code at}, each after a run of separators, then no letter or digit. */
  private boolean matchesAt(String[] words, int at, boolean wordEnd) {
    int i = at + words[0].length();
    for (int w = 1; w < words.length; w++) {
      int from = i;
      while (i < text.length() && separator(text.charAt(i))) {
        i++;
      }
      if (i == from || !text.startsWith(words[w], i)) {
        return false;
      }
      i += words[w].length();
    }
    return !wordEnd || i >= text.length() || !letterOrNumber(text.codePointAt(i));
  }

  /**
   * What {@code (?<![\p{L}\p{N}])} rejects: a letter or number of one char just before {@code at}
   * (the look-behind reads a code point from {@code at - 1} that must end at {@code at}).
   */
  private boolean wordBefore(int at) {
    if (at == 0) {
      return false;
    }
    int cp = text.codePointAt(at - 1);
    return Character.charCount(cp) == 1 && letterOrNumber(cp);
  }

  /** {@code [\p{L}\p{N}]}: the letter and number categories. */
  private static boolean letterOrNumber(int cp) {
    return switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER,
          Character.LOWERCASE_LETTER,
          Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER,
          Character.OTHER_LETTER,
          Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER,
          Character.OTHER_NUMBER ->
          true;
      default -> false;
    };
  }

  /**
   * One char of {@code [\s\p{Z}/\-‐‑–—]}: {@code \s} is ASCII whitespace (space, tab, newline, line
   * tabulation, form feed, carriage return), {@code \p{Z}} the separator categories.
   */
  private static boolean separator(char c) {
    switch (c) {
      case ' ', '\t', '\n', '\u000B', '\f', '\r', '/', '-', '\u2010', '\u2011', '\u2013', '\u2014':
        return true;
      default:
        int type = Character.getType(c);
        return type == Character.SPACE_SEPARATOR
            || type == Character.LINE_SEPARATOR
            || type == Character.PARAGRAPH_SEPARATOR;
    }
  }
}
