package dev.keyfit.advise;

import dev.keyfit.nlp.AnnotatedResume;
import dev.keyfit.nlp.ResumeLine;
import dev.keyfit.nlp.Section;
import dev.keyfit.posting.Degrees;
import dev.keyfit.posting.JobPosting;
import dev.keyfit.posting.Qualifications;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks {@code degree} and {@code years-experience}: the posting's degree, field-of-study and
 * years-of-experience requirements against the resume's education and dated roles, as an ATS
 * knock-out question would. Shown as checks beside the score, never folded into it. Open-ended
 * roles run to the current month (the system property {@code keyfit.today=YYYY-MM} fixes it, for
 * reproducible reports and tests).
 */
public final class QualificationChecks {

  private QualificationChecks() {}

  /** The advice with the posting's qualification checks added after the others. */
  public static Advice addTo(Advice advice, JobPosting posting, AnnotatedResume resume) {
    List<Check> checks = run(posting.qualifications(), resume, today());
    if (checks.isEmpty()) {
      return advice;
    }
    List<Check> all = new ArrayList<>(advice.checks());
    all.addAll(checks);
    return new Advice(advice.target(), advice.missing(), all, advice.rewrites());
  }

  static List<Check> run(Qualifications q, AnnotatedResume resume, YearMonth today) {
    List<Check> checks = new ArrayList<>();
    if (!q.degrees().isEmpty()) {
      checks.add(degree(q.degrees().get(0), resume));
    }
    if (!q.years().isEmpty()) {
      checks.add(years(q.years().get(0), ExperienceYears.of(resume, today)));
    }
    return checks;
  }

  private static Check degree(Qualifications.DegreeRequirement wanted, AnnotatedResume resume) {
    Degrees.Mention asked = wanted.degree();
    Degrees.Mention best = null;
    List<String> educationText = new ArrayList<>();
    for (ResumeLine line : resume.lines()) {
      boolean education = line.section() == Section.EDUCATION;
      if (education) {
        educationText.add(line.text());
      }
      for (Degrees.Mention m : Degrees.standard().find(line.text(), education)) {
        if (best == null || m.level().compareTo(best.level()) > 0) {
          best = m;
        }
        educationText.add(line.text());
      }
    }
    String ask =
        asked.level().phrase()
            + (asked.fields().isEmpty() ? "" : " in " + String.join(" or ", asked.fields()));
    String kind = wanted.required() ? "requires " : "prefers ";
    if (best == null) {
      return new Check(
          "degree",
          wanted.required() ? Check.Status.FAIL : Check.Status.WARN,
          "No degree found in the resume; the posting " + kind + ask + ".",
          "List your degree under an 'Education' heading, e.g. 'B.S. Computer Science, University, 2015'.");
    }
    String have =
        best.level().phrase() + (best.fields().isEmpty() ? "" : " in " + best.fields().get(0));
    if (best.level().compareTo(asked.level()) < 0) {
      return new Check(
          "degree",
          wanted.required() ? Check.Status.FAIL : Check.Status.WARN,
          "The resume shows " + have + "; the posting " + kind + ask + ".",
          "If you have a higher degree or equivalent experience, say so in Education or the summary.");
    }
    if (!asked.fields().isEmpty() && !fieldShown(asked.fields(), educationText)) {
      return Check.warn(
          "degree",
          "The resume's degree is not in the posting's field: it "
              + kind
              + ask
              + (asked.relatedAllowed() ? " (or a related field)" : "")
              + "; the resume shows "
              + have
              + ".",
          "Name your field of study as the posting does, if it is related.");
    }
    return Check.pass("degree", "The resume shows " + have + "; the posting " + kind + ask + ".");
  }

  private static boolean fieldShown(List<String> fields, List<String> lines) {
    String text = String.join("\n", lines).toLowerCase(Locale.ROOT);
    return fields.stream().anyMatch(f -> text.contains(f.toLowerCase(Locale.ROOT)));
  }

  private static Check years(Qualifications.YearsRequirement wanted, int years) {
    String ask = wanted.years() + "+ years of " + wanted.what();
    String kind = wanted.required() ? "requires " : "prefers ";
    if (years < 0) {
      return Check.warn(
          "years-experience",
          "The resume dates no roles; the posting " + kind + ask + ".",
          "Give each role its dates ('Jan 2019 – Present') so the years can be counted.");
    }
    String have = "The resume's dated roles span " + years + (years == 1 ? " year" : " years");
    if (years >= wanted.years()) {
      return Check.pass("years-experience", have + "; the posting " + kind + ask + ".");
    }
    return new Check(
        "years-experience",
        wanted.required() ? Check.Status.FAIL : Check.Status.WARN,
        have + "; the posting " + kind + ask + ".",
        "If you have more relevant experience, list those roles with their dates.");
  }

  private static YearMonth today() {
    String fixed = System.getProperty("keyfit.today");
    if (fixed != null) {
      try {
        return YearMonth.parse(fixed.strip());
      } catch (DateTimeParseException e) {
        // a malformed override is ignored: the clock is the answer
      }
    }
    return YearMonth.now(Clock.systemUTC());
  }
}
