package dev.keyfit.match;

import dev.keyfit.keywords.Term;
import dev.keyfit.nlp.ResumeLine;
import dev.keyfit.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses an acronym the resume itself spells out as something else: "Certified Safety Manager
 * (CSM)" is not the Certified ScrumMaster, "CPM (Certified Property Manager)" not the critical path
 * method. An acronym counts when the words beside it in brackets are not an expansion of it (their
 * initials differ: "CSM (Scrum Alliance)"), or are one of the term's own forms.
 */
final class AcronymDefinitions {

  private static final Set<String> MINOR =
      Set.of("of", "in", "and", "for", "the", "&", "to", "on", "a");
  private static final int MAX_WORDS = 8;

  private AcronymDefinitions() {}

  /** True when the single-word match at {@code start} is an acronym defined as another thing. */
  static boolean definedOtherwise(
      Term term, List<Token> tokens, int start, int end, ResumeLine resumeLine) {
    if (end - start != 1 || !isAcronym(tokens.get(start).text())) {
      return false;
    }
    String acronym = letters(tokens.get(start).text());
    int line = tokens.get(start).line();
    List<List<String>> expansions = new ArrayList<>();
    if (is(tokens, end, "(", line)) { // "CSM (Certified ScrumMaster)"
      List<String> words = new ArrayList<>();
      for (int i = end + 1;
          i < tokens.size() && i <= end + MAX_WORDS && !is(tokens, i, ")", line);
          i++) {
        words.add(tokens.get(i).text());
      }
      expansions.add(words);
    } else if (is(tokens, start - 1, "(", line)
        && is(tokens, end, ")", line)) { // "Certified Safety Manager (CSM)"
      expansions.add(before(tokens, start, acronym.length(), null));
      if (resumeLine != null) {
        // "School-Age Appropriate Practices (SAP)" spells a hyphenated compound by its first part,
        // "Pre-Production Meetings (PPM)" by both: either reading defines the acronym
        expansions.add(before(tokens, start, acronym.length(), resumeLine));
      }
    }
    for (List<String> expansion : expansions) {
      if (initials(expansion).equals(acronym)) {
        String written = String.join(" ", expansion).toLowerCase(Locale.ROOT).replace('-', ' ');
        return term.forms().stream()
            .noneMatch(f -> f.toLowerCase(Locale.ROOT).replace('-', ' ').equals(written));
      }
    }
    return false;
  }

  /**
   * The words before an acronym's opening bracket, as many significant ones as it has letters; with
   * the resume's {@code line}, a hyphenated compound as one word (the tokenizer drops the hyphen),
   * else each part a word.
   */
  private static List<String> before(
      List<Token> tokens, int start, int letters, ResumeLine resumeLine) {
    int line = tokens.get(start).line();
    List<String> words = new ArrayList<>();
    int significant = 0;
    for (int i = start - 2; i >= 0 && significant < letters && tokens.get(i).line() == line; i--) {
      if (tokens.get(i).isPunctuation()) {
        break;
      }
      String word = tokens.get(i).text();
      while (joined(tokens, i - 1, i, resumeLine)) {
        word = tokens.get(--i).text() + "-" + word;
      }
      words.add(0, word);
      if (!MINOR.contains(tokens.get(i).lower())) {
        significant++;
      }
    }
    return words;
  }

  private static boolean isAcronym(String text) {
    int upper = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      upper += Character.isUpperCase(c) ? 1 : 0;
    }
    return upper >= 2;
  }

  private static String letters(String text) {
    StringBuilder sb = new StringBuilder();
    text.chars()
        .filter(Character::isLetter)
        .forEach(c -> sb.append((char) Character.toUpperCase(c)));
    return sb.toString();
  }

  private static String initials(List<String> words) {
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      if (!MINOR.contains(w.toLowerCase(Locale.ROOT))
          && !w.isEmpty()
          && Character.isLetter(w.charAt(0))) {
        sb.append(Character.toUpperCase(w.charAt(0)));
      }
    }
    return sb.toString();
  }

  /**
   * True when words {@code a} and {@code b} stand on either side of a hyphen in the resume's {@code
   * line} ("School-Age"), which the tokenizer drops; false without the line.
   */
  private static boolean joined(List<Token> tokens, int a, int b, ResumeLine resumeLine) {
    if (a < 0 || resumeLine == null || tokens.get(a).isPunctuation()) {
      return false;
    }
    String between = LineText.between(resumeLine, tokens.get(a), tokens.get(b));
    return "-".equals(between) || "\u2010".equals(between);
  }

  private static boolean is(List<Token> tokens, int i, String text, int line) {
    return i >= 0
        && i < tokens.size()
        && tokens.get(i).line() == line
        && tokens.get(i).text().equals(text);
  }
}
