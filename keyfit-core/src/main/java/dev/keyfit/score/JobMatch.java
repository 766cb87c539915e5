package dev.keyfit.score;

import dev.keyfit.keywords.Term;
import dev.keyfit.match.MatchKind;
import java.util.List;

/**
 * How a resume matches one job posting.
 *
 * @param file the posting's file name
 * @param title the posting's job title, or empty when none was found
 * @param titleInResume true when the resume shows the title or a close variant
 * @param matchRate 0–100: Σ weight × credit ÷ Σ weight over the posting's terms (see {@link
 *     JobScorer})
 * @param terms the dictionary terms the posting asks for, most stressed first
 * @param unknownTerms terms the posting stresses that the dictionary does not know
 * @param totalWeight the match rate's denominator: Σ weight over the terms, each group of
 *     alternatives once
 */
public record JobMatch(
    String file,
    String title,
    boolean titleInResume,
    int matchRate,
    List<PostingTerm> terms,
    List<UnknownTerm> unknownTerms,
    double totalWeight) {

  public JobMatch {
    terms = List.copyOf(terms);
    unknownTerms = List.copyOf(unknownTerms);
  }

  /** A match without alternatives: the denominator is every term's weight. */
  public JobMatch(
      String file,
      String title,
      boolean titleInResume,
      int matchRate,
      List<PostingTerm> terms,
      List<UnknownTerm> unknownTerms) {
    this(
        file,
        title,
        titleInResume,
        matchRate,
        terms,
        unknownTerms,
        terms.stream().mapToDouble(PostingTerm::weight).sum()
            + unknownTerms.stream().mapToDouble(UnknownTerm::weight).sum());
  }

  /**
   * A dictionary term in the posting.
   *
   * @param term the term
   * @param postingCount occurrences in the posting
   * @param resumeCount occurrences in the resume
   * @param weight how much the posting stresses it
   * @param required true when it is in a requirements section or the title
   * @param credit the share of its weight the resume earns: 1 shown in work, ½ only listed, 0
   * @param kind how the resume has it: exact, variant, related (only a sibling: no credit), or null
   *     when it has neither the term nor a sibling
   * @param resumeWords the resume's own words for the term (empty unless exact or variant)
   * @param postingWords the posting's own words for the term
   * @param literalInResume true when the posting's own words appear in the resume as written (case
   *     aside): what a literal ATS keyword search finds
   * @param related the siblings the resume has instead, when the kind is related
   * @param alternativeTo the term the posting offers in its place ("PMP or CAPM") that the resume
   *     has, or null: the posting is answered, and this term is not counted against the match rate
   */
  public record PostingTerm(
      Term term,
      int postingCount,
      int resumeCount,
      double weight,
      boolean required,
      double credit,
      MatchKind kind,
      List<String> resumeWords,
      List<String> postingWords,
      boolean literalInResume,
      List<Related> related,
      Term alternativeTo) {

    public PostingTerm {
      resumeWords = List.copyOf(resumeWords);
      postingWords = List.copyOf(postingWords);
      related = List.copyOf(related);
    }

    /** The same term, answered by the alternative the resume has. */
    PostingTerm answeredBy(Term alternative) {
      return new PostingTerm(
          term,
          postingCount,
          resumeCount,
          weight,
          required,
          credit,
          kind,
          resumeWords,
          postingWords,
          literalInResume,
          related,
          alternative);
    }

    /**
     * A posting term without words or siblings: a variant when the resume has it, taken as literal.
     */
    public PostingTerm(
        Term term,
        int postingCount,
        int resumeCount,
        double weight,
        boolean required,
        double credit) {
      this(
          term,
          postingCount,
          resumeCount,
          weight,
          required,
          credit,
          resumeCount > 0 ? MatchKind.VARIANT : null,
          List.of(),
          List.of(),
          resumeCount > 0,
          List.of(),
          null);
    }

    /**
     * "matched", "listed" (only in a list such as skills), "alternative" (absent, but the resume
     * has a term the posting offers in its place) or "missing".
     */
    public String status() {
      return alternativeTo != null && resumeCount == 0
          ? "alternative"
          : JobMatch.status(resumeCount, credit);
    }
  }

  /**
   * A posting term the dictionary does not know (e.g. "Kafka" in a custom dictionary's absence).
   *
   * @param term the phrase as written in the posting
   * @param postingCount occurrences in the posting
   * @param resumeCount occurrences in the resume
   * @param weight how much the posting stresses it
   * @param required true when it is in a requirements section or the title
   * @param credit the share of its weight the resume earns: 1 shown in work, ½ only listed, 0
   * @param literalInResume true when the phrase appears in the resume as written (case aside)
   */
  public record UnknownTerm(
      String term,
      int postingCount,
      int resumeCount,
      double weight,
      boolean required,
      double credit,
      boolean literalInResume) {

    /** An unknown term taken as literally present when the resume has it. */
    public UnknownTerm(
        String term,
        int postingCount,
        int resumeCount,
        double weight,
        boolean required,
        double credit) {
      this(term, postingCount, resumeCount, weight, required, credit, resumeCount > 0);
    }

    /** "matched", "listed" (only in a list such as skills) or "missing". */
    public String status() {
      return JobMatch.status(resumeCount, credit);
    }
  }

  /**
   * A sibling the resume has in place of a posting term: "you have MySQL; the posting asks for
   * PostgreSQL". It earns the posting term nothing.
   *
   * @param term the sibling term
   * @param words the resume's own words for it
   */
  public record Related(Term term, List<String> words) {

    public Related {
      words = List.copyOf(words);
    }

    /** The resume's first own words for the sibling, or its name. */
    public String shown() {
      return words.isEmpty() ? term.name() : words.get(0);
    }
  }

  static String status(int resumeCount, double credit) {
    return resumeCount == 0 ? "missing" : credit < 1 ? "listed" : "matched";
  }
}
