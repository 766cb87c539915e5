package dev.keyfit.advise;

import dev.keyfit.keywords.Category;
import dev.keyfit.match.Evidence;
import dev.keyfit.match.Match;
import dev.keyfit.nlp.Section;
import java.util.Comparator;
import java.util.List;

/**
 * Check {@code keyword-stuffing}: a term repeated far beyond normal (more than {@value
 * #MAX_REPEATS} times) fails; a long list of terms that appear nowhere in the experience warns.
 * Recruiters read both as gaming the ATS, and the scorer gives neither extra points.
 */
final class StuffingCheck {

  static final int MAX_REPEATS = 8;
  static final int MIN_LISTED_ONLY = 8;
  static final double LISTED_ONLY_SHARE = 0.5;

  private StuffingCheck() {}

  static Check run(List<Match> matches) {
    List<Match> repeated =
        matches.stream()
            .filter(m -> m.count() > MAX_REPEATS)
            .sorted(Comparator.comparingInt((Match m) -> -m.count()).thenComparing(Match::id))
            .toList();
    if (!repeated.isEmpty()) {
      return Check.fail(
          "keyword-stuffing",
          "Repeated far beyond normal: "
              + String.join(
                  ", ",
                  repeated.stream().limit(3).map(m -> m.term().name() + " ×" + m.count()).toList())
              + ".",
          "Mention each skill where you used it; repetition reads as stuffing and earns no points.");
    }
    List<Match> listedOnly =
        matches.stream()
            .filter(m -> m.term().category() != Category.CERTIFICATIONS && !shown(m))
            .toList();
    if (listedOnly.size() >= MIN_LISTED_ONLY
        && listedOnly.size() >= LISTED_ONLY_SHARE * matches.size()) {
      return Check.warn(
          "keyword-stuffing",
          listedOnly.size()
              + " of "
              + matches.size()
              + " terms appear only in lists, never in your experience (e.g. "
              + String.join(", ", listedOnly.stream().limit(4).map(m -> m.term().name()).toList())
              + ").",
          "Back the skills you list with experience bullets that use them; drop the ones you cannot.");
    }
    return Check.pass("keyword-stuffing", "No sign of keyword stuffing.");
  }

  private static boolean shown(Match m) {
    for (Evidence e : m.evidence()) {
      if (e.section() == Section.EXPERIENCE
          || e.section() == Section.PROJECTS
          || e.section() == Section.SUMMARY) {
        return true;
      }
    }
    return false;
  }
}
