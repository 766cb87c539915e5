package dev.keyfit.match;

import dev.keyfit.keywords.Term;
import java.util.List;
import java.util.Objects;

/**
 * A dictionary term found in a document.
 *
 * @param term the term
 * @param count how many times it occurs
 * @param evidence the distinct lines it occurs on, in document order
 */
public record Match(Term term, int count, List<Evidence> evidence) {

  public Match {
    Objects.requireNonNull(term, "term");
    evidence = List.copyOf(evidence);
  }

  /** The term's id. */
  public String id() {
    return term.id();
  }
}
