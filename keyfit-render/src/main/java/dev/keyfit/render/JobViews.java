package dev.keyfit.render;

import static dev.keyfit.render.ReportView.band;
import static dev.keyfit.render.ReportView.color;
import static dev.keyfit.render.ReportView.gaugeDash;
import static dev.keyfit.render.ReportView.num;
import static dev.keyfit.render.ReportView.textBar;

import dev.keyfit.render.ReportView.JobView;
import dev.keyfit.render.ReportView.PostingTermView;
import dev.keyfit.score.JobMatch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The posting part of {@link ReportView}: the job match and each posting term's row. */
final class JobViews {

  private JobViews() {}

  static JobView job(JobMatch j) {
    double maxWeight =
        Math.max(
            j.terms().stream().mapToDouble(JobMatch.PostingTerm::weight).max().orElse(0),
            j.unknownTerms().stream().mapToDouble(JobMatch.UnknownTerm::weight).max().orElse(0));
    List<PostingTermView> terms = new ArrayList<>();
    for (JobMatch.PostingTerm t : j.terms()) {
      terms.add(
          postingTerm(
              Safe.line(t.term().name()),
              t.term().category().title(),
              true,
              t.postingCount(),
              t.resumeCount(),
              t.required(),
              t.status(),
              t.weight(),
              t.credit(),
              maxWeight,
              t.kind() == null ? "" : t.kind().id(),
              t.literalInResume(),
              MatchNotes.posting(t)));
    }
    for (JobMatch.UnknownTerm u : j.unknownTerms()) {
      terms.add(
          postingTerm(
              Safe.line(u.term()),
              "",
              false,
              u.postingCount(),
              u.resumeCount(),
              u.required(),
              u.status(),
              u.weight(),
              u.credit(),
              maxWeight,
              "",
              u.literalInResume(),
              MatchNotes.unknown(u)));
    }
    // Both lists come sorted by weight; merged, the most stressed terms come first (as in the
    // terminal).
    terms.sort(
        Comparator.comparingDouble((PostingTermView t) -> -Double.parseDouble(t.weight()))
            .thenComparing(PostingTermView::term));
    int found = (int) terms.stream().filter(t -> !t.status().equals("missing")).count();
    int listed = (int) terms.stream().filter(t -> t.status().equals("listed")).count();
    return new JobView(
        Safe.line(j.file()),
        Safe.line(j.title()),
        j.titleInResume(),
        j.matchRate(),
        band(j.matchRate()),
        color(j.matchRate()),
        gaugeDash(j.matchRate()),
        textBar(j.matchRate()),
        found,
        listed,
        terms.size(),
        j.unknownTerms().size(),
        List.copyOf(terms));
  }

  private static PostingTermView postingTerm(
      String term,
      String category,
      boolean known,
      int postingCount,
      int resumeCount,
      boolean required,
      String status,
      double weight,
      double credit,
      double maxWeight,
      String kind,
      boolean literal,
      String note) {
    String label =
        switch (status) {
          case "matched" -> "Matched";
          case "listed" -> "Listed only";
          case "alternative" -> "Alternative held";
          default -> "Missing";
        };
    String cls =
        switch (status) {
          case "matched" -> "pass";
          case "listed" -> "warn";
          case "alternative" -> "pass";
          default -> "fail";
        };
    return new PostingTermView(
        term,
        category,
        known,
        postingCount,
        resumeCount,
        required,
        status,
        label,
        cls,
        num(weight),
        num(credit),
        num(maxWeight <= 0 ? 0 : 80 * weight / maxWeight),
        kind,
        literal,
        Safe.line(note));
  }
}
