package dev.keyfit.match;

import dev.keyfit.keywords.Dictionary;
import dev.keyfit.keywords.Guard;
import dev.keyfit.keywords.Term;
import dev.keyfit.nlp.AnnotatedResume;
import dev.keyfit.nlp.ResumeLine;
import dev.keyfit.nlp.Section;
import dev.keyfit.nlp.Token;
import dev.keyfit.nlp.WordTokenizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds dictionary terms in annotated text. Compiled once from a dictionary (every name and alias
 * tokenized and stemmed exactly as resume text is), then immutable and thread-safe.
 *
 * <p>One left-to-right pass over the tokens: at each word the trie is walked as far as the text
 * allows, and the longest form whose case and guard checks pass wins; matching resumes after it.
 */
public final class Matcher {

  private final TermTrie trie = new TermTrie();
  private final Map<String, Set<String>> guardContext = new HashMap<>();

  private Matcher(Dictionary dictionary, WordTokenizer tokenizer) {
    for (Term term : dictionary.terms()) {
      for (String form : term.forms()) {
        List<String> keys = new ArrayList<>();
        List<String> surface = new ArrayList<>();
        for (WordTokenizer.Word w : tokenizer.words(form)) {
          keys.add(tokenizer.key(w.text()));
          surface.add(w.text());
        }
        if (!keys.isEmpty()) {
          trie.add(keys, new TermTrie.Candidate(term, form, surface));
        }
      }
      if (term.guard() != null) {
        Set<String> context = new HashSet<>();
        term.guard().context().forEach(word -> context.add(tokenizer.key(word)));
        guardContext.put(term.id(), Set.copyOf(context));
      }
    }
  }

  /** Compiles a matcher for a dictionary. */
  public static Matcher compile(Dictionary dictionary) {
    return new Matcher(dictionary, new WordTokenizer());
  }

  /** True when some name or alias starts with a word of this match key. */
  public boolean startsTerm(String key) {
    return trie.root().child(key) != null;
  }

  /** How many written forms (names and aliases) the matcher knows. */
  public int forms() {
    return trie.size();
  }

  /** The terms found in a document, sorted by term id. */
  public List<Match> match(AnnotatedResume resume) {
    Map<String, Found> found = new LinkedHashMap<>();
    scan(resume, found, new BitSet());
    Map<String, Match> sorted = new TreeMap<>();
    found.forEach((id, f) -> sorted.put(id, new Match(f.term, f.count, List.copyOf(f.evidence.values()))));
    return List.copyOf(sorted.values());
  }

  /**
   * The indexes of the tokens that are part of a dictionary match, so that other readers of the
   * text (such as the job posting's unknown-term finder) can skip what the dictionary knows.
   */
  public BitSet covered(AnnotatedResume resume) {
    BitSet covered = new BitSet(resume.tokens().size());
    scan(resume, new LinkedHashMap<>(), covered);
    return covered;
  }

  private void scan(AnnotatedResume resume, Map<String, Found> found, BitSet covered) {
    List<Token> tokens = resume.tokens();
    int i = 0;
    while (i < tokens.size()) {
      int end = longestMatchAt(resume, tokens, i, found);
      if (end > i) {
        covered.set(i, end);
      }
      i = end > i ? end : i + 1;
    }
  }

  /** Records the longest accepted match starting at {@code start}; returns its end or start. */
  private int longestMatchAt(AnnotatedResume resume, List<Token> tokens, int start, Map<String, Found> found) {
    int line = tokens.get(start).line();
    List<Integer> ends = new ArrayList<>();
    List<TermTrie.Node> nodes = new ArrayList<>();
    TermTrie.Node node = trie.root();
    for (int j = start; j < tokens.size() && tokens.get(j).line() == line; j++) {
      Token t = tokens.get(j);
      TermTrie.Node next = node.child(t.key());
      if (next == null && !t.lemmaKey().equals(t.key())) {
        next = node.child(t.lemmaKey());
      }
      if (next == null) {
        break;
      }
      node = next;
      if (!node.candidates().isEmpty()) {
        ends.add(j + 1);
        nodes.add(node);
      }
    }
    ResumeLine resumeLine = resume.line(line);
    Section section = resumeLine == null ? Section.OTHER : resumeLine.section();
    for (int k = ends.size() - 1; k >= 0; k--) {
      int end = ends.get(k);
      for (TermTrie.Candidate c : nodes.get(k).candidates()) {
        if (accepts(c, tokens, start, end, section)) {
          found.computeIfAbsent(c.term().id(), id -> new Found(c.term())).add(resumeLine, words(resumeLine, tokens, start, end));
          return end;
        }
      }
    }
    return start;
  }

  private boolean accepts(TermTrie.Candidate c, List<Token> tokens, int start, int end, Section section) {
    Term term = c.term();
    if (term.caseSensitive()) {
      for (int j = start; j < end; j++) {
        if (!tokens.get(j).text().equals(c.surface().get(j - start))) {
          return false;
        }
      }
    }
    Guard guard = term.guard();
    if (guard == null || !guard.appliesTo(c.form())) {
      return true;
    }
    return GuardCheck.accepts(guard, guardContext.get(term.id()), tokens, start, end, section);
  }

  /** A term's occurrences so far. */
  private static final class Found {
    final Term term;
    final Map<Integer, Evidence> evidence = new TreeMap<>();
    int count;

    Found(Term term) {
      this.term = term;
    }

    void add(ResumeLine line, String words) {
      count++;
      if (line != null) {
        evidence.computeIfAbsent(
            line.number(),
            n -> new Evidence(n, line.content(), line.section(), line.measurable(), words));
      }
    }
  }

  /** The matched words as the line writes them (its text from the first to the last token). */
  private static String words(ResumeLine line, List<Token> tokens, int start, int end) {
    Token first = tokens.get(start);
    Token last = tokens.get(end - 1);
    int from = first.column();
    int to = last.column() + last.text().length();
    for (String text : line == null ? List.<String>of() : List.of(line.text(), line.content())) {
      if (from >= 0 && to <= text.length() && from < to && text.startsWith(first.text(), from)
          && text.startsWith(last.text(), to - last.text().length())) {
        return text.substring(from, to);
      }
    }
    StringBuilder joined = new StringBuilder();
    for (int j = start; j < end; j++) {
      joined.append(j > start ? " " : "").append(tokens.get(j).text());
    }
    return joined.toString();
  }
}
