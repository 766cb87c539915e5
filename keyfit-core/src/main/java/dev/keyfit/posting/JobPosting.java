package dev.keyfit.posting;

import dev.keyfit.keywords.Term;
import java.util.List;
import java.util.Objects;

/**
 * What a job posting asks for.
 *
 * @param file the posting's file name
 * @param title the job title, or empty when none was found
 * @param terms the dictionary terms it names, most stressed first (then by id)
 * @param unknownTerms terms it names that the dictionary does not know, most stressed first
 * @param qualifications the degree and years-of-experience requirements it states
 * @param alternatives groups of term ids it offers as alternatives ("PMP or CAPM"): a resume with
 *     one of a group answers the others
 */
public record JobPosting(
    String file,
    String title,
    List<PostingTerm> terms,
    List<UnknownTerm> unknownTerms,
    Qualifications qualifications,
    List<List<String>> alternatives) {

  public JobPosting {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(title, "title");
    terms = List.copyOf(terms);
    unknownTerms = List.copyOf(unknownTerms);
    qualifications = qualifications == null ? Qualifications.NONE : qualifications;
    alternatives =
        alternatives == null ? List.of() : alternatives.stream().map(List::copyOf).toList();
  }

  /** A posting without alternatives. */
  public JobPosting(
      String file,
      String title,
      List<PostingTerm> terms,
      List<UnknownTerm> unknownTerms,
      Qualifications qualifications) {
    this(file, title, terms, unknownTerms, qualifications, List.of());
  }

  /** A posting read without its degree and years requirements. */
  public JobPosting(
      String file, String title, List<PostingTerm> terms, List<UnknownTerm> unknownTerms) {
    this(file, title, terms, unknownTerms, Qualifications.NONE);
  }

  /**
   * A dictionary term in the posting.
   *
   * @param term the term
   * @param count occurrences in the posting
   * @param stress how much the posting stresses it: see {@link Stress}
   * @param section the most stressing part of the posting it appears in
   * @param words the posting's own words for the term, in order of appearance
   */
  public record PostingTerm(
      Term term, int count, double stress, PostingSection section, List<String> words) {

    public PostingTerm {
      words = words == null ? List.of() : List.copyOf(words);
    }

    /** A posting term whose own words are not known (written as the term's name). */
    public PostingTerm(Term term, int count, double stress, PostingSection section) {
      this(term, count, stress, section, List.of());
    }

    /** True when it is in the title or a requirements section. */
    public boolean required() {
      return section.required();
    }
  }

  /**
   * A term the posting names that the dictionary does not know, e.g. "Kafka".
   *
   * @param term the phrase as first written in the posting
   * @param keys the match keys of its words (stems, as {@link dev.keyfit.nlp.Token#key()})
   * @param count occurrences in the posting
   * @param stress how much the posting stresses it: see {@link Stress}
   * @param section the most stressing part of the posting it appears in
   */
  public record UnknownTerm(
      String term, List<String> keys, int count, double stress, PostingSection section) {

    public UnknownTerm {
      keys = List.copyOf(keys);
    }

    /** True when it is in the title or a requirements section. */
    public boolean required() {
      return section.required();
    }
  }
}
