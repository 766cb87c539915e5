package dev.keyfit.match;

import dev.keyfit.keywords.Guard;
import dev.keyfit.nlp.Section;
import dev.keyfit.nlp.Token;
import java.util.List;
import java.util.Set;

/** Decides whether a guarded match stands, from the words around it and its section. */
final class GuardCheck {

  /** How many words either side of a match may confirm it. */
  static final int WINDOW = 10;

  private GuardCheck() {}

  /**
   * @param tokens all tokens of the document
   * @param start index of the match's first token
   * @param end index after the match's last token
   * @param context the guard's context words as match keys
   */
  static boolean accepts(
      Guard guard, GuardContext context, List<Token> tokens, int start, int end, Section section) {
    Token first = tokens.get(start);
    Token before = neighbour(tokens, start - 1, first.line(), -1);
    Token after = neighbour(tokens, end, first.line(), +1);
    if (before != null && guard.notAfter().contains(bare(before.lower()))) {
      return false;
    }
    if (after != null && guard.notBefore().contains(bare(after.lower()))) {
      return false;
    }
    if (vetoedByPos(guard.notPos(), first) && !afterPossessive(before)) {
      return false;
    }
    if (!guard.needsConfirmation()
        || (guard.sections().contains(section) && listItem(tokens, start, end))) {
      return true;
    }
    int from = Math.max(0, start - WINDOW);
    int to = Math.min(tokens.size(), end + WINDOW);
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if ((i < start || i >= end)
          && t.line() == first.line()
          && (context.words().contains(t.key())
              || context.words().contains(t.lemmaKey())
              || phraseAt(context.phrases(), tokens, i, to, start, end))
          && !isOwnWord(t, tokens, start, end)) {
        return true;
      }
    }
    return false;
  }

  /** A skills-section item of at most this many words is a listed skill, not a sentence. */
  static final int MAX_ITEM_WORDS = 8;

  /**
   * Whether the match stands in a list item: the words between the marks around it (commas,
   * bullets, bars, the line's or the sentence's ends) are at most {@link #MAX_ITEM_WORDS}. A skills
   * section lists its skills ("Communication, Scheduling, Availability"), but a sentence written
   * there ("requests beyond the availability of the reservations staff") reads as any other.
   */
  private static boolean listItem(List<Token> tokens, int start, int end) {
    int words = end - start;
    for (int step : new int[] {-1, +1}) {
      int i = step < 0 ? start - 1 : end;
      Token edge = tokens.get(step < 0 ? start : end - 1);
      while (i >= 0 && i < tokens.size() && words <= MAX_ITEM_WORDS) {
        Token t = tokens.get(i);
        if (t.line() != edge.line() || t.sentence() != edge.sentence() || t.isPunctuation()) {
          break;
        }
        words++;
        i += step;
      }
    }
    return words <= MAX_ITEM_WORDS;
  }

  /** Whether a context phrase's words stand from {@code i} on, on one line, outside the match. */
  private static boolean phraseAt(
      List<List<String>> phrases, List<Token> tokens, int i, int to, int start, int end) {
    for (List<String> phrase : phrases) {
      int last = i + phrase.size();
      if (last > to || (i < start && last > start)) {
        continue;
      }
      boolean all = true;
      for (int k = 0; k < phrase.size() && all; k++) {
        Token t = tokens.get(i + k);
        all = t.line() == tokens.get(i).line() && t.key().equals(phrase.get(k));
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word repeats one of the match's own words: "hand rails, stair rails" does not make
   * either "rails" the framework, so a guarded word never confirms itself.
   */
  private static boolean isOwnWord(Token t, List<Token> tokens, int start, int end) {
    for (int i = start; i < end; i++) {
      Token own = tokens.get(i);
      if (own.key().equals(t.key()) || own.lemmaKey().equals(t.lemmaKey())) {
        return true;
      }
    }
    return false;
  }

  /** True when one of the matched words is written as one of the {@code notWritten} words. */
  static boolean writtenAs(Set<String> notWritten, List<Token> tokens, int[] positions) {
    if (notWritten.isEmpty()) {
      return false;
    }
    for (int p : positions) {
      if (notWritten.contains(tokens.get(p).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a {@code notNear} word or two-word phrase is within {@link Guard#NEAR} words, in the
   * sentence. Marks do not count as words: in "Project Management Professional (PMP) Certification
   * Exam Camp" the camp is four words after the credential.
   */
  static boolean vetoedNear(Set<String> notNear, List<Token> tokens, int start, int end) {
    if (notNear.isEmpty()) {
      return false;
    }
    int sentence = tokens.get(start).sentence();
    int from = reach(tokens, start - 1, -1, sentence);
    int to = reach(tokens, end, +1, sentence);
    for (int i = from; i <= to; i++) {
      Token t = tokens.get(i);
      if (i >= start && i < end) {
        continue;
      }
      if (notNear.contains(bare(t.lower()))) {
        return true;
      }
      if (i + 1 <= to
          && (i + 1 < start || i + 1 >= end)
          && notNear.contains(bare(t.lower()) + " " + bare(tokens.get(i + 1).lower()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The farthest index from {@code index} on (stepping by {@code step}) that is within {@link
   * Guard#NEAR} words of the match and in its sentence; marks are passed over without counting.
   */
  private static int reach(List<Token> tokens, int index, int step, int sentence) {
    int last = index - step;
    int words = 0;
    for (int i = index; i >= 0 && i < tokens.size() && words < Guard.NEAR; i += step) {
      Token t = tokens.get(i);
      if (t.sentence() != sentence) {
        break;
      }
      if (!t.isPunctuation()) {
        words++;
      }
      last = i;
    }
    return last;
  }

  /** Possessive determiners: the word after one is a noun ("their permitting"). */
  private static final Set<String> POSSESSIVE_DETERMINERS =
      Set.of("my", "your", "his", "her", "its", "our", "their");

  /**
   * True when the word before a match is a possessive ("the City's permitting", "the county’s
   * permitting", "their permitting"): what follows it is a noun, whatever the tagger read, so a
   * {@code notPos: [verb]} veto does not apply.
   */
  private static boolean afterPossessive(Token before) {
    if (before == null) {
      return false;
    }
    String w = before.lower();
    return POSSESSIVE_DETERMINERS.contains(w)
        || w.endsWith("'s")
        || w.endsWith("’s")
        || (w.length() > 2 && (w.endsWith("s'") || w.endsWith("s’")));
  }

  private static boolean vetoedByPos(Set<String> notPos, Token token) {
    String pos = token.pos();
    return (notPos.contains("verb") && token.isVerb())
        || (notPos.contains("noun") && (pos.equals("NOUN") || pos.startsWith("NN")))
        || (notPos.contains("adjective") && (pos.equals("ADJ") || pos.startsWith("JJ")));
  }

  /** The nearest word (not punctuation) in a direction, on the same line, or null. */
  static Token neighbour(List<Token> tokens, int index, int line, int step) {
    for (int i = index; i >= 0 && i < tokens.size(); i += step) {
      Token t = tokens.get(i);
      if (t.line() != line) {
        return null;
      }
      if (!t.isPunctuation()) {
        return t;
      }
    }
    return null;
  }

  private static String bare(String word) {
    return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
  }
}
