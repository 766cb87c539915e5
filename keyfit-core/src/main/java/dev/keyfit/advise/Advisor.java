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
    Set<String> matched = assessment.matches().stream().map(Match::id).collect(Collectors.toSet());
    StatementFiller filler = StatementFiller.of(resume);
    List<MissingTerm> missing =
        assessment.jobMatch() != null
            ? MissingTerms.rankForPosting(assessment.jobMatch(), filler, MISSING_LIMIT)
            : MissingTerms.rank(dictionary, target, matched, filler, MISSING_LIMIT);
    BulletReview bullets = BulletReview.of(resume, dictionary.lists());
    List<Check> checks = AtsChecks.run(resume, assessment, bullets, dictionary, acronyms);
    return new Advice(target.role(), missing, checks, bullets.rewrites());
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
