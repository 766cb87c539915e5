package dev.keyfit.advise;

import dev.keyfit.keywords.Term;
import java.util.List;

/**
 * A term the resume lacks, with what it would add and what to write.
 *
 * @param term the term
 * @param weight its weight for the target role (or the posting's stress on it)
 * @param gain score points it would add if shown in an experience bullet with a result
 * @param statements suggested statements, placeholders in square brackets
 */
public record MissingTerm(Term term, double weight, double gain, List<String> statements) {

  public MissingTerm {
    statements = List.copyOf(statements);
  }
}
