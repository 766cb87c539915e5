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

  /** EXACT when some line has the term's name as written, else VARIANT (another of its forms). */
  public MatchKind kind() {
    return kind(List.of(term.name()));
  }

  /** EXACT when some line has one of {@code forms} (e.g. the posting's own words), else VARIANT. */
  public MatchKind kind(java.util.Collection<String> forms) {
    for (Evidence e : evidence) {
      if (MatchKind.of(e.words(), forms) == MatchKind.EXACT) {
        return MatchKind.EXACT;
      }
    }
    return MatchKind.VARIANT;
  }

  /** The distinct words the document uses for the term, in document order. */
  public List<String> words() {
    return evidence.stream().map(Evidence::words).filter(w -> !w.isEmpty()).distinct().toList();
  }
}
