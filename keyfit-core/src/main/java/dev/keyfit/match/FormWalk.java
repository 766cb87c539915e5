package dev.keyfit.match;

import dev.keyfit.nlp.Token;
import dev.keyfit.nlp.WordTokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks the trie from one token: every way the following tokens spell a dictionary form, by stem,
 * lemma or exact word, and, for forms that allow it, with a few words between their words inside
 * one sentence.
 */
final class FormWalk {

  /** At most this many words between two words of a form. */
  static final int MAX_GAP = 3;

  /** At most this many words skipped in one match. */
  static final int MAX_SKIPPED = 3;

  /**
   * A way the text spells a form.
   *
   * @param candidate the form
   * @param positions the token index of each of the form's words
   * @param skipped how many words stood between them
   */
  record Reach(TermTrie.Candidate candidate, int[] positions, int skipped) {
    int end() {
      return positions[positions.length - 1] + 1;
    }
  }

  /** A gap of only one of these joins two things rather than qualifying one. */
  private static final java.util.Set<String> CONJUNCTIONS =
      java.util.Set.of("and", "&", "or", "nor", "but");

  private final List<Token> tokens;
  private final List<Reach> reaches = new ArrayList<>();

  private FormWalk(List<Token> tokens) {
    this.tokens = tokens;
  }

  /** Every form spelled from {@code start}, in no particular order. */
  static List<Reach> from(TermTrie trie, List<Token> tokens, int start) {
    FormWalk walk = new FormWalk(tokens);
    int[] path = new int[16];
    walk.step(trie.root(), start, path, 0, 0);
    return walk.reaches;
  }

  private void step(TermTrie.Node node, int j, int[] path, int depth, int skipped) {
    if (j >= tokens.size() || depth >= path.length) {
      return;
    }
    Token t = tokens.get(j);
    if (depth > 0 && t.line() != tokens.get(path[0]).line()) {
      return;
    }
    if (depth == 1 && t.text().equals(")") && bracketed(path[0])) {
      step(node, j + 1, path, depth, skipped); // "Scaled Agile Framework (SAFe) 4 Agilist"
      return;
    }
    for (TermTrie.Node next : children(node, t)) {
      path[depth] = j;
      for (TermTrie.Candidate c : next.candidates()) {
        if (skipped == 0 || (c.gaps() && inflectionsOf(c, path, depth + 1))) {
          reaches.add(new Reach(c, java.util.Arrays.copyOf(path, depth + 1), skipped));
        }
      }
      step(next, j + 1, path, depth + 1, skipped);
      gapFrom(next, j, path, depth + 1, skipped);
    }
  }

  /**
   * True when the word at {@code i} is alone in brackets after words it abbreviates or names: a
   * form that starts with it reads on past the closing bracket ("(SAFe) 4 Agilist" is "SAFe 4
   * Agilist", "(PMP) certification" is "PMP certification").
   */
  private boolean bracketed(int i) {
    return i > 0
        && tokens.get(i - 1).text().equals("(")
        && tokens.get(i - 1).line() == tokens.get(i).line();
  }

  /**
   * True when each word of a phrase read across a gap is the form's word, an inflection of it
   * (irregular ones by the word's lemma: "led" for "leading"), or the verb of a form's action noun
   * ("stakeholders were managed" for "stakeholder management"), not another word that only shares
   * the stem: with words between them, "timely and productive manner" is no time management,
   * "accounting and finance management" no account management, "executed and results communicated"
   * no executive communication.
   */
  private boolean inflectionsOf(TermTrie.Candidate c, int[] path, int words) {
    for (int k = 0; k < words; k++) {
      String word = c.surface().get(k).toLowerCase(java.util.Locale.ROOT);
      Token t = tokens.get(path[k]);
      if (!t.lower().equals(word) && !(t.isVerb() && actionNoun(word)) && !sharesBase(t, word)) {
        return false;
      }
    }
    return true;
  }

  /** The endings of a noun naming a verb's action: management, integration, delivery. */
  private static final List<String> ACTION_ENDINGS =
      List.of("ment", "tion", "sion", "ance", "ence", "ing", "al", "ure", "ery", "sis", "ed");

