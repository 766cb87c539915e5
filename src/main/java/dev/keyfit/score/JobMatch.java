package dev.keyfit.score;

import dev.keyfit.keywords.Term;
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
 */
public record JobMatch(
    String file,
    String title,
    boolean titleInResume,
    int matchRate,
    List<PostingTerm> terms,
    List<UnknownTerm> unknownTerms) {

  public JobMatch {
    terms = List.copyOf(terms);
    unknownTerms = List.copyOf(unknownTerms);
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
   */
  public record PostingTerm(
      Term term, int postingCount, int resumeCount, double weight, boolean required, double credit) {

    /** "matched", "listed" (only in a list such as skills) or "missing". */
    public String status() {
      return JobMatch.status(resumeCount, credit);
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
   */
  public record UnknownTerm(
      String term, int postingCount, int resumeCount, double weight, boolean required, double credit) {

    /** "matched", "listed" (only in a list such as skills) or "missing". */
    public String status() {
      return JobMatch.status(resumeCount, credit);
    }
  }

  static String status(int resumeCount, double credit) {
    return resumeCount == 0 ? "missing" : credit < 1 ? "listed" : "matched";
  }
}
