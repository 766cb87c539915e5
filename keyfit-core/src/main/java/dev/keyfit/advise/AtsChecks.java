package dev.keyfit.advise;

import dev.keyfit.extract.LayoutSignals;
import dev.keyfit.keywords.Dictionary;
import dev.keyfit.nlp.AnnotatedResume;
import dev.keyfit.nlp.ResumeLine;
import dev.keyfit.nlp.Section;
import dev.keyfit.score.Assessment;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The ATS and writing checks, each with pass/warn/fail and a one-line fix, in a fixed order. */
final class AtsChecks {

  /**
   * A school's or university's name on a line of its own ("UNIVERSITY OF CALIFORNIA, BERKELEY"),
   * which is a name in the education section, not a heading.
   */
  private static final Pattern INSTITUTION =
      Pattern.compile(
          "(?iu)(?<!\\p{L})(?:universit(?:y|ies|ät|at|é|e|à|a|eit)|college|institut(?:e|o)?|school|academy"
              + "|polytechnic|politecnico|hochschule|conservatory|seminary|escuela|école|ecole)(?!\\p{L})");

  /** A year: a line with one ("MBA, 2016") is an entry, not a heading. */
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d\\d(?!\\d)");

  static final int HEADING_WORDS = 4;
  static final int MIN_WORDS = 250;
  static final int MAX_WORDS = 1100;
  static final double MEASURABLE_GOOD = 0.5;
  static final double MEASURABLE_LOW = 0.25;

  private AtsChecks() {}

  /**
   * Runs every check, in this fixed order: not-a-resume (only when the file reads like a job
   * posting), contact (email, phone, LinkedIn; email and phone not only in a DOCX header/footer),
   * sections, headings, dates, length, measurable results, weak openers, clichés, placeholders,
   * first-person pronouns, acronyms, keyword stuffing, text extraction, layout, language, and with
   * a posting the job title.
   */
  static List<Check> run(
      AnnotatedResume resume,
      Assessment assessment,
      BulletReview bullets,
      Dictionary dictionary,
      AcronymCheck acronyms) {
    List<Check> checks = new ArrayList<>();
    String text = resume.document().text();
    checks.addAll(notAResume(resume));
    checks.addAll(ContactChecks.run(resume.document()));
    checks.add(sections(resume));
    checks.add(headings(resume));
    checks.add(DateCheck.run(resume));
    checks.add(length(resume.document().layout()));
    checks.add(measurable(bullets));
    checks.add(weakOpeners(bullets));
    checks.add(TextChecks.cliches(text, dictionary.lists().cliches()));
    checks.add(PlaceholderCheck.run(resume.lines()));
    checks.add(PronounCheck.run(resume.lines()));
    checks.add(acronyms.run(text, assessment.matches()));
    checks.add(StuffingCheck.run(assessment.matches(), resume.document().layout().words()));
    checks.add(TextChecks.extraction(resume.document().layout()));
    checks.add(layout(resume.document().layout()));
    checks.add(LanguageCheck.run(text));
    if (assessment.jobMatch() != null) {
      checks.add(TextChecks.jobTitle(assessment.jobMatch()));
    }
    return checks;
  }

  /**
   * Check {@code not-a-resume}, when the file reads like a job posting (else none): the one check a
   * ranking row reads.
   */
  static List<Check> notAResume(AnnotatedResume resume) {
    Check posting = PostingCheck.run(resume, DateCheck.ranges(resume));
    return posting == null ? List.of() : List.of(posting);
  }

  /** Check {@code sections}: the four sections recruiters and ATSs look for. */
  private static Check sections(AnnotatedResume resume) {
    Set<Section> found = EnumSet.noneOf(Section.class);
    resume.lines().stream().filter(ResumeLine::heading).forEach(l -> found.add(l.section()));
    List<String> missing = new ArrayList<>();
    for (Section s :
        List.of(Section.SUMMARY, Section.SKILLS, Section.EXPERIENCE, Section.EDUCATION)) {
      if (!found.contains(s)) {
        missing.add(s.id());
      }
    }
    if (missing.isEmpty()) {
      return Check.pass("sections", "Summary, skills, experience and education sections found.");
    }
    String message = "Missing sections: " + String.join(", ", missing) + ".";
    String fix =
        "Add "
            + (missing.size() == 1 ? "it" : "them")
            + " under plain headings: 'Summary', 'Skills', "
            + "'Experience', 'Education'.";
    return missing.contains("experience")
        ? Check.fail("sections", message, fix)
        : Check.warn("sections", message, fix);
  }

