package dev.keyfit.render;

import dev.keyfit.match.Match;
import dev.keyfit.match.MatchKind;
import dev.keyfit.score.JobMatch;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One short line on how a term was found, for every report format: the resume's own words, a
 * sibling in place of the posting's term, and what a literal ATS keyword search would find.
 */
final class MatchNotes {

  private MatchNotes() {}

  /** "you have MySQL; the posting asks for PostgreSQL", "as “Postgres”; …", or empty. */
  static String posting(JobMatch.PostingTerm t) {
    String asked = t.postingWords().isEmpty() ? t.term().name() : t.postingWords().get(0);
    if (t.alternativeTo() != null && t.resumeCount() == 0) {
      return "the posting accepts " + t.alternativeTo().name() + " instead, which you have";
    }
    if (t.kind() == MatchKind.RELATED) {
      String have =
          t.related().stream()
              .map(JobMatch.Related::shown)
              .distinct()
              .collect(Collectors.joining(", "));
      return "you have " + have + "; the posting asks for " + asked;
    }
    if (t.kind() == null) {
      return t.literalInResume()
          ? "\u201c" + asked + "\u201d is in the resume, but not where keyfit counts it"
          : "";
    }
    String as =
        t.kind() == MatchKind.VARIANT && !t.resumeWords().isEmpty()
            ? "as \u201c" + t.resumeWords().get(0) + "\u201d"
            : "";
    if (t.literalInResume()) {
      return as;
    }
    return (as.isEmpty() ? "" : as + "; ")
        + "a literal search for \u201c"
        + asked
        + "\u201d finds nothing";
  }

  /** For a posting term outside the dictionary found only in another form. */
  static String unknown(JobMatch.UnknownTerm u) {
    return u.resumeCount() > 0 && !u.literalInResume()
        ? "another form only; a literal search for \u201c" + u.term() + "\u201d finds nothing"
        : "";
  }

  /** "as “Postgres”" when the resume writes a found term in another form than its name. */
  static String words(Match m) {
    if (m.kind() == MatchKind.EXACT) {
      return "";
    }
    List<String> words = m.words();
    return words.isEmpty() ? "" : "as \u201c" + words.get(0) + "\u201d";
  }
}
