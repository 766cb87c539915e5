package dev.keyfit.posting;

import dev.keyfit.nlp.AnnotatedResume;
import dev.keyfit.nlp.Token;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds what a posting asks for that the dictionary does not know: runs of proper nouns and
 * capitalised words (Kafka, Snowflake, Primavera P6) and lower-case noun phrases the posting
 * repeats (change orders), minus the stop list, the company's own name and anything the dictionary
 * already matched. Deterministic: candidates are keyed by their stems and sorted.
 */
final class UnknownTerms {

  static final int MAX_TERMS = 20;
  static final int MAX_RUN = 4;

  /** A lower-case phrase must recur to count: once is prose, twice is a requirement. */
  static final int MIN_PHRASE_REPEATS = 2;

  private UnknownTerms() {}

  private static final class Candidate {
    final String surface;
    final List<String> keys;
    int count;
    PostingSection section = PostingSection.COMPANY;
    boolean capitalised;
    boolean header;
    int inCompany;
    int inJob;

    Candidate(String surface, List<String> keys) {
      this.surface = surface;
      this.keys = keys;
    }
  }

  static List<JobPosting.UnknownTerm> find(
      AnnotatedResume posting,
      BitSet covered,
      PostingLayout layout,
      PostingWords words,
      Set<String> moreStopWords) {
    List<Token> tokens = posting.tokens();
    Set<String> stop = new HashSet<>(words.stopWords());
    stop.addAll(companyWords(posting, layout));
    stop.addAll(layout.labelWords());
    stop.addAll(moreStopWords);
    Set<String> capitalisedMidSentence = capitalisedMidSentence(tokens, layout);
    Map<String, Candidate> found = new TreeMap<>();
    int i = 0;
    while (i < tokens.size()) {
      int end = i;
      while (end < tokens.size()
          && end - i < MAX_RUN
          && tokens.get(end).line() == tokens.get(i).line()
          && isNameWord(tokens, end, covered, stop, capitalisedMidSentence, layout)) {
        end++;
      }
      if (end > i) {
        add(found, tokens.subList(i, end), layout, true);
        i = end;
        continue;
      }
      end = nounPhraseEnd(tokens, i, covered, stop, layout);
      if (end > i + 1) {
        add(found, tokens.subList(i, end), layout, false);
        i = end;
        continue;
      }
      i++;
    }
    // The company's name shows in the header or the company blurb; its words are not skills either.
    Set<String> companyKeys = new HashSet<>();
    // (the header, or more often in the blurb than in the job's own parts: "FDA" in the
    // requirements and in the company's record is a requirement)
    found.values().stream()
        .filter(c -> c.header || c.inCompany > c.inJob)
        .forEach(c -> companyKeys.addAll(c.keys));
    // a word the dictionary matched elsewhere in the posting ("Agile", where a guard held it back
    // once) is its term, not an unknown one
    Set<String> matchedKeys = new HashSet<>();
    covered.stream().forEach(p -> matchedKeys.add(tokens.get(p).key()));
    List<JobPosting.UnknownTerm> terms = new ArrayList<>();
    for (Candidate c : found.values()) {
      boolean keep =
          (c.capitalised || c.count >= MIN_PHRASE_REPEATS)
              && !companyKeys.containsAll(c.keys)
              && !(c.keys.size() == 1 && matchedKeys.contains(c.keys.get(0)));
      if (keep && c.section != PostingSection.COMPANY) {
        terms.add(
            new JobPosting.UnknownTerm(
                c.surface, c.keys, c.count, Stress.of(c.section, c.count), c.section));
      }
    }
    terms.sort(
        Comparator.comparingDouble(JobPosting.UnknownTerm::stress)
            .reversed()
            .thenComparing(t -> String.join(" ", t.keys())));
    return List.copyOf(terms.subList(0, Math.min(MAX_TERMS, terms.size())));
  }

  private static void add(
      Map<String, Candidate> found, List<Token> run, PostingLayout layout, boolean capitalised) {
    List<String> keys = run.stream().map(Token::key).toList();
    StringBuilder surface = new StringBuilder();
    run.forEach(t -> surface.append(surface.length() == 0 ? "" : " ").append(t.text()));
    Candidate c =
        found.computeIfAbsent(String.join(" ", keys), k -> new Candidate(surface.toString(), keys));
    c.count++;
    c.capitalised |= capitalised;
    PostingSection section = layout.section(run.get(0).line());
    c.header |= layout.header().contains(run.get(0).line());
    if (section == PostingSection.COMPANY) {
      c.inCompany++;
    } else if (section != PostingSection.GENERAL) {
      c.inJob++; // the overview names the company as often as the blurb does
    }
    if (section.stress() > c.section.stress()) {
      c.section = section;
    }
  }

