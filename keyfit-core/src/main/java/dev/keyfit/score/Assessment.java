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
 * @param otherRoles the scores of the roles not asked for when the user chose one ({@code --role}),
 *     so that a report can say what the best fit would have been; empty otherwise
 */
public record Assessment(
    List<Match> matches,
    List<RoleScore> roles,
    Optional<Role> bestFit,
    JobMatch jobMatch,
    List<RoleScore> otherRoles) {

  public Assessment {
    matches = List.copyOf(matches);
    roles = List.copyOf(roles);
    otherRoles = List.copyOf(otherRoles);
  }

  /** An assessment of every role asked for (none chosen by the user). */
  public Assessment(
      List<Match> matches, List<RoleScore> roles, Optional<Role> bestFit, JobMatch jobMatch) {
    this(matches, roles, bestFit, jobMatch, List.of());
  }

  /** This assessment with a job posting's match. */
  public Assessment withJobMatch(JobMatch jobMatch) {
    return new Assessment(matches, roles, bestFit, jobMatch, otherRoles);
  }

  /**
   * This assessment narrowed to the role the user chose: that role's score stays in {@link #roles},
   * the others move to {@link #otherRoles}, and the best fit stays the real best fit of them all.
   */
  public Assessment chosen(Role role) {
    return new Assessment(
        matches,
        roles.stream().filter(r -> r.role() == role).toList(),
        bestFit,
        jobMatch,
        roles.stream().filter(r -> r.role() != role).toList());
  }

  /** True when the user chose the role (the other roles were scored only to name the best fit). */
  public boolean roleChosen() {
    return !otherRoles.isEmpty();
  }

  /** The score for a role, if it was assessed. */
  public Optional<RoleScore> role(Role role) {
    return roles.stream().filter(r -> r.role() == role).findFirst();
  }
}
