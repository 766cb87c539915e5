package dev.keyfit.advise;

import dev.keyfit.keywords.Dictionary;
import dev.keyfit.keywords.Role;
import dev.keyfit.match.Match;
import dev.keyfit.nlp.AnnotatedResume;
import dev.keyfit.score.Assessment;
import dev.keyfit.score.RoleScore;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds the advice for one assessed resume. Stateless and thread-safe. */
public final class Advisor {

  /** How many missing terms the advice lists. */
  public static final int MISSING_LIMIT = 15;

  private final Dictionary dictionary;
  private final AcronymCheck acronyms;

  public Advisor(Dictionary dictionary) {
    this.dictionary = dictionary;
    this.acronyms = new AcronymCheck(dictionary.terms());
  }

  /**
   * With a job posting in the assessment, the missing terms are the posting's (dictionary and
   * unknown), ranked by the match-rate points they would add; else the target role's.
   *
   * @param requested the role the user asked for, or null to advise for the best fit (or, when the
   *     resume fits neither, the role it scores higher on)
   */
  public Advice advise(AnnotatedResume resume, Assessment assessment, Role requested) {
    RoleScore target = target(assessment, requested);
    List<MissingTerm> missing = missing(assessment, target, StatementFiller.of(resume));
    BulletReview bullets = BulletReview.of(resume, dictionary.lists());
    List<Check> checks = AtsChecks.run(resume, assessment, bullets, dictionary, acronyms);
    return new Advice(target.role(), missing, checks, bullets.rewrites());
  }

  /**
   * The part of {@link #advise} a ranking reads, for a batch that writes nothing but its ranking:
   * the same target and missing terms in the same order (their statements keep the placeholders the
   * resume's team sizes would fill), and of the checks only {@code not-a-resume}, when the file
   * reads like a job posting. No other check, no bullet rewrites: about a tenth of a file's
   * analysis time, which such a batch would compute only to drop.
   */
  public Advice adviseForRanking(AnnotatedResume resume, Assessment assessment, Role requested) {
    RoleScore target = target(assessment, requested);
    List<MissingTerm> missing = missing(assessment, target, StatementFiller.none());
    return new Advice(target.role(), missing, AtsChecks.notAResume(resume), List.of());
  }

  private List<MissingTerm> missing(
      Assessment assessment, RoleScore target, StatementFiller filler) {
    if (assessment.jobMatch() != null) {
      return MissingTerms.rankForPosting(assessment.jobMatch(), filler, MISSING_LIMIT);
    }
    Set<String> matched = assessment.matches().stream().map(Match::id).collect(Collectors.toSet());
    return MissingTerms.rank(dictionary, target, matched, filler, MISSING_LIMIT);
  }

  private static RoleScore target(Assessment assessment, Role requested) {
    if (requested != null) {
      return assessment.role(requested).orElseThrow();
    }
    if (assessment.bestFit().isPresent()) {
      return assessment.role(assessment.bestFit().get()).orElseThrow();
    }
    return assessment.roles().stream()
        .max(Comparator.comparingInt(RoleScore::score).thenComparing(r -> -r.role().ordinal()))
        .orElseThrow();
  }
}
