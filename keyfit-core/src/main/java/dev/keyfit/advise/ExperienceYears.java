package dev.keyfit.advise;

import dev.keyfit.nlp.AnnotatedResume;
import dev.keyfit.nlp.ResumeLine;
import dev.keyfit.nlp.Section;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Years of experience from a resume's dated roles ("Jan 2016 – Present", "2016-2020", "03/2017 to
 * 06/2019"), outside the education section, with overlapping roles counted once. An open end
 * ("Present", "Current") runs to {@code today}. Stateless.
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
    List<int[]> spans = new ArrayList<>(); // [start, end) in months since year 0
    for (ResumeLine line : resume.lines()) {
      if (line.section() == Section.EDUCATION || line.section() == Section.CERTIFICATIONS) {
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
          spans.add(new int[] {start, end});
        }
      }
    }
    if (spans.isEmpty()) {
      return -1;
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
    return total / 12;
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
