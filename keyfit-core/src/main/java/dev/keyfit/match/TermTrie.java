package dev.keyfit.match;

import dev.keyfit.keywords.MatchMode;
import dev.keyfit.keywords.Term;
import dev.keyfit.nlp.Token;
import dev.keyfit.nlp.WordTokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A trie over match keys (word stems, or {@code =word} for words that match exactly): each path
 * spells a term's name or alias, and the node at its end lists the candidates written that way.
 * Lookup cost per word is one hash probe, whatever the dictionary size. Immutable after
 * construction.
 */
final class TermTrie {

  /**
   * A term written one way.
   *
   * @param term the term
   * @param form the name or alias as written in the dictionary
   * @param surface the form's words as written
   * @param modes how each word meets resume words
   * @param gaps true when a few words may stand between the form's words ("managed the key
   *     stakeholders", "stakeholders were managed")
   * @param reading true when the words are a reading of the form ("management of vendors" for
   *     "vendor management"), not the form as written; a written form of the same words wins
   */
  record Candidate(
      Term term,
      String form,
      List<String> surface,
      List<MatchMode> modes,
      boolean gaps,
      boolean reading) {

    /**
     * True when each {@link MatchMode#CASE} word of the form has its capitals where the form has
     * them ("Go" and "GO", not "go"; "SAP", not "Sap"), and a word written in mixed case ("SAFe",
     * "LeSS", "iOS") exactly as written ("LESS" the stylesheet language is not LeSS).
     */
    boolean caseAgrees(List<Token> tokens, int[] positions) {
      for (int k = 0; k < positions.length; k++) {
        if (modes.get(k) == MatchMode.CASE) {
          String text = tokens.get(positions[k]).text();
          String want = surface.get(k);
          boolean mixed = mixedCase(want);
          for (int i = 0; i < Math.min(text.length(), want.length()); i++) {
            char w = want.charAt(i);
            char t = text.charAt(i);
            if (mixed ? w != t : Character.isUpperCase(w) && !Character.isUpperCase(t)) {
              return false;
            }
          }
        }
      }
      return true;
    }

    /**
     * True when each word the form writes as a verb in {@link MatchMode#VERB} mode meets a verb: a
     * word ending -ed or -ing, or one the tagger reads as a verb ("manage programs"), never a noun
     * that shares its stem ("management program", "Budget").
     */
    boolean verbsAgree(List<Token> tokens, int[] positions) {
      for (int k = 0; k < positions.length; k++) {
        Token t = tokens.get(positions[k]);
        if (MatchMode.needsVerb(modes.get(k), surface.get(k))) {
          String lower = t.lower();
          boolean inflected = lower.endsWith("ed") || lower.endsWith("ing");
          if (!inflected
              && (titleCased(tokens, positions, k)
                  || (!t.pos().equals("VERB")
                      && !(k == 0 && presentVerb(tokens, positions, surface.get(0)))))) {
            return false;
          }
        } else if (modes.get(k) == MatchMode.VERB && !sameWord(t.lower(), surface.get(k))) {
          return false;
        }
      }
      return true;
    }

    /**
     * True when the word after a bare verb form is capitalised: "Lead Project Engineer" is a title,
     * not "leading projects"; a sentence writes its object in lower case ("Lead projects for ...").
     */
    private static boolean titleCased(List<Token> tokens, int[] positions, int k) {
      if (k + 1 >= positions.length) {
        return false;
      }
      Token object = tokens.get(positions[k + 1]);
      return !object.text().equals(object.lower());
    }

    /**
     * True when the form's first word, which opens a sentence or follows "I"/"we", is the present
     * tense of the form's verb ("Manage projects/course development", "I manage programs"): a
     * resume's current job is written so, and the tagger often reads the first word as a noun; the
     * same after a conjunction that joins it to a verb ("design and launch products"). Only in a
     * form of two or more words (a bare verb before a capitalised word is refused anyway, see
     * {@link #titleCased}), so the noun "Budget" in a list is still not budgeting.
     */
    private static boolean presentVerb(List<Token> tokens, int[] positions, String formVerb) {
      if (positions.length < 2) {
        return false;
      }
      int i = positions[0];
      Token t = tokens.get(i);
      String lower = t.lower();
      String bare = lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
      List<String> bases = WordTokenizer.baseForms(formVerb.toLowerCase(Locale.ROOT));
      if (!bases.contains(lower) && !bases.contains(bare)) {
        return false;
      }
      int p = i - 1;
      while (p >= 0 && tokens.get(p).isPunctuation() && tokens.get(p).line() == t.line()) {
        p--; // a bullet glyph
      }
      if (p < 0 || tokens.get(p).line() != t.line() || tokens.get(p).sentence() != t.sentence()) {
        return true;
      }
      String before = tokens.get(p).lower();
      return before.equals("i")
          || before.equals("we") // not "to": "student to lead project engineer"
          || coordinatedWithAVerb(tokens, p);
    }

    /**
     * True when the conjunction at {@code p} joins the word after it to a verb before it ("design,
     * develop, and launch innovative products"): coordinated verbs share their tense, and the
     * tagger often reads the last of them as a noun.
     */
    private static boolean coordinatedWithAVerb(List<Token> tokens, int p) {
      String conjunction = tokens.get(p).lower();
      if (!conjunction.equals("and") && !conjunction.equals("or") && !conjunction.equals("&")) {
        return false;
      }
      Token verb = GuardCheck.neighbour(tokens, p - 1, tokens.get(p).line(), -1); // past a comma
      return verb != null && verb.pos().equals("VERB");
    }

    /**
     * True when a resume word is the form's word or a regular inflection of it: in {@link
     * MatchMode#VERB} mode the verb carries the stem's freedom, the words it governs do not
     * ("managed cost projections" is not "managed projects", though both stem to "project").
     */
    private static boolean sameWord(String resumeWord, String formWord) {
      List<String> own = WordTokenizer.baseForms(formWord.toLowerCase(Locale.ROOT));
      for (String base : WordTokenizer.baseForms(resumeWord)) {
        if (own.contains(base)) {
          return true;
        }
      }
      return false;
    }
  }

  /** True when a capital follows a lower-case letter ("SAFe", "LeSS", "iOS", "GitLab"). */
  private static boolean mixedCase(String word) {
    boolean lower = false;
    boolean innerUpper = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      lower |= Character.isLowerCase(c);
      innerUpper |= i > 0 && Character.isUpperCase(c);
    }
    return lower && innerUpper;
  }

  static final class Node {
    private final Map<String, Node> next = new HashMap<>();
    private final List<Candidate> candidates = new ArrayList<>();
    private boolean exactChildren;
    private boolean gappy;

    Node child(String key) {
      return next.get(key);
    }

    /** True when some child is an exact word (so the token's inflection bases are worth trying). */
    boolean hasExact() {
      return exactChildren;
    }

    /** True when no form through this node allows words between its words. */
    boolean gapless() {
      return !gappy;
    }

    List<Candidate> candidates() {
      return candidates;
    }
  }

  private final Node root = new Node();
  private int forms;

  /** The trie key of a word that matches exactly (by its lower-case form). */
  static String exactKey(String lower) {
    return "=" + lower;
  }

  void add(List<String> keys, Candidate candidate) {
    Node node = root;
    for (String key : keys) {
      node.exactChildren |= key.startsWith("=");
      node.gappy |= candidate.gaps() && node != root;
      node = node.next.computeIfAbsent(key, k -> new Node());
    }
    node.candidates.add(candidate);
    forms++;
  }

  Node root() {
    return root;
  }

  /** How many written forms the trie holds. */
  int size() {
    return forms;
  }
}
