package dev.keyfit.advise;

import dev.keyfit.keywords.Dictionary;
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
import java.util.Optional;

/**
 * Checks {@code degree} and {@code years-experience}: the posting's degree, field-of-study and
 * years-of-experience requirements against the resume's education and dated roles, as an ATS
 * knock-out question would. Years are counted in the posting's field: "7+ years of program
 * management experience" counts the roles held as a project or program manager (the titles of the
 * role profiles), not the whole career; "5+ years of experience" in a Technical Program Manager
 * posting counts the roles with the posting's title or a PM title; other fields ("5+ years of
 * software development") count every dated role and say so. Shown as checks beside the score, never
 * folded into it. Open-ended roles run to the current month (the system property {@code
 * keyfit.today=YYYY-MM} fixes it, for reproducible reports and tests).
 */
public final class QualificationChecks {

  private QualificationChecks() {}

  /** The advice with the posting's qualification checks added after the others. */
  public static Advice addTo(
      Advice advice, JobPosting posting, AnnotatedResume resume, Dictionary dictionary) {
    List<Check> checks =
        run(posting.qualifications(), resume, today(), YearsFields.of(posting, dictionary));
    if (checks.isEmpty()) {
      return advice;
    }
    List<Check> all = new ArrayList<>(advice.checks());
    all.addAll(checks);
    return new Advice(advice.target(), advice.missing(), all, advice.rewrites());
  }

  static List<Check> run(
      Qualifications q, AnnotatedResume resume, YearMonth today, YearsFields.Fields fields) {
    List<Check> checks = new ArrayList<>();
    if (!q.degrees().isEmpty()) {
      checks.add(degree(q.degrees().get(0), resume));
    }
    if (!q.years().isEmpty()) {
      Qualifications.YearsRequirement wanted = q.years().get(0);
      YearsFields.Field field = fields.of(wanted);
      ExperienceYears.InRoles all = ExperienceYears.inRoles(resume, today, null);
      ExperienceYears.InRoles in =
          field == null ? all : ExperienceYears.inRoles(resume, today, field.titles());
      checks.add(years(wanted, field, in, all));
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
    boolean shown = asked.fields().isEmpty() || fieldShown(asked.fields(), educationText);
    Optional<String> related =
        asked.relatedAllowed() && !shown
            ? Degrees.standard()
                .relatedField(asked.fields(), String.join("\n", best.fields()))
                .or(
                    () ->
                        Degrees.standard()
                            .relatedField(asked.fields(), String.join("\n", educationText)))
            : Optional.empty();
    if (related.isPresent()) {
      return Check.pass(
          "degree",
          "The resume shows "
              + have
              + ", and "
              + related.get()
              + " is a field related to the posting's: it "
              + kind
              + ask
              + " (or a related field).");
    }
    if (!shown) {
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

  private static Check years(
      Qualifications.YearsRequirement wanted,
      YearsFields.Field field,
      ExperienceYears.InRoles in,
      ExperienceYears.InRoles all) {
    String ask = wanted.years() + "+ years of " + wanted.what();
    String kind = wanted.required() ? "requires " : "prefers ";
    Check.Status short_ = wanted.required() ? Check.Status.FAIL : Check.Status.WARN;
    if (all.years() < 0) {
      return Check.warn(
          "years-experience",
          "The resume dates no roles; the posting " + kind + ask + ".",
          "Give each role its dates ('Jan 2019 – Present') so the years can be counted.");
    }
    if (field == null) {
      // a field keyfit cannot read from titles ("mechanical work", "international organizations")
      String have =
          "The resume's dated roles span "
              + years(all.years())
              + " in all (keyfit cannot tell which were "
              + wanted.what()
              + ")";
      return all.years() >= wanted.years()
          ? Check.pass("years-experience", have + "; the posting " + kind + ask + ".")
          : new Check(
              "years-experience",
              short_,
              have + "; the posting " + kind + ask + ".",
              "If you have more relevant experience, list those roles with their dates.");
    }
    if (in.years() < 0) {
      return new Check(
          "years-experience",
          short_,
          "No dated role is one of the "
              + field.name()
              + " ("
              + years(all.years())
              + " in all roles); the posting "
              + kind
              + ask
              + ".",
          "List each such role with its title and dates.");
    }
    String have =
        "The resume's dated "
            + field.name()
            + " span "
            + years(in.years())
            + " ("
            + String.join("; ", in.roles().subList(0, Math.min(3, in.roles().size())))
            + (in.roles().size() > 3 ? "; …" : "")
            + ")"
            + (all.years() > in.years() ? ", of " + years(all.years()) + " in all roles" : "");
    if (in.years() >= wanted.years()) {
      return Check.pass("years-experience", have + "; the posting " + kind + ask + ".");
    }
    return new Check(
        "years-experience",
        short_,
        have + "; the posting " + kind + ask + ".",
        "List each such role with its title and dates.");
  }

  private static String years(int n) {
    return n + (n == 1 ? " year" : " years");
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
