package dev.keyfit.match;

import dev.keyfit.keywords.Guard;
import dev.keyfit.keywords.Spellings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A guard's context words as match keys: one-word entries as a set, and entries the tokenizer
 * splits ("front-end", "third-party", "objective-c") as key sequences that must stand together,
 * since a resume's "front-end" is the two words [front, end] and no single word equals it.
 *
 * @param words the keys of one-word context entries
 * @param phrases the key sequences of entries of two or more words
 */
record GuardContext(Set<String> words, List<List<String>> phrases) {

  GuardContext {
    words = Set.copyOf(words);
    phrases = List.copyOf(phrases);
  }

  static GuardContext of(Guard guard, Spellings spellings) {
    Set<String> words = new HashSet<>();
    List<List<String>> phrases = new ArrayList<>();
    for (String entry : guard.context()) {
      List<String> keys = new ArrayList<>();
      spellings.words(entry).forEach(w -> keys.add(spellings.key(w)));
      if (keys.size() == 1) {
        words.add(keys.get(0));
      } else if (keys.size() > 1 && !phrases.contains(keys)) {
        phrases.add(List.copyOf(keys));
      }
    }
    return new GuardContext(words, phrases);
  }
}
