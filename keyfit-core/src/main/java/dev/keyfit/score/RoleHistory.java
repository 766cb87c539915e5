package dev.keyfit.score;

import dev.keyfit.keywords.RoleProfile;
import dev.keyfit.nlp.ResumeLine;
import dev.keyfit.nlp.Section;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the career a resume shows for one role: the role's job titles it held, with the dates on
 * the title's line or the short line just before or after it ("Project Manager, Acme Corp,
 * 2016–2020", "07/2013 to Current" above "Project Manager Company Name"), and work phrased as
 * "managed 12 projects" / "led multiple projects". Skills, education and certification lines are
 * not a career. Deterministic: an open range ("Present") ends at the latest year the resume
 * mentions, and lasts at least a year. Stateless.
 */
final class RoleHistory {

  private static final Pattern SENIOR =
      Pattern.compile(
          "\\b(?:senior|sr|lead|principal|staff|director|head|chief|vp|vice president)\\b\\W*$");

  private static final Pattern SENIOR_TITLE = Pattern.compile("\\b(?:director|head)\\b");

  /**
   * A title held as a student, intern or volunteer ("Student Project Manager, Robotics Club
   * Capstone", "Project Manager (Intern)") is a related title: half its years, never senior.
   */
  private static final Pattern STUDENT =
      Pattern.compile(
          "\\b(?:student|intern|interns|internship|volunteer|trainee|apprentice|club|capstone|hackathon)\\b");

  /**
   * A held title: the words as written, its line, its years (null when undated) or the years
   * stated.
   */
  record Held(
      String title,
      int line,
      Integer from,
      Integer to,
      int stated,
      boolean related,
      boolean senior) {}

  /**
   * What the resume shows: titles held, the lines phrased as managing several projects, and whether
   * one of those lines counts them ("managed 12 projects", not "managed several projects").
   */
  record Career(
      List<Held> held,
      List<Integer> managedProjectLines,
      boolean countedProjects,
      double years,
      boolean senior,
      int latestJobEnd) {}

  private RoleHistory() {}

  /** Years at which a held title earns all of the profile's core credit. */
  static final double CORE_CREDIT_YEARS = 3;

  /**
   * The career bounds the score: a resume can score at most {@code CEILING_BASE} of 100 on keywords
   * alone, plus {@code CEILING_YEARS} in full at the profile's full years in the role's titles,
   * plus the rest with a senior title. A keyword-dense student resume cannot tie a long PM career.
   */
  static final double CEILING_BASE = 0.55;

  /** The share of the ceiling that years in the role's titles fill, in full at the full years. */
  static final double CEILING_YEARS = 0.35;

  /** The career part of a role score. */
  static RoleScore.Experience experience(
      List<ResumeLine> lines, RoleProfile.History history, int savedYear) {
    Career career = read(lines, history, savedYear);
    boolean own = career.held().stream().anyMatch(h -> !h.related());
    // "managed 12 projects" is a PM's track record whatever the job was called; "managed several
    // projects" in a resume that held no PM-family title is project work inside another job, which
    // counts like a related title
    boolean shown = own || career.countedProjects();
    boolean relatedOnly =
        !shown && (!career.held().isEmpty() || !career.managedProjectLines().isEmpty());
    double full = Math.min(1, career.years() / history.fullYears());
    double value = 0.75 * full + (career.senior() ? 0.25 : 0);
    double ceiling =
        CEILING_BASE
            + CEILING_YEARS * full
            + (career.senior() ? 1 - CEILING_BASE - CEILING_YEARS : 0);
    List<RoleScore.HeldTitle> titles =
        career.held().stream()
            .map(
                h ->
                    new RoleScore.HeldTitle(
                        h.title(),
                        h.line(),
                        h.from(),
                        h.to(),
                        h.stated(),
                        h.related(),
                        h.to() != null && h.to() >= career.latestJobEnd(),
                        h.to() != null && career.latestJobEnd() - h.to() > FitBar.LAPSED_YEARS))
            .toList();
    return new RoleScore.Experience(
        titles,
        career.years(),
        career.senior(),
        career.managedProjectLines(),
        history.weight() / 100.0,
        Math.round(value * 1000) / 1000.0,
        shown ? 1 : relatedOnly ? (1 + history.withoutTitle()) / 2 : history.withoutTitle(),
        (int) Math.round(100 * Math.min(1, ceiling)));
  }

  /**
   * Core coverage points the career adds: the profile's credit × min(1, years ÷ 3) for held titles
   * (a dated or undated title counts at least a year), half the credit for managed-projects lines
   * alone.
   */
  static int coreCredit(RoleScore.Experience experience, RoleProfile.History history) {
    double credit = 0;
    if (!experience.titles().isEmpty()) {
      credit =
          history.coreCredit() * Math.min(1, Math.max(1, experience.years()) / CORE_CREDIT_YEARS);
    }
    if (!experience.managedProjects().isEmpty()) {
      credit = Math.max(credit, history.coreCredit() / 2.0);
    }
    return (int) Math.round(credit);
  }