  /**
   * Check {@code standard-headings}: lines that look like headings (short, in capitals or ending
   * with a colon) but that keyfit, like an ATS, does not recognise, so their content lands in the
   * wrong section.
   */
  private static Check headings(AnnotatedResume resume) {
    long known = resume.lines().stream().filter(ResumeLine::heading).count();
    List<String> odd = new ArrayList<>();
    for (ResumeLine line : resume.lines()) {
      String text = line.text().strip();
      boolean looksLikeHeading =
          !line.heading()
              && !line.bullet()
              && line.section() != Section.HEADER
              && text.split("\\s+").length <= HEADING_WORDS
              && text.chars().anyMatch(Character::isLetter)
              && !INSTITUTION.matcher(text).find()
              && !YEAR.matcher(text).find()
              && (text.endsWith(":")
                  || text.equals(text.toUpperCase(java.util.Locale.ROOT)) && text.length() > 3);
      if (looksLikeHeading) {
        odd.add("'" + text + "'");
      }
    }
    if (!odd.isEmpty()) {
      return Check.warn(
          "standard-headings",
          "Headings an ATS may not recognise: "
              + String.join(", ", odd.subList(0, Math.min(3, odd.size())))
              + ".",
          "Rename them to standard headings such as 'Experience', 'Skills', 'Projects'.");
    }
    if (known == 0) {
      return Check.fail(
          "standard-headings",
          "No section headings found.",
          "Split the resume under plain headings: 'Summary', 'Skills', 'Experience', 'Education'.");
    }
    return Check.pass("standard-headings", known + " headings, all standard.");
  }

  private static Check length(LayoutSignals layout) {
    int words = layout.words();
    String pages =
        layout.pages() > 0
            ? ", " + layout.pages() + (layout.pages() == 1 ? " page" : " pages")
            : "";
    if (words < MIN_WORDS) {
      return Check.warn(
          "length",
          words + " words" + pages + ": short for a PM resume.",
          "Aim for 400–900 words: add results to your bullets.");
    }
    if (words > MAX_WORDS || layout.pages() > 3) {
      return Check.warn(
          "length",
          words + " words" + pages + ": long for a resume.",
          "Cut to two pages: keep the last 10 years and the strongest results.");
    }
    return Check.pass("length", words + " words" + pages + ".");
  }

  private static Check measurable(BulletReview bullets) {
    if (bullets.bullets() == 0) {
      return Check.fail(
          "measurable-results",
          "No experience bullets found.",
          "List your work as bullets under an 'Experience' heading.");
    }
    double share = (double) bullets.measurable() / bullets.bullets();
    String message =
        bullets.measurable()
            + " of "
            + bullets.bullets()
            + " experience bullets state a measurable result ("
            + Math.round(share * 100)
            + "%).";
    if (share >= MEASURABLE_GOOD) {
      return Check.pass("measurable-results", message);
    }
    String fix = "Add numbers to at least half of your bullets: %, $, time saved, team size.";
    return share >= MEASURABLE_LOW
        ? Check.warn("measurable-results", message, fix)
        : Check.fail("measurable-results", message, fix);
  }

  private static Check weakOpeners(BulletReview bullets) {
    if (bullets.weakOpeners() == 0) {
      return Check.pass("weak-openers", "No bullet opens with a weak phrase.");
    }
    return Check.warn(
        "weak-openers",
        bullets.weakOpeners() + " bullets open with a weak phrase such as 'responsible for'.",
        "Start each bullet with a strong action verb: Led, Delivered, Reduced.");
  }

  private static Check layout(LayoutSignals layout) {
    if (layout.multiColumnPages() > 0 || layout.textBoxes() > 0) {
      return Check.warn(
          "layout",
          "Multi-column layout or text boxes found; some ATSs read them out of order.",
          "Use a single-column layout without text boxes for online applications.");
    }
    if (layout.tables() > 0) {
      return Check.warn(
          "layout",
          "Tables found; some ATSs skip or scramble table cells.",
          "Move skills out of tables into plain lines.");
    }
    return Check.pass("layout", "Single-column layout without tables or text boxes.");
  }
}
