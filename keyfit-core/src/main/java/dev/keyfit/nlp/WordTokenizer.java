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
 * own, so matches never run across a comma. A dot followed by a capitalised word ends a word
 * ("PostgreSQL.Education" is two words, glued where a line break was lost; "ASP.Net" is one).
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
          "(?:(?<![\\p{L}\\p{N}])\\.(?=\\p{L}))?[\\p{L}\\p{N}]+"
              + "(?:(?:\\.(?!\\p{Lu}\\p{Ll}{4,})|['’&@])[\\p{L}\\p{N}]+)*[#+]*"
              + "|[^\\s/\\-\u2010\u2011\u2013\u2014]");

  /**
   * "Â" before a space or a mark is a no-break space or a dash decoded as Latin-1 ("Team
   * buildingÂ", "2015 Â Current"); it is read as a space.
   */
  private static final Pattern MOJIBAKE = Pattern.compile("Â(?![\\p{L}\\p{N}])");

  private final SnowballStemmer stemmer = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);

  /** The words and marks of {@code text}; separators and spaces dropped. */
  public List<Word> words(String text) {
    List<Word> words = new ArrayList<>();
    String clean = text.indexOf('Â') < 0 ? text : MOJIBAKE.matcher(text).replaceAll(" ");
    Matcher m = WORD.matcher(clean);
    while (m.find()) {
      words.add(new Word(m.group(), m.start(), m.end()));
    }
    return words;
  }

  /** The match key of a word: its Snowball stem, in lower case ("&" is "and"). */
  public String key(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.equals("&")) {
      return "and";
    }
    String bare = withoutPossessive(lower, 2);
    if (bare.length() < 3 || !isPlainWord(bare)) {
      return bare; // stemming "c#", "k8s" or "it" would only blur them
    }
    return stemmer.stem(bare).toString();
  }

  private static final String[] POSSESSIVES = {"'s", "’s", "'", "’"};

  /**
   * "client's" → "client", "teams’" → "teams": the word without a possessive ending, when at least
   * {@code minRest} letters stay; else the word itself.
   */
  private static String withoutPossessive(String lower, int minRest) {
    for (String p : POSSESSIVES) {
      if (lower.endsWith(p) && lower.length() >= p.length() + minRest) {
        return lower.substring(0, lower.length() - p.length());
      }
    }
    return lower;
  }

  /**
   * The forms a lower-case word may be a regular inflection of: the word itself, and the word
   * without a possessive, a plural or a verb ending ("apis" → "api", "launches" → "launch",
   * "planned" → "plan", "scheduling" → "schedule"); a final "d" is a verb ending only after "e"
   * ("land" is not "lan", "sand" not "san"). Over-generation is harmless: the results are only
   * looked up among the dictionary's exact words.
   */
  public static List<String> baseForms(String lower) {
    List<String> out = new ArrayList<>(4);
    out.add(lower);
    String w = withoutPossessive(lower, 1);
    if (!w.equals(lower)) {
      out.add(w);
    }
    if (w.endsWith("ies") && w.length() > 4) {
      out.add(w.substring(0, w.length() - 3) + "y");
    }
    if (w.endsWith("es") && w.length() > 3) {
      out.add(w.substring(0, w.length() - 2));
    }
    if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 2) {
      out.add(w.substring(0, w.length() - 1));
    }
    for (String suffix : new String[] {"ed", "ing"}) {
      if (w.endsWith(suffix) && w.length() > suffix.length() + 2) {
        String base = w.substring(0, w.length() - suffix.length());
        out.add(base);
        out.add(base + "e");
        int n = base.length();
        if (n > 2 && base.charAt(n - 1) == base.charAt(n - 2)) {
          out.add(base.substring(0, n - 1));
        }
      }
    }
    if (w.endsWith("ed") && w.length() > 3) {
      out.add(w.substring(0, w.length() - 1)); // "used" → "use"; not "land" → "lan" (LAN)
    }
    return out;
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