  private static boolean actionNoun(String word) {
    for (String ending : ACTION_ENDINGS) {
      if (word.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sharesBase(Token t, String word) {
    List<String> forms = new ArrayList<>(WordTokenizer.baseForms(word));
    if (word.endsWith("ied") || word.endsWith("ies")) {
      forms.add(word.substring(0, word.length() - 3) + "y"); // "identified" for "identify"
    }
    if (!t.lemmaKey().equals(t.key()) && forms.contains(t.lemmaKey())) {
      return true; // an irregular inflection: "led" (lemma "lead") for "leading"
    }
    // a noun in -ing is a word of its own ("accounting" for "account", "scheduling" for
    // "schedule"), unless the form's word is itself the verb's ("handling technical escalations"
    // for "handled escalations"); a participle ("various contracted services") is the verb's
    boolean gerundNoun =
        (t.pos().equals("NOUN") || t.pos().equals("PROPN"))
            && t.lower().endsWith("ing")
            && !word.endsWith("ed")
            && !word.endsWith("ing");
    for (String base : WordTokenizer.baseForms(t.lower())) {
      if (gerundNoun && !base.equals(t.lower())) {
        continue;
      }
      if (forms.contains(base)) {
        return true;
      }
    }
    return false;
  }

  /** Tries the next word of a form after 1..MAX_GAP words that are not marks, in one sentence. */
  private void gapFrom(TermTrie.Node node, int last, int[] path, int depth, int skipped) {
    if (node.gapless()) {
      return;
    }
    int sentence = tokens.get(last).sentence();
    for (int gap = 1; gap <= MAX_GAP && skipped + gap <= MAX_SKIPPED; gap++) {
      int skip = last + gap;
      if (skip + 1 >= tokens.size()) {
        return;
      }
      Token s = tokens.get(skip);
      if ((s.isPunctuation() && !currency(s) && !s.text().equals("&"))
          || s.sentence() != sentence
          || s.line() != tokens.get(last).line()) {
        return;
      }
      if (gap == 1 && CONJUNCTIONS.contains(s.lower())) {
        continue; // "systems and integration" is two things, not systems integration
      }
      if (fillerGap(last + 1, skip)) {
        stepGapped(node, skip + 1, path, depth, skipped + gap);
      }
    }
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
  private boolean fillerGap(int from, int to) {
    for (int i = from; i <= to; i++) {
      String pos = tokens.get(i).pos();
      boolean ok =
          switch (pos) {
            case "DET", "ADJ", "ADV", "AUX", "PRON", "NUM", "SYM", "PART" -> true;
            case "CCONJ" -> i == to || joinsNouns(i + 1);
            case "NOUN" ->
                compoundModifier(i, to)
                    || (i > from && tokens.get(i - 1).pos().equals("CCONJ"))
                    || coordinated(i, to);
            case "PROPN" ->
                (i > from && tokens.get(i - 1).pos().equals("CCONJ")) || coordinated(i, to);
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
  private static boolean currency(Token t) {
    return t.text().length() == 1
        && Character.getType(t.text().charAt(0)) == Character.CURRENCY_SYMBOL;
  }

  /**
   * True when the words from {@code i} to {@code to} are lower-case nouns, so that they qualify the
   * form's next word ("annual department budgets", "work flow processes"); a capitalised word
   * inside a phrase is part of a name ("Integrated Family Test Equipment").
   */
  private boolean compoundModifier(int i, int to) {
    for (int k = i; k <= to; k++) {
      Token t = tokens.get(k);
      if (!t.pos().equals("NOUN") || !t.text().equals(t.lower())) {
        return false;
      }
    }
    return true;
  }

  private void stepGapped(TermTrie.Node node, int j, int[] path, int depth, int skipped) {
    Token t = tokens.get(j);
    if (t.sentence() != tokens.get(path[depth - 1]).sentence()) {
      return;
    }
    step(node, j, path, depth, skipped);
  }

  /** The nodes a token leads to: by its stem, its lemma's stem, and its exact word forms. */
  private static List<TermTrie.Node> children(TermTrie.Node node, Token t) {
    List<TermTrie.Node> out = new ArrayList<>(2);
    add(out, node.child(t.key()));
    if (!t.lemmaKey().equals(t.key())) {
      add(out, node.child(t.lemmaKey()));
    }
    if (node.hasExact()) {
      for (String base : WordTokenizer.baseForms(t.lower())) {
        add(out, node.child(TermTrie.exactKey(base)));
      }
    }
    return out;
  }

  private static void add(List<TermTrie.Node> out, TermTrie.Node n) {
    if (n != null && !out.contains(n)) {
      out.add(n);
    }
  }
}
