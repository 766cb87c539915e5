package dev.keyfit.keywords;

import dev.keyfit.nlp.WordTokenizer;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of the dictionary's own texts (every name, alias and guard context entry) and the match
 * key of each of those words, as {@link WordTokenizer} gives them: what the matcher compiles its
 * trie and guard contexts from. Tokenizing and stemming every form cost a cold process more than
 * anything else in building the analyzer, so the build computes this table for the built-in
 * dictionary and {@link CompiledDictionary} keeps it beside the terms. A text or word that is not
 * in the table (every one, for a dictionary read from YAML files) is computed on the spot by the
 * same tokenizer: the results are the same either way. Immutable but for that fallback, which is
 * synchronized; thread-safe.
 */
public final class Spellings {

  private static final Spellings NONE = new Spellings(Map.of(), Map.of());

  /** Each text's words, as written. */
  private final Map<String, List<String>> words;

  /** Each of those words' match key. */
  private final Map<String, String> keys;

  /** For texts and words not in the table; created on the first. */
  private WordTokenizer tokenizer;

  private Spellings(Map<String, List<String>> words, Map<String, String> keys) {
    this.words = words;
    this.keys = keys;
  }

  /** No table: every text is tokenized and every word stemmed when asked for. */
  static Spellings none() {
    return NONE;
  }

  /** The table of the texts of these terms, computed with {@link WordTokenizer}. */
  static Spellings of(List<Term> terms) {
    WordTokenizer tokenizer = new WordTokenizer();
    Map<String, List<String>> words = new LinkedHashMap<>();
    Map<String, String> keys = new LinkedHashMap<>();
    List<String> texts = new ArrayList<>();
    for (Term term : terms) {
      texts.addAll(term.forms());
      if (term.guard() != null) {
        texts.addAll(term.guard().context().stream().sorted().toList());
      }
    }
    for (String text : texts) {
      List<String> split = words.computeIfAbsent(text, t -> split(tokenizer, t));
      for (String w : split) {
        keys.computeIfAbsent(w, tokenizer::key);
      }
    }
    return new Spellings(words, keys);
  }

  private static List<String> split(WordTokenizer tokenizer, String text) {
    List<String> out = new ArrayList<>();
    tokenizer.words(text).forEach(w -> out.add(w.text()));
    return List.copyOf(out);
  }

  /** The words of a text as {@link WordTokenizer#words} splits it (their texts). */
  public List<String> words(String text) {
    List<String> known = words.get(text);
    return known != null ? known : split(text);
  }

  /** A word's match key, as {@link WordTokenizer#key} gives it. */
  public String key(String word) {
    String known = keys.get(word);
    return known != null ? known : stem(word);
  }

  private synchronized List<String> split(String text) {
    return split(tokenizer(), text);
  }

  private synchronized String stem(String word) {
    return tokenizer().key(word);
  }

  private WordTokenizer tokenizer() {
    if (tokenizer == null) {
      tokenizer = new WordTokenizer();
    }
    return tokenizer;
  }

  /** How many texts and words the table holds. */
  int size() {
    return words.size() + keys.size();
  }

  /**
   * Writes the table: each text with its words (only a flag when they are the text split at single
   * spaces, as for most forms), then each word with its key (only a flag when the key is the word
   * itself, as for short words and marks).
   */
  void write(DataOutputStream out) throws IOException {
    out.writeInt(words.size());
    for (var e : words.entrySet()) {
      out.writeUTF(e.getKey());
      boolean spaced = List.of(e.getKey().split(" ", -1)).equals(e.getValue());
      out.writeShort(spaced ? -1 : e.getValue().size());
      for (String w : spaced ? List.<String>of() : e.getValue()) {
        out.writeUTF(w);
      }
    }
    out.writeInt(keys.size());
    for (var e : keys.entrySet()) {
      out.writeUTF(e.getKey());
      boolean same = e.getKey().equals(e.getValue());
      out.writeBoolean(same);
      if (!same) {
        out.writeUTF(e.getValue());
      }
    }
  }

  static Spellings read(DataInputStream in) throws IOException {
    int n = in.readInt();
    Map<String, List<String>> words = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      String text = in.readUTF();
      int count = in.readShort();
      String[] split = count < 0 ? text.split(" ", -1) : new String[count];
      for (int k = 0; k < count; k++) {
        split[k] = in.readUTF();
      }
      words.put(text, List.of(split));
    }
    int m = in.readInt();
    Map<String, String> keys = new HashMap<>(m * 2);
    for (int i = 0; i < m; i++) {
      String word = in.readUTF();
      keys.put(word, in.readBoolean() ? word : in.readUTF());
    }
    return new Spellings(words, keys);
  }
}
