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
  private final GapWords gaps;
  private final List<Reach> reaches = new ArrayList<>();

  private FormWalk(List<Token> tokens, Slashes slashes) {
    this.tokens = tokens;
    this.gaps = new GapWords(tokens, slashes);
  }

  /** Every form spelled from {@code start}, in no particular order. */
  static List<Reach> from(TermTrie trie, List<Token> tokens, int start, Slashes slashes) {
    FormWalk walk = new FormWalk(tokens, slashes);
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
      if ((s.isPunctuation() && !GapWords.currency(s) && !s.text().equals("&"))
          || s.sentence() != sentence
          || s.line() != tokens.get(last).line()) {
        return;
      }
      if (gap == 1 && CONJUNCTIONS.contains(s.lower())) {
        continue; // "systems and integration" is two things, not systems integration
      }
      if (gaps.qualifies(last + 1, skip)) {
        stepGapped(node, skip + 1, path, depth, skipped + gap);
      }
    }
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
