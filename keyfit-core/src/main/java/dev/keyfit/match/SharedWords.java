package dev.keyfit.match;

import dev.keyfit.nlp.Token;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Second readings of words another term has already won: the first words of a longer form before a
 * slash inside it ("Lean/Six Sigma" is Lean as well as Lean Six Sigma), and a term that starts at a
 * verb reading's object and runs on past it ("executing project plans" is project execution and
 * project plans). Only those two: a noun compound does not lend its last word to another term
 * ("employee retention rate" is no retention rate), and a run-on reading is nouns and adjectives
 * only ("supervised employees engaged in sales" is no team engagement). Stateless.
 */
final class SharedWords {

  private SharedWords() {}

  /** Another term's accepted form that ends right before a slash inside the winner, if any. */
  static Optional<FormWalk.Reach> slashed(
      List<FormWalk.Reach> reaches,
      FormWalk.Reach winner,
      Slashes slashes,
      Predicate<FormWalk.Reach> accepted) {
    return reaches.stream()
        .filter(
            x ->
                x.skipped() == 0
                    && x.end() < winner.end()
                    && x.candidate().term() != winner.candidate().term()
                    && slashes.after(x.end() - 1)
                    && accepted.test(x))
        .findFirst();
  }

  /**
   * The longest accepted form of another term that starts inside a verb-led winner, after its verb,
   * and ends past it, written in nouns and adjectives; or null.
   */
  static FormWalk.Reach runOn(
      TermTrie trie,
      List<Token> tokens,
      Slashes slashes,
      FormWalk.Reach winner,
      Predicate<FormWalk.Reach> accepted) {
    if (!tokens.get(winner.positions()[0]).isVerb()) {
      return null;
    }
    for (int p = winner.positions()[0] + 1; p < winner.end(); p++) {
      List<FormWalk.Reach> inner = FormWalk.from(trie, tokens, p, slashes);
      inner.sort(Comparator.comparingInt(FormWalk.Reach::end).reversed());
      for (FormWalk.Reach x : inner) {
        if (x.skipped() == 0
            && x.end() > winner.end()
            && nounsOnly(tokens, p, x.end())
            && x.candidate().term() != winner.candidate().term()
            && accepted.test(x)) {
          return x;
        }
      }
    }
    return null;
  }

  private static boolean nounsOnly(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      String pos = tokens.get(i).pos();
      if (!pos.equals("NOUN") && !pos.equals("PROPN") && !pos.equals("ADJ")) {
        return false;
      }
    }
    return true;
  }
}