  /** A word of a product or proper name: capitalised, not the dictionary's, not a stop word. */
  private static boolean isNameWord(
      List<Token> tokens,
      int i,
      BitSet covered,
      Set<String> stop,
      Set<String> capitalisedMidSentence,
      PostingLayout layout) {
    Token t = tokens.get(i);
    if (covered.get(i)
        || ignoredLine(t.line(), layout)
        || stop.contains(t.lower())
        || !hasLetter(t.text())
        || t.text().endsWith("'s")
        || t.text().endsWith("\u2019s")) {
      return false; // "the Council's": an owner, not a skill
    }
    boolean acronym =
        t.text().length() >= 2
            && t.text().equals(t.text().toUpperCase(Locale.ROOT))
            && t.text().chars().anyMatch(Character::isLetter);
    boolean camel =
        t.text().chars().skip(1).anyMatch(ch -> Character.isUpperCase(ch) || Character.isDigit(ch))
            && Character.isLetter(t.text().charAt(0));
    if (!Character.isUpperCase(t.text().charAt(0)) && !camel) {
      return false;
    }
    if (sentenceStart(tokens, i)) {
      // Every bullet starts with a capital: only names recognisable on their own count here.
      return acronym || camel || capitalisedMidSentence.contains(t.lower());
    }
    // Mid-sentence, a capital marks a name whatever the tagger says: it reads "to Snowflake" as a
    // verb.
    return true;
  }

  /** The end of a lower-case (ADJ|NOUN)* NOUN phrase starting at {@code i}, or {@code i}. */
  private static int nounPhraseEnd(
      List<Token> tokens, int i, BitSet covered, Set<String> stop, PostingLayout layout) {
    int end = i;
    int lastNoun = i;
    while (end < tokens.size() && end - i < 3 && tokens.get(end).line() == tokens.get(i).line()) {
      Token t = tokens.get(end);
      boolean lower = t.text().equals(t.lower()) && hasLetter(t.text());
      boolean noun = t.pos().equals("NOUN") || t.pos().startsWith("NN");
      boolean adj = t.pos().equals("ADJ") || t.pos().startsWith("JJ");
      if (covered.get(end)
          || ignoredLine(t.line(), layout)
          || !lower
          || stop.contains(t.lower())
          || !(noun || adj)) {
        break;
      }
      end++;
      if (noun) {
        lastNoun = end;
      }
    }
    return lastNoun;
  }

  private static boolean ignoredLine(int line, PostingLayout layout) {
    return layout.ignoredLine(line);
  }

  private static boolean sentenceStart(List<Token> tokens, int i) {
    if (i == 0) {
      return true;
    }
    Token prev = tokens.get(i - 1);
    return prev.line() != tokens.get(i).line()
        || prev.sentence() != tokens.get(i).sentence()
        || prev.isPunctuation() && !prev.text().equals(",") && !prev.text().equals("/");
  }

  /**
   * Lower-case forms of words written capitalised somewhere other than a sentence start, headings
   * and the title aside: they are title-cased ("Technical Understanding" names no product).
   */
  private static Set<String> capitalisedMidSentence(List<Token> tokens, PostingLayout layout) {
    Set<String> words = new HashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      String text = tokens.get(i).text();
      if (!sentenceStart(tokens, i)
          && !layout.ignoredLine(tokens.get(i).line())
          && !text.isEmpty()
          && Character.isUpperCase(text.charAt(0))) {
        words.add(tokens.get(i).lower());
      }
    }
    return words;
  }

  /** The words of the company's name, taken from an "About Acme" heading. */
  private static Set<String> companyWords(AnnotatedResume posting, PostingLayout layout) {
    Set<String> words = new HashSet<>();
    for (Token t : posting.tokens()) {
      if (layout.headings().contains(t.line())
          && layout.section(t.line()) == PostingSection.COMPANY
          && !t.lower().equals("about")) {
        words.add(t.lower());
      }
    }
    return words;
  }

  private static boolean hasLetter(String text) {
    return text.chars().anyMatch(Character::isLetter);
  }
}
