package dev.keyfit.advise;

import dev.keyfit.keywords.Role;
import java.util.List;

/**
 * What to change in a resume.
 *
 * @param target the role the advice is for (the chosen role or the best fit)
 * @param missing missing terms, most valuable first
 * @param checks ATS and writing checks, in a fixed order
 * @param rewrites bullets worth rewriting
 */
public record Advice(
    Role target, List<MissingTerm> missing, List<Check> checks, List<Rewrite> rewrites) {

  /**
   * A bullet worth rewriting.
   *
   * @param line the 1-based line number
   * @param text the bullet as written
   * @param problem what is wrong, e.g. "opens with the weak phrase 'responsible for'"
   * @param suggestion the suggested start or fix
   */
  public record Rewrite(int line, String text, String problem, String suggestion) {}

  public Advice {
    missing = List.copyOf(missing);
    checks = List.copyOf(checks);
    rewrites = List.copyOf(rewrites);
  }
}