  static Career read(List<ResumeLine> lines, RoleProfile.History history, int savedYear) {
    int present = Math.max(CareerDates.latestYear(lines), savedYear);
    List<String> all = new ArrayList<>(history.titles());
    all.addAll(history.relatedTitles());
    all.sort(Comparator.comparingInt(String::length).reversed()); // the longest title wins
    TitleFinder titles = new TitleFinder(all);
    TitleFinder heldTitles = new TitleFinder(history.titles());
    TitleFinder relatedTitles = new TitleFinder(history.relatedTitles());
    List<Held> held = new ArrayList<>();
    List<Integer> projects = new ArrayList<>();
    boolean counted = false;
    int latestJobEnd = 0; // where the last job ends: the job held then is the current one
    for (int i = 0; i < lines.size(); i++) {
      ResumeLine line = lines.get(i);
      String lower = line.content().toLowerCase(Locale.ROOT);
      if (!isCareer(line.section(), lower)) {
        continue;
      }
      int[] own = CareerDates.range(line.content(), present); // the dates on the line itself
      int[] dates =
          line.section() == Section.EXPERIENCE
              ? CareerDates.onShortLine(line.content(), own)
              : null;
      latestJobEnd = dates == null ? latestJobEnd : Math.max(latestJobEnd, dates[1]);
      Held claimed = StatedYears.on(line, lower, heldTitles, relatedTitles);
      if (claimed != null) {
        held.add(claimed);
        continue;
      }
      ManagedProjects managed = ManagedProjects.on(line.content(), lower);
      if (managed != ManagedProjects.NONE) {
        projects.add(line.number());
        counted |= managed == ManagedProjects.COUNTED;
      }
      String title = titles.on(lower);
      if (title == null || isSentence(lower, title)) {
        continue;
      }
      int[] range = CareerDates.rangeNear(lines, i, own, present);
      if (range == null && line.section() == Section.HEADER) {
        continue; // a headline ("PROJECT MANAGER" above the summary) is the job wanted, not a job
        // held
      }
      boolean student = STUDENT.matcher(lower).find();
      int at = lower.indexOf(title);
      boolean projectRole =
          own == null
              && FOR_A_PROJECT
                  .matcher(lower)
                  .region(at + title.length(), lower.length())
                  .lookingAt();
      boolean related = student || projectRole || !history.titles().contains(title);
      boolean senior =
          !student
              && !projectRole
              && (SENIOR.matcher(lower.substring(0, at)).find()
                  || SENIOR_TITLE.matcher(title).find());
      held.add(
          new Held(
              line.content().substring(at, at + title.length()),
              line.number(),
              range == null ? null : range[0],
              range == null ? null : range[1],
              0,
              related,
              senior));
    }
    double years = years(held, false) + 0.5 * years(held, true);
    boolean senior = held.stream().anyMatch(h -> h.senior() && !h.related());
    return new Career(
        List.copyOf(held),
        List.copyOf(projects),
        counted,
        Math.round(years * 10) / 10.0,
        senior,
        latestJobEnd);
  }

  /**
   * Years in the titles (overlaps counted once); an undated title counts as one year, two at most,
   * when no title is dated; years the resume states count when they are more.
   */
  private static double years(List<Held> held, boolean related) {
    List<int[]> ranges = new ArrayList<>();
    int undated = 0;
    int stated = 0;
    for (Held h : held) {
      if (h.related() != related) {
        continue;
      }
      if (h.stated() > 0) {
        stated = Math.max(stated, h.stated());
      } else if (h.from() == null) {
        undated++;
      } else {
        ranges.add(new int[] {h.from(), h.to()});
      }
    }
    ranges.sort(Comparator.comparingInt((int[] r) -> r[0]));
    double total = 0;
    int end = Integer.MIN_VALUE;
    for (int[] r : ranges) {
      int from = Math.max(r[0], end);
      if (r[1] > from) {
        total += r[1] - from;
        end = r[1];
      } else if (r[1] == r[0] && r[0] >= end) {
        total += 0.5; // within one year
        end = r[0] + 1;
      }
    }
    return Math.max(stated, total + Math.min(2, ranges.isEmpty() ? undated : 0));
  }

  /** Skills, certifications and degrees are not a career (a title line under education may be). */
  private static boolean isCareer(Section section, String lower) {
    if (section == Section.EDUCATION) {
      return !DEGREE.matcher(lower).find();
    }
    return section != Section.SKILLS && section != Section.CERTIFICATIONS;
  }

  private static final Pattern DEGREE =
      Pattern.compile(
          "\\b(?:university|college|school|institute|academy|bachelor|bachelors|master|masters|degree|diploma|"
              + "mba|b\\.?\\s?s|m\\.?\\s?s|b\\.?\\s?a|b\\.?\\s?e|b\\.?\\s?tech|ph\\.?d|certificate|certification|course|"
              + "coursework|training|gpa|hsc|ssc)\\b");

  /**
   * A title inside a long sentence ("worked with the project manager to ...") is not a held title:
   * a title line is short, or the title opens it.
   */
  private static boolean isSentence(String lower, String title) {
    int at = lower.indexOf(title);
    String before = lower.substring(0, at).strip();
    if (NOT_HELD.matcher(before).find()) {
      return true; // "reported to the project manager", "assisted project managers"
    }
    return lower.split("\\s+").length > 14 && at > 2;
  }

  /**
   * Words after a title on a line without its own dates that make it a part played in one piece of
   * work ("Project manager for the selection and implementation of new telephone system", "project
   * lead on a data center move") rather than a job: project work inside another job, which counts
   * as a related title.
   */
  private static final Pattern FOR_A_PROJECT =
      Pattern.compile("(?:\\s+and\\s+\\w+)?\\s+(?:for|on)\\s+(?:the|a|an|this|these|our|its)\\b");

  /** Words before a title that show somebody else held it. */
  private static final Pattern NOT_HELD =
      Pattern.compile(
          "\\b(?:(?:to|with|for|by|of|under)(?: the| a| an| our| other| all)?|assist(?:ed|ing|s)?|"
              + "support(?:ed|ing|s)?|aspiring|future|becom(?:e|ing))$");
}
