package dev.keyfit.match;

import dev.keyfit.keywords.Term;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over match keys (word stems): each path spells a term's name or alias, and the node at
 * its end lists the candidates written that way. Lookup cost per word is one hash probe,
 * whatever the dictionary size. Immutable after construction.
 */
final class TermTrie {

  /**
   * A term written one way.
   *
   * @param term the term
   * @param form the name or alias as written in the dictionary
   * @param surface the form's words, compared exactly when the term is case-sensitive
   */
  record Candidate(Term term, String form, List<String> surface) {}

  static final class Node {
    private final Map<String, Node> next = new HashMap<>();
    private final List<Candidate> candidates = new ArrayList<>();

    Node child(String key) {
      return next.get(key);
    }

    List<Candidate> candidates() {
      return candidates;
    }
  }

  private final Node root = new Node();
  private int forms;

  void add(List<String> keys, Candidate candidate) {
    Node node = root;
    for (String key : keys) {
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
