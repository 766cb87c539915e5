package dev.keyfit.match;

import dev.keyfit.nlp.Token;
import java.util.List;

/**
 * Which words may stand between two words of a phrase read across a gap: words that only qualify
 * it, by their parts of speech and case. Over one document's tokens; not thread-safe, one per walk.
 */
final class GapWords {

  private final List<Token> tokens;
  private final Slashes slashes;

  GapWords(List<Token> tokens, Slashes slashes) {
    this.tokens = tokens;
    this.slashes = slashes;
  }

  /**
   * True when the words from {@code from} to {@code to} (inclusive) only qualify the phrase:
   * determiners, adjectives, adverbs, auxiliaries, pronouns, numbers ("managed the key
   * stakeholders", "stakeholders were managed"), a noun after "and" ("vendor and supplier
   * relationships") or right before it ("systems implementation and integration"), a verb before it
   * ("risks identified and mitigated"), and lower-case nouns right before the form's next word,
   * which they qualify ("managed the shift budget", "project management lifecycle"; not inside a
   * capitalised name). Any other noun or verb of its own ends the phrase ("perform and generate
   * engineering", "data security by integrating"), and so does a conjunction followed by anything
   * but a noun or adjective ("projects and consistently meeting").
   */
  boolean qualifies(int from, int to) {
    for (int i = from; i <= to; i++) {
      String pos = tokens.get(i).pos();
      boolean ok =
          switch (pos) {
            case "DET", "ADJ", "ADV", "AUX", "PRON", "NUM", "SYM", "PART" -> true;
            case "CCONJ" -> i == to || joinsNouns(i + 1);
            case "NOUN" ->
                compoundModifier(i, to)
                    || (i > from && tokens.get(i - 1).pos().equals("CCONJ"))
                    || coordinated(i, to)
                    || slashAlternative(i, from, to);
            case "PROPN" ->
                (i > from && tokens.get(i - 1).pos().equals("CCONJ"))
                    || coordinated(i, to)
                    || slashAlternative(i, from, to);
            case "VERB" ->
                (i < to && tokens.get(i + 1).pos().equals("CCONJ")) || participleModifier(i, to);
            default -> false;
          };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when the lower-case past participle at {@code i} qualifies the noun after it, as an
   * adjective would: "managed designated projects", "controlling all associated operational costs":
   * a noun follows it (or, inside the gap, an adjective). After an adverb it is a verb of its own
   * ("presentations successfully managed to coordinate").
   */
  private boolean participleModifier(int i, int to) {
    Token t = tokens.get(i);
    if (!t.text().equals(t.lower())
        || !t.lower().endsWith("ed")
        || i == 0
        || tokens.get(i - 1).pos().equals("ADV")) {
      return false;
    }
    String next = tokens.get(i + 1).pos();
    return next.equals("NOUN") || (i < to && next.equals("ADJ"));
  }

  /**
   * True when the word after a conjunction inside a gap goes on with the phrase ("vendor and
   * supplier relationships"), not a new clause: "managing multiple projects and consistently
   * meeting deadlines" is not project meetings.
   */
  private boolean joinsNouns(int next) {
    String pos = tokens.get(next).pos();
    return pos.equals("NOUN") || pos.equals("ADJ") || pos.equals("PROPN");
  }

  /**
   * True when the lower-case noun at {@code i} is the first of two coordinated nouns the form's
   * previous word qualifies, the conjunction closing the gap: "systems implementation and
   * integration" is systems integration too, "risk identification and mitigation" risk mitigation.
   */
  private boolean coordinated(int i, int to) {
    Token t = tokens.get(i);
    return i + 1 == to
        && tokens.get(to).pos().equals("CCONJ")
        && (t.text().equals(t.lower()) || titleCased(i - 1, to + 1));
  }

  /**
   * True when the one word of the gap is an alternative written with a slash beside one of the
   * form's words, so that both share the other: "Program/Project Management" is program management
   * too, "Team Building / Leadership" team leadership, "Budget Administration/Development" budget
   * development. Lower case, or in a phrase written all in capitals as a heading is.
   */
  private boolean slashAlternative(int i, int from, int to) {
    if (from != to || slashes.after(i - 1) == slashes.after(i)) {
      return false; // no slash beside the word, or one on each side ("A/B/C")
    }
    Token t = tokens.get(i);
    return t.text().equals(t.lower()) || titleCased(i - 1, i + 1);
  }

  /**
   * True when the words from {@code from} to {@code to} (inclusive) all open with a capital, as a
   * heading or a skills list writes a phrase ("Project Management & Estimation", "Risk
   * Identification and Mitigation"): a capitalised noun among them is the phrase's style, not a
   * name's.
   */
  private boolean titleCased(int from, int to) {
    if (from < 0 || to >= tokens.size()) {
      return false;
    }
    for (int k = from; k <= to; k++) {
      Token w = tokens.get(k);
      if (!w.isPunctuation()
          && !w.pos().equals("CCONJ")
          && !Character.isUpperCase(w.text().charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** A currency sign qualifies an amount ("managed a $3.2M budget"); it is not a mark. */
  static boolean currency(Token t) {
    return t.text().length() == 1
        && Character.getType(t.text().charAt(0)) == Character.CURRENCY_SYMBOL;
  }

  /**
   * True when the words from {@code i} to {@code to} are lower-case nouns (adjectives after the
   * first), so that they qualify the form's next word ("annual department budgets", "work flow
   * processes"); a capitalised word inside a phrase is part of a name ("Integrated Family Test
   * Equipment").
   */
  private boolean compoundModifier(int i, int to) {
    for (int k = i; k <= to; k++) {
      Token t = tokens.get(k);
      // a noun-adjective compound qualifies too: "managed a cross functional team"
      boolean modifier = t.pos().equals("NOUN") || (k > i && t.pos().equals("ADJ"));
      if (!modifier || !t.text().equals(t.lower())) {
        return false;
      }
    }
    return true;
  }
}
