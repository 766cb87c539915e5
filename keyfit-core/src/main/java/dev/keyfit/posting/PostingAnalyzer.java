package dev.keyfit.posting;

import dev.keyfit.match.Evidence;
import dev.keyfit.match.Match;
import dev.keyfit.nlp.AnnotatedResume;
import dev.keyfit.nlp.ResumeLine;
import dev.keyfit.nlp.Section;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads an annotated job posting and its dictionary matches as a {@link JobPosting}: the title,
 * each term's stress ({@link Stress}) and the terms the dictionary does not know. Stateless and
 * thread-safe.
 */
public final class PostingAnalyzer {

  /** Cheap to create: the posting word lists load on the first posting analyzed, not before. */
  public PostingAnalyzer() {}

  /**
   * The posting as the dictionary should read it: the lines of its requirement lists (required and
   * preferred) are its skills lists, so a guard that a resume's skills section confirms is
   * confirmed there too ("Hands-on with Jenkins" asks for the CI server); vetoes still apply
   * ("reports to Mr. Jenkins").
   */
  public AnnotatedResume forMatching(AnnotatedResume posting) {
    PostingLayout layout = PostingLayout.of(posting, PostingWords.standard());
    List<ResumeLine> lines = new ArrayList<>(posting.lines().size());
    boolean changed = false;
    for (ResumeLine line : posting.lines()) {
      PostingSection part = layout.section(line.number());
      boolean list =
          (part == PostingSection.REQUIREMENTS || part == PostingSection.PREFERRED)
              && !line.heading()
              && line.section() != Section.SKILLS;
      changed |= list;
      lines.add(
          list
              ? new ResumeLine(
                  line.number(),
                  line.text(),
                  Section.SKILLS,
                  line.heading(),
                  line.bullet(),
                  line.measurable())
              : line);
    }
    return changed
        ? new AnnotatedResume(posting.document(), lines, posting.tokens(), posting.sentences())
        : posting;
  }

  /**
   * @param posting the annotated posting
   * @param matches the dictionary terms found in it
   * @param covered the posting's tokens that are part of a dictionary match
   */
  public JobPosting analyze(AnnotatedResume posting, List<Match> matches, BitSet covered) {
    PostingWords words = PostingWords.standard();
    PostingLayout layout = PostingLayout.of(posting, words);
    List<JobPosting.PostingTerm> terms = new ArrayList<>();
    boolean jobParts = layout.hasJobParts();
    for (Match m : matches) {
      if (m.evidence().stream().allMatch(e -> layout.boilerplateLine(e.line()))) {
        continue; // "Contact Jane Roberts, Talent Acquisition, 555 Main Street" asks for nothing
      }
      PostingSection section = PostingSection.COMPANY;
      for (Evidence e : m.evidence()) {
        PostingSection s = layout.section(e.line());
        if (s.stress() > section.stress()) {
          section = s;
        }
      }
      if (section == PostingSection.COMPANY && jobParts) {
        // only in the company blurb, the benefits or the hiring steps ("a $3,000 professional
        // development budget", "a call with the recruiter") of a posting that says what the job
        // asks for under headings of its own
        continue;
      }
      terms.add(
          new JobPosting.PostingTerm(
              m.term(), m.count(), Stress.of(section, m.count()), section, m.words()));
    }
    terms.sort(
        Comparator.comparingDouble(JobPosting.PostingTerm::stress)
            .reversed()
            .thenComparing(t -> t.term().id()));
    List<String> lines = new ArrayList<>();
    List<PostingSection> sections = new ArrayList<>();
    for (ResumeLine line : posting.lines()) {
      if (!layout.headings().contains(line.number())) {
        lines.add(line.content());
        sections.add(layout.section(line.number()));
      }
    }
    Qualifications qualifications = Qualifications.find(lines, sections);
    // degrees and their fields are checked as qualifications, not counted as posting-only terms
    Set<String> degreeWords = new HashSet<>();
    Degrees.standard().names().stream()
        .filter(n -> !n.contains(" "))
        .forEach(n -> degreeWords.addAll(List.of(n, n.replace("'s", ""), n.replace(".", ""))));
    qualifications
        .degrees()
        .forEach(
            d ->
                d.degree()
                    .fields()
                    .forEach(
                        f ->
                            degreeWords.addAll(List.of(f.toLowerCase(Locale.ROOT).split("\\s+")))));
    List<JobPosting.UnknownTerm> unknown =
        UnknownTerms.find(posting, covered, layout, words, degreeWords);
    return new JobPosting(
        posting.document().fileName(),
        layout.title(),
        terms,
        unknown,
        qualifications,
        Alternatives.find(matches, layout));
  }
}
