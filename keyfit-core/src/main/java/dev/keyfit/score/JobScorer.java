package dev.keyfit.score;

import dev.keyfit.keywords.Category;
import dev.keyfit.match.Evidence;
import dev.keyfit.match.Match;
import dev.keyfit.match.MatchKind;
import dev.keyfit.nlp.AnnotatedResume;
import dev.keyfit.nlp.Section;
import dev.keyfit.nlp.Token;
import dev.keyfit.posting.JobPosting;
import dev.keyfit.posting.TitleVariants;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores a resume against a job posting. Match rate = Σ stress × credit over the posting's terms
 * (dictionary and unknown) ÷ Σ stress, as 0–100. A term's credit is 1 when the resume shows it in
 * its experience, projects or summary (or, for a certification, anywhere), ½ when it only lists it
 * (skills, header), 0 when it is absent: listing every posting term cannot beat showing them. A
 * sibling of a posting term (MySQL for PostgreSQL, CKAD for CKA) is not the term: it earns 0 and is
 * reported as related, as a literal ATS search would not find the term either. Terms the posting
 * offers as alternatives ("PMP or CAPM") count once, as the best the resume has of them. Stateless
 * and thread-safe.
 */
public final class JobScorer {

  static final double LISTED_CREDIT = 0.5;

  /** The match of a resume (its annotation and dictionary matches) against a posting. */
  public JobMatch score(JobPosting posting, AnnotatedResume resume, List<Match> resumeMatches) {
    Map<String, Match> byId = new TreeMap<>();
    resumeMatches.forEach(m -> byId.put(m.id(), m));
    LiteralSearch literal = new LiteralSearch(resume);
    List<JobMatch.PostingTerm> terms = new ArrayList<>();
    for (JobPosting.PostingTerm p : posting.terms()) {
      terms.add(postingTerm(p, byId.get(p.term().id()), resumeMatches, literal));
    }
    AlternativeCredit answered = AlternativeCredit.of(posting.alternatives(), terms);
    terms = answered.terms();
    double total = answered.total();
    double earned = answered.earned();
    List<JobMatch.UnknownTerm> unknown = new ArrayList<>();
    for (JobPosting.UnknownTerm u : posting.unknownTerms()) {
      Occurrences o = occurrences(u.keys(), resume);
      double credit = o.count == 0 ? 0 : o.shown ? 1 : LISTED_CREDIT;
      unknown.add(
          new JobMatch.UnknownTerm(
              u.term(),
              u.count(),
              o.count,
              u.stress(),
              u.required(),
              credit,
              literal.finds(u.term())));
      total += u.stress();
      earned += u.stress() * credit;
    }
    int rate = total == 0 ? 0 : (int) Math.round(100 * earned / total);
    boolean title = !posting.title().isEmpty() && TitleVariants.shownIn(posting.title(), resume);
    return new JobMatch(posting.file(), posting.title(), title, rate, terms, unknown, total);
  }

  /**
   * One posting term against the resume. The term itself earns its credit, exact when the resume
   * uses the posting's (or the term's) own words, variant otherwise; a sibling in its family (MySQL
   * for PostgreSQL) earns nothing and is reported as related.
   */
  private static JobMatch.PostingTerm postingTerm(
      JobPosting.PostingTerm p, Match m, List<Match> resumeMatches, LiteralSearch literal) {
    List<String> postingWords = p.words().isEmpty() ? List.of(p.term().name()) : p.words();
    boolean literally = literal.findsAny(postingWords);
    if (m != null) {
      List<String> forms = new ArrayList<>(postingWords);
      forms.add(p.term().name());
      return new JobMatch.PostingTerm(
          p.term(),
          p.count(),
          m.count(),
          p.stress(),
          p.required(),
          credit(m),
          m.kind(forms),
          m.words(),
          postingWords,
          literally,
          List.of(),
          null);
    }
    List<JobMatch.Related> related = new ArrayList<>();
    for (Match r : resumeMatches) {
      if (p.term().relatedTo(r.term())) {
        related.add(new JobMatch.Related(r.term(), r.words()));
      }
    }
    return new JobMatch.PostingTerm(
        p.term(),
        p.count(),
        0,
        p.stress(),
        p.required(),
        0,
        related.isEmpty() ? null : MatchKind.RELATED,
        List.of(),
        postingWords,
        literally,
        related,
        null);
  }

  /** 1 when shown in work or summary (certifications: anywhere), else ½ for a listing. */
  static double credit(Match m) {
    if (m.term().category() == Category.CERTIFICATIONS) {
      return 1;
    }
    for (Evidence e : m.evidence()) {
      if (shows(e.section())) {
        return 1;
      }
    }
    return LISTED_CREDIT;
  }

  private static boolean shows(Section section) {
    return section == Section.EXPERIENCE
        || section == Section.PROJECTS
        || section == Section.SUMMARY;
  }

  private record Occurrences(int count, boolean shown) {}

  /** Where a word sequence (by stem, or lemma stem) occurs in the resume, on one line. */
  private static Occurrences occurrences(List<String> keys, AnnotatedResume resume) {
    List<Token> tokens = resume.tokens();
    int count = 0;
    boolean shown = false;
    for (int i = 0; i + keys.size() <= tokens.size(); i++) {
      boolean all = true;
      for (int k = 0; k < keys.size() && all; k++) {
        Token t = tokens.get(i + k);
        all =
            t.line() == tokens.get(i).line()
                && (t.key().equals(keys.get(k)) || t.lemmaKey().equals(keys.get(k)));
      }
      if (all) {
        count++;
        var line = resume.line(tokens.get(i).line());
        // an unknown term may be a certification, which is shown by listing it
        shown |=
            line != null && (shows(line.section()) || line.section() == Section.CERTIFICATIONS);
      }
    }
    return new Occurrences(count, shown);
  }
}
