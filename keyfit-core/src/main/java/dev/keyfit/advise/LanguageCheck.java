package dev.keyfit.advise;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Check {@code language}: the resume is in English, which the dictionaries and the NLP models
 * assume. A stop-word count, not OpenNLP's language detector: loading that model took 1.2–1.5 s
 * (measured), far more than the rest of a scan, while function words tell English from the other
 * languages resumes here are written in with certainty at resume length. Deterministic.
 */
final class LanguageCheck {

  static final int MIN_WORDS = 30;
  static final double MAX_NON_LATIN = 0.3;

  private static final Set<String> ENGLISH =
      Set.of(
          "the", "and", "of", "to", "in", "for", "with", "on", "by", "a", "an", "as", "at", "from",
          "is", "was", "were", "our", "my", "that", "this", "into", "across", "over", "per",
          "while");
  private static final Map<String, Set<String>> OTHERS =
      new TreeMap<>(
          Map.of(
              "German",
                  Set.of(
                      "der", "die", "und", "mit", "für", "von", "den", "das", "ein", "eine", "im",
                      "zur", "bei"),
              "French",
                  Set.of(
                      "le", "la", "les", "et", "des", "pour", "avec", "du", "une", "au", "aux",
                      "sur", "dans"),
              "Spanish",
                  Set.of(
                      "el", "los", "las", "y", "con", "para", "del", "por", "una", "en", "al",
                      "de"),
              "Dutch",
                  Set.of("het", "een", "van", "met", "voor", "bij", "naar", "op", "zijn", "en"),
              "Portuguese",
                  Set.of("os", "com", "para", "das", "dos", "uma", "em", "na", "pelo", "pela")));

  private LanguageCheck() {}

  static Check run(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    int letters = 0;
    int nonLatin = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        // every ASCII letter is Latin; the script table is searched for the others
        if (c >= 0x80 && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
          nonLatin++;
        }
      }
    }
    if (letters > 0 && (double) nonLatin / letters > MAX_NON_LATIN) {
      return warn("Much of the text is not in the Latin alphabet.");
    }
    if (words.length < MIN_WORDS) {
      return Check.pass("language", "Too little text to tell the language; assumed English.");
    }
    int english = count(words, ENGLISH);
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Set<String>> e : OTHERS.entrySet()) {
      int n = count(words, e.getValue());
      if (n > bestCount) {
        best = e.getKey();
        bestCount = n;
      }
    }
    if (best != null && bestCount > english) {
      return warn("The resume looks " + best + ", not English.");
    }
    return Check.pass("language", "The resume is in English.");
  }

  private static Check warn(String message) {
    return Check.warn(
        "language",
        message,
        "keyfit reads English resumes; for English postings, submit an English version.");
  }

  private static int count(String[] words, Set<String> set) {
    int n = 0;
    for (String w : words) {
      if (set.contains(w)) {
        n++;
      }
    }
    return n;
  }
}
