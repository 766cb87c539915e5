package dev.keyfit.server;

import dev.keyfit.advise.Check;
import dev.keyfit.extract.LayoutSignals;
import dev.keyfit.match.Evidence;
import dev.keyfit.match.Match;
import dev.keyfit.match.MatchKind;
import dev.keyfit.nlp.AnnotatedResume;
import dev.keyfit.nlp.ResumeLine;
import dev.keyfit.nlp.Section;
import dev.keyfit.report.Report;
import dev.keyfit.score.JobMatch;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "What an ATS sees": the resume's text as keyfit extracted it, in reading order, one logical line
 * each with the section it was read into; the sections found; the contact checks; the layout
 * signals; and each matched term marked in the resume's own words, by kind: {@code exact} (the
 * term's, or with a posting the posting's, own words), {@code variant} (another form of the same
 * term), {@code related} (only a sibling of a posting term: no credit) or {@code other} (a
 * dictionary term the posting does not ask for). Everything comes from the report and the
 * annotation the analysis used; nothing is matched again here.
 */
final class AtsView {

  private AtsView() {}

  /** One mark on a line: where the term's words are, and how it was found. */
  record Mark(int start, int end, String term, String kind, String note) {}

  static Map<String, Object> of(Report report, AnnotatedResume resume) {
    Map<Integer, List<Mark>> marks = marks(report, resume);
    List<Object> lines = new ArrayList<>();
    Map<Section, int[]> sections = new EnumMap<>(Section.class);
    for (ResumeLine line : resume.lines()) {
      sections.computeIfAbsent(line.section(), s -> new int[] {line.number(), 0})[1]++;
      List<Mark> on = marks.getOrDefault(line.number(), List.of());
      lines.add(
          Json.object(
              "n", line.number(),
              "text", line.text(),
              "section", line.section().id(),
              "heading", line.heading(),
              "marks",
                  on.stream()
                      .map(
                          m ->
                              Json.object(
                                  "start", m.start(), "end", m.end(), "term", m.term(), "kind",
                                  m.kind(), "note", m.note()))
                      .toList()));
    }
    List<Map.Entry<Section, int[]>> inOrder = new ArrayList<>(sections.entrySet());
    inOrder.sort(java.util.Comparator.comparingInt(e -> e.getValue()[0]));
    List<Object> found = new ArrayList<>();
    for (Map.Entry<Section, int[]> e : inOrder) {
      found.add(
          Json.object(
              "section", e.getKey().id(), "firstLine", e.getValue()[0], "lines", e.getValue()[1]));
    }
    List<Object> contact = new ArrayList<>();
    for (Check c : report.advice().checks()) {
      if (c.id().startsWith("contact-")) {
        contact.add(
            Json.object(
                "id", c.id(), "status", c.status().id(), "message", c.message(), "fix", c.fix()));
      }
    }
    LayoutSignals l = report.source().layout();
    return Json.object(
        "file",
        report.source().file(),
        "format",
        report.source().format().name().toLowerCase(Locale.ROOT),
        "posting",
        report.assessment().jobMatch() != null,
        "layout",
        Json.object(
            "pages", l.pages(),
            "words", l.words(),
            "images", l.images(),
            "textlessPages", l.textlessPages(),
            "multiColumnPages", l.multiColumnPages(),
            "tables", l.tables(),
            "textBoxes", l.textBoxes(),
            "unusualCharacters", l.unusualCharacters(),
            "notes", l.notes()),
        "sections",
        found,
        "contact",
        contact,
        "lines",
        lines);
  }

  /** The marks of every evidence line, by line number, in text order, without overlaps. */
  static Map<Integer, List<Mark>> marks(Report report, AnnotatedResume resume) {
    JobMatch job = report.assessment().jobMatch();
    Map<String, JobMatch.PostingTerm> asked = new HashMap<>();
    Map<String, String> siblingOf = new HashMap<>();
    if (job != null) {
      for (JobMatch.PostingTerm t : job.terms()) {
        asked.put(t.term().id(), t);
        if (t.kind() == MatchKind.RELATED) {
          t.related().forEach(r -> siblingOf.putIfAbsent(r.term().id(), t.term().name()));
        }
      }
    }
    Map<Integer, List<Mark>> byLine = new HashMap<>();
    for (Match m : report.assessment().matches()) {
      JobMatch.PostingTerm posting = asked.get(m.id());
      for (Evidence e : m.evidence()) {
        ResumeLine line = resume.line(e.line());
        if (line == null || e.words().isEmpty()) {
          continue;
        }
        String kind;
        String note;
        if (job == null || posting != null) {
          List<String> forms =
              posting == null || posting.postingWords().isEmpty()
                  ? List.of(m.term().name())
                  : posting.postingWords();
          kind = MatchKind.of(e.words(), forms).id();
          note =
              m.term().name()
                  + (kind.equals("exact") ? "" : " (as “" + e.words() + "”)")
                  + (posting != null ? " · asked for by the posting" : "");
        } else if (siblingOf.containsKey(m.id())) {
          kind = MatchKind.RELATED.id();
          note =
              m.term().name()
                  + ": a sibling of “"
                  + siblingOf.get(m.id())
                  + "”, which the posting asks for; no credit";
        } else {
          kind = "other";
          note = m.term().name() + " · not asked for by the posting";
        }
        int at = find(line.text(), e.words());
        if (at >= 0) {
          byLine
              .computeIfAbsent(line.number(), k -> new ArrayList<>())
              .add(new Mark(at, at + e.words().length(), m.term().name(), kind, note));
        }
      }
    }
    byLine.replaceAll((n, list) -> withoutOverlaps(list));
    return byLine;
  }

  /** Where {@code words} start in {@code text}, case aside, or -1. */
  static int find(String text, String words) {
    return text.toLowerCase(Locale.ROOT).indexOf(words.toLowerCase(Locale.ROOT));
  }

  private static List<Mark> withoutOverlaps(List<Mark> marks) {
    List<Mark> sorted = new ArrayList<>(marks);
    sorted.sort(
        java.util.Comparator.comparingInt(Mark::start)
            .thenComparing(java.util.Comparator.comparingInt(Mark::end).reversed()));
    List<Mark> kept = new ArrayList<>();
    int end = -1;
    for (Mark m : sorted) {
      if (m.start() >= end) {
        kept.add(m);
        end = m.end();
      }
    }
    return kept;
  }
}
