package dev.keyfit.match;

import dev.keyfit.keywords.Category;
import dev.keyfit.keywords.Dictionary;
import dev.keyfit.keywords.Guard;
import dev.keyfit.keywords.MatchMode;
import dev.keyfit.keywords.Spellings;
import dev.keyfit.keywords.Term;
import dev.keyfit.nlp.AnnotatedResume;
import dev.keyfit.nlp.ResumeLine;
import dev.keyfit.nlp.Section;
import dev.keyfit.nlp.Token;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Finds dictionary terms in annotated text. Compiled once from a dictionary (every name and alias
 * tokenized and stemmed exactly as resume text is, by the dictionary's {@link Spellings}), then
 * immutable and thread-safe.
 *
 * <p>One left-to-right pass over the tokens: at each word the trie is walked as far as the text
 * allows (by stem, lemma or exact word, each form's words as its {@link MatchMode}s say), and the
 * longest form whose case and guard checks pass wins; matching resumes after it. A stemmed phrase
 * may also match with a few words between its words inside one sentence ("managed the key
 * stakeholders", "risks identified and mitigated"); such a match adds evidence without consuming
 * the words it spans. Two readings may share words as {@link SharedWords} says ("Lean/Six Sigma",
 * "executing project plans").
 */
public final class Matcher {

  private final TermTrie trie = new TermTrie();
  private final Map<String, GuardContext> guardContext = new HashMap<>();

  /**
   * Per scan and thread: which term each matched token counts for, so a word counts once per term.
   */
  private final ThreadLocal<Map<Integer, String>> claimed = ThreadLocal.withInitial(HashMap::new);

  /** The stems of every form's first word, whatever its match mode (for selective tagging). */
  private final Set<String> firstStems = new HashSet<>();

  private Matcher(Dictionary dictionary, Spellings spellings) {
    Set<List<String>> written = new HashSet<>();
    List<TermTrie.Candidate> readings = new ArrayList<>();
    for (Term term : dictionary.terms()) {
      for (String form : term.forms()) {
        List<String> surface = spellings.words(form);
        if (surface.isEmpty()) {
          continue;
        }
        firstStems.add(spellings.key(surface.get(0)));
        List<MatchMode> modes = new ArrayList<>(term.modes(form, surface));
        List<String> keys = keys(spellings, surface, modes);
        boolean gaps = allowsGaps(term, modes);
        trie.add(keys, new TermTrie.Candidate(term, form, surface, modes, gaps, false));
        written.add(keys);
        List<String> of = gaps ? Nominal.ofReading(surface, modes) : null;
        if (of != null) {
          // the action noun as written: "integrity of data" shares a stem with "integration"
          List<MatchMode> ofModes = List.of(MatchMode.EXACT, MatchMode.STEM, modes.get(0));
          readings.add(new TermTrie.Candidate(term, form, of, ofModes, true, true));
        }
      }
      if (term.guard() != null) {
        guardContext.put(term.id(), GuardContext.of(term.guard(), spellings));
      }
    }
    for (TermTrie.Candidate c : readings) { // a written form wins over another term's reading
      List<String> keys = keys(spellings, c.surface(), new ArrayList<>(c.modes()));
      if (written.add(keys)) {
        firstStems.add(spellings.key(c.surface().get(0)));
        trie.add(keys, c);
      }
    }
  }

  /** The trie keys of a form's words: stems, or exact words, as the words' modes say. */
  private static List<String> keys(
      Spellings spellings, List<String> surface, List<MatchMode> modes) {
    List<String> keys = new ArrayList<>();
    for (int k = 0; k < surface.size(); k++) {
      String stem = spellings.key(surface.get(k));
      if (stem.equals("and")) {
        modes.set(k, MatchMode.STEM); // "&" and "and" are the same word
      }
      keys.add(
          modes.get(k).stemmed()
              ? stem
              : TermTrie.exactKey(surface.get(k).toLowerCase(Locale.ROOT)));
    }
    return keys;
  }

  /**
   * Words may stand between the words of a stemmed phrase of two or more words that names a
   * practice, not a product or a credential, which are written as they are.
   */
  private static boolean allowsGaps(Term term, List<MatchMode> modes) {
    return modes.size() >= 2
        && modes.stream().allMatch(MatchMode::stemmed)
        && term.category() != Category.TOOLS
        && term.category() != Category.CERTIFICATIONS;
  }

  /** Compiles a matcher for a dictionary. */
  public static Matcher compile(Dictionary dictionary) {
    return new Matcher(dictionary, dictionary.spellings());
  }

  /** True when some name or alias starts with a word of this match key. */
  public boolean startsTerm(String key) {
    return firstStems.contains(key);
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
    found.forEach(
        (id, f) -> sorted.put(id, new Match(f.term, f.count, List.copyOf(f.evidence.values()))));
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
    claimed.get().clear();
    List<Token> tokens = resume.tokens();
    Slashes slashes = new Slashes(resume, tokens);
    int i = 0;
    while (i < tokens.size()) {
      int end = matchAt(resume, tokens, slashes, i, found, covered);
      i = end > i ? end : i + 1;
    }
  }

  /**
   * Records the longest accepted match of adjacent words starting at {@code start}, and a longer
   * match with words between its words when there is one (it adds evidence but does not consume the
   * words it skips over); returns the end of the adjacent match, or start.
   */
  private int matchAt(
      AnnotatedResume resume,
      List<Token> tokens,
      Slashes slashes,
      int start,
      Map<String, Found> found,
      BitSet covered) {
    List<FormWalk.Reach> reaches = FormWalk.from(trie, tokens, start, slashes);
    if (reaches.isEmpty()) {
      return start;
    }
    reaches.sort(
        Comparator.comparingInt(FormWalk.Reach::end)
            .reversed()
            .thenComparingInt(FormWalk.Reach::skipped)
            .thenComparing(r -> r.candidate().reading()));
    ResumeLine resumeLine = resume.line(tokens.get(start).line());
    Section section = resumeLine == null ? Section.OTHER : resumeLine.section();
    if (section == Section.CLIENTS) {
      return start; // industries and clients served are not the writer's skills
    }
    Map<Term, FormWalk.Reach> gapped = new LinkedHashMap<>(); // the longest of each term
    for (FormWalk.Reach r : reaches) {
      if (!accepts(r, tokens, resumeLine, section)) {
        continue;
      }
      if (r.skipped() > 0) {
        gapped.putIfAbsent(r.candidate().term(), r);
        continue;
      }
      gapped.remove(r.candidate().term());
      gapped.values().forEach(g -> record(g, resumeLine, tokens, found, covered));
      record(r, resumeLine, tokens, found, covered);
      Predicate<FormWalk.Reach> accepted = x -> accepts(x, tokens, resumeLine, section);
      SharedWords.slashed(reaches, r, slashes, accepted)
          .ifPresent(s -> record(s, resumeLine, tokens, found, covered));
      FormWalk.Reach on = SharedWords.runOn(trie, tokens, slashes, r, accepted);
      if (on != null) {
        record(on, resumeLine, tokens, found, covered); // evidence; the words after r still read
      }
      return r.end();
    }
    gapped.values().forEach(g -> record(g, resumeLine, tokens, found, covered));
    return start;
  }

  private void record(
      FormWalk.Reach r,
      ResumeLine line,
      List<Token> tokens,
      Map<String, Found> found,
      BitSet covered) {
    String id = r.candidate().term().id();
    for (int p : r.positions()) {
      if (id.equals(claimed.get().get(p))) {
        return; // the same words already count for this term through a phrase with a gap
      }
    }
    for (int p : r.positions()) {
      claimed.get().put(p, id);
    }
    found
        .computeIfAbsent(id, k -> new Found(r.candidate().term()))
        .add(line, words(line, tokens, r.positions()[0], r.end()));
    for (int p : r.positions()) {
      covered.set(p);
    }
    if (r.skipped() == 0) {
      covered.set(r.positions()[0], r.end());
    }
  }

  private boolean accepts(FormWalk.Reach r, List<Token> tokens, ResumeLine line, Section section) {
    TermTrie.Candidate c = r.candidate();
    if (!c.caseAgrees(tokens, r.positions()) || !c.verbsAgree(tokens, r.positions())) {
      return false;
    }
    Term term = c.term();
    if (AcronymDefinitions.definedOtherwise(term, tokens, r.positions()[0], r.end(), line)) {
      return false;
    }
    Guard guard = term.guard();
    if (guard != null
        && GuardCheck.vetoedNear(guard.notNear(), tokens, r.positions()[0], r.end())) {
      return false; // notNear refuses every form of the term ("PMP exam prep")
    }
    if (guard != null && GuardCheck.writtenAs(guard.notWritten(), tokens, r.positions())) {
      return false; // so does notWritten ("swim lanes" is no LAN)
    }
    if (guard == null || !guard.appliesTo(c.form())) {
      return true;
    }
    return GuardCheck.accepts(
        guard, guardContext.get(term.id()), tokens, r.positions()[0], r.end(), section);
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
    String text = LineText.holding(line, first, last);
    if (text != null && from >= 0 && from < to) {
      if (from > 0 && text.charAt(from - 1) == '(' && text.indexOf(')', from) < to) {
        from--; // a form read on past a bracketed acronym shows its bracket: "(SAFe) 4 Agilist"
      }
      return text.substring(from, to);
    }
    StringBuilder joined = new StringBuilder();
    for (int j = start; j < end; j++) {
      joined.append(j > start ? " " : "").append(tokens.get(j).text());
    }
    return joined.toString();
  }
}
