package dev.keyfit.advise;

import dev.keyfit.nlp.AnnotatedResume;
import dev.keyfit.nlp.ResumeLine;
import dev.keyfit.nlp.Section;
import dev.keyfit.nlp.YearDigits;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Years of experience from a resume's dated roles ("Jan 2016 – Present", "2016-2020", "03/2017 to
 * 06/2019"), outside the education section, with overlapping roles counted once: in every role, or
 * only in the roles with given titles (years as a project manager, not in the whole career). An
 * open end ("Present", "Current") runs to {@code today}. Stateless.
 */
final class ExperienceYears {

  private static final String MONTH =
      "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
  private static final String DATE =
      "(?:(" + MONTH + ")\\s*'?\\s*|(\\d{1,2})\\s*/\\s*)?((?:19|20)\\d\\d)";
  private static final Pattern RANGE =
      Pattern.compile(
          "(?i)(?<![\\d/])"
              + DATE
              + "\\s*(?:-|–|—|to|until|through|thru)\\s*(?:"
              + DATE
              + "|(present|current|now|today|date|ongoing))\\b");
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));
  private static final int MAX_SPAN_YEARS = 50;

  private ExperienceYears() {}

  /** Whole years covered by the resume's dated roles, or -1 when it dates none. */
  static int of(AnnotatedResume resume, YearMonth today) {
    return inRoles(resume, today, null).years();
  }

  /**
   * Years in the roles whose title is one of {@code titles}, or in every dated role when {@code
   * titles} is null.
   *
   * @param years whole years, overlaps counted once; -1 when no such role is dated
   * @param roles the roles counted, as written ("Project Manager, 2016 - 2020"), in document order
   */
  record InRoles(int years, List<String> roles) {}

  /**
   * Years in the dated roles whose title (on the date's line, or a short line just before or after
   * it: "Project Manager, Acme" above "Jan 2016 – Present") is one of {@code titles} (lower case,
   * whole words); every dated role when {@code titles} is null.
   */
  static InRoles inRoles(AnnotatedResume resume, YearMonth today, List<String> wanted) {
    List<String> titles =
        wanted == null
            ? null
            : wanted.stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .toList(); // the longest title wins: "technical project manager", not "project
    // manager"
    List<int[]> spans = new ArrayList<>(); // [start, end) in months since year 0
    List<String> roles = new ArrayList<>();
    List<ResumeLine> lines = resume.lines();
    for (int i = 0; i < lines.size(); i++) {
      ResumeLine line = lines.get(i);
      if (line.section() == Section.EDUCATION || line.section() == Section.CERTIFICATIONS) {
        continue;
      }
      if (!YearDigits.in(line.text())) {
        continue;
      }
      Matcher m = RANGE.matcher(line.text());
      while (m.find()) {
        int start = months(m.group(1), m.group(2), m.group(3), true);
        int end =
            m.group(7) != null
                ? today.getYear() * 12 + today.getMonthValue()
                : months(m.group(4), m.group(5), m.group(6), false);
        if (start > 0
            && end > start
            && end - start <= MAX_SPAN_YEARS * 12
            && end <= today.getYear() * 12 + 12) {
          String title = titles == null ? "" : titleNear(lines, i, titles);
          if (title != null) {
            String role = (title.isEmpty() ? "" : title + ", ") + m.group().strip();
            spans.add(new int[] {start, end});
            if (!roles.contains(role)) {
              roles.add(role);
            }
          }
        }
      }
    }
    if (spans.isEmpty()) {
      return new InRoles(-1, List.of());
    }
    spans.sort((a, b) -> Integer.compare(a[0], b[0]));
    int total = 0;
    int from = spans.get(0)[0];
    int to = spans.get(0)[1];
    for (int[] s : spans) {
      if (s[0] > to) {
        total += to - from;
        from = s[0];
        to = s[1];
      } else {
        to = Math.max(to, s[1]);
      }
    }
    total += to - from;
    return new InRoles(total / 12, List.copyOf(roles));
  }

  /** Words before a title that show somebody else held it ("reported to the project manager"). */
  private static final Pattern NOT_HELD =
      Pattern.compile(
          "\\b(?:(?:to|with|for|by|of|under)(?: the| a| an| our| other| all)?|assist(?:ed|ing|s)?|"
              + "support(?:ed|ing|s)?)\\s*$");

  /** Whether a line holds a date range (the year test first: most lines hold no year). */
  private static boolean dated(String text) {
    return YearDigits.in(text) && RANGE.matcher(text).find();
  }

  /**
   * The title (as written) held in the role dated on line {@code i}: on that line, or on a short
   * line (at most 12 words, without a date of its own) just before it, or just after it unless the
   * line after that is dated (then it is the next role's title).
   */
  private static String titleNear(List<ResumeLine> lines, int i, List<String> titles) {
    for (int j : new int[] {i, i - 1, i - 2, i + 1}) {
      if (j < 0 || j >= lines.size()) {
        continue;
      }
      String text = lines.get(j).text();
      if (j != i && (text.strip().split("\\s+").length > 12 || dated(text))) {
        continue;
      }
      if (j == i + 1 && j + 1 < lines.size() && dated(lines.get(j + 1).text())) {
        continue;
      }
      String held = held(text, titles);
      if (held != null) {
        return held;
      }
    }
    return null;
  }

  /** The first of the titles the text holds, as written, or null. */
  private static String held(String text, List<String> titles) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String t : titles) {
      Matcher m = Pattern.compile("\\b" + Pattern.quote(t) + "\\b").matcher(lower);
      while (m.find()) {
        if (!NOT_HELD.matcher(lower.substring(0, m.start())).find()) {
          return text.substring(m.start(), m.end());
        }
      }
    }
    return null;
  }

  /**
   * Months since year 0 of a written date, the start of its month for a start and the end for an
   * end; a year alone is its start either way, so "2016-2020" is four years, as recruiters read it.
   */
  private static int months(String monthName, String monthNumber, String year, boolean start) {
    if (year == null) {
      return -1;
    }
    if (monthName == null && monthNumber == null) {
      return Integer.parseInt(year) * 12;
    }
    int month = 1;
    if (monthName != null) {
      month = MONTHS.getOrDefault(monthName.toLowerCase(Locale.ROOT).substring(0, 3), month);
    } else if (monthNumber != null) {
      int n = Integer.parseInt(monthNumber);
      month = n >= 1 && n <= 12 ? n : month;
    }
    return Integer.parseInt(year) * 12 + month - (start ? 1 : 0);
  }
}
