package dev.keyfit.score;

import dev.keyfit.keywords.Role;
import dev.keyfit.match.Match;
import java.util.List;
import java.util.Optional;

/**
 * The scores of one resume.
 *
 * @param matches the matched terms, sorted by id
 * @param roles a score per role assessed
 * @param bestFit the role the resume fits best, or empty when it fits neither well enough
 * @param jobMatch the match against a job posting, or null when none was given
 */
public record Assessment(
    List<Match> matches, List<RoleScore> roles, Optional<Role> bestFit, JobMatch jobMatch) {

  public Assessment {
    matches = List.copyOf(matches);
    roles = List.copyOf(roles);
  }

  /** This assessment with a job posting's match. */
  public Assessment withJobMatch(JobMatch jobMatch) {
    return new Assessment(matches, roles, bestFit, jobMatch);
  }

  /** The score for a role, if it was assessed. */
  public Optional<RoleScore> role(Role role) {
    return roles.stream().filter(r -> r.role() == role).findFirst();
  }
}
