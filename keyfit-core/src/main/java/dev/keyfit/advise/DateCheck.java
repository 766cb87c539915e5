package dev.keyfit.advise;

import dev.keyfit.nlp.AnnotatedResume;
import dev.keyfit.nlp.ResumeLine;
import dev.keyfit.nlp.YearDigits;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Check {@code dates}: the date ranges of roles use one format ("Jan 2020", "01/2020" or "2020"),
 * and none ends before it starts. ATSs compute years of experience from these ranges; mixed or
 * reversed dates make them guess.
 */
final class DateCheck {

  private static final String MONTH =
      "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
  private static final String DATE =
      "(?:"
          + MONTH
          + "\\s+((?:19|20)\\d\\d)|(\\d{1,2})[/.\u2010\u2011-]((?:19|20)\\d\\d)|((?:19|20)\\d\\d))";

  /**
   * Any dash a range may be written with: hyphen-minus, soft hyphen (some PDF fonts map their
   * hyphen glyph to it), hyphen, non-breaking hyphen, figure dash, en and em dash, horizontal bar,
   * minus sign, small and full-width forms.
   */
  static final String DASH = "[-\u00ad\u2010-\u2015\u2212\ufe58\ufe63\uff0d]";

  /** A range: groups 1–5 the start, 6–10 the end (absent for "Present"). */
  private static final Pattern RANGE =
      Pattern.compile(
          "(?i)\\b"
              + DATE
              + "\\s*(?:"
              + DASH
              + "|to|until)\\s*(?:"
              + DATE
              + "|present|current|now|today)\\b");

  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  private DateCheck() {}

  /** A parsed date: year × 12 + month (month 0 when only the year is given), and its style. */
  record Stamp(int value, String style, String example) {}

  /** How many date ranges the resume's lines hold. */
  static int ranges(AnnotatedResume resume) {
    int n = 0;
    for (ResumeLine line : resume.lines()) {
      if (!YearDigits.in(line.text())) {
        continue;
      }
      Matcher m = RANGE.matcher(line.text());
      while (m.find()) {
        n++;
      }
    }
    return n;
  }

  static Check run(AnnotatedResume resume) {
    Map<String, String> styles = new TreeMap<>();
    List<String> reversed = new ArrayList<>();
    int ranges = 0;
    for (ResumeLine line : resume.lines()) {
      if (!YearDigits.in(line.text())) {
        continue;
      }
      Matcher m = RANGE.matcher(line.text());
      while (m.find()) {
        ranges++;
        Stamp start = stamp(m, 1);
        styles.putIfAbsent(start.style(), start.example());
        Stamp end =
            m.group(7) != null || m.group(9) != null || m.group(10) != null ? stamp(m, 6) : null;
        if (end != null) {
          styles.putIfAbsent(end.style(), end.example());
          boolean before =
              end.value() / 12 < start.value() / 12
                  || start.value() % 12 != 0
                      && end.value() % 12 != 0
                      && end.value() < start.value();
          if (before) {
            reversed.add("line " + line.number());
          }
        }
      }
    }
    if (ranges == 0) {
      return Check.warn(
          "dates",
          "No date ranges found for your roles.",
          "Give each role a start and end date, e.g. 'Jan 2020 – Mar 2023'.");
    }
    if (!reversed.isEmpty()) {
      return Check.warn(
          "dates",
          "A date range ends before it starts (" + String.join(", ", reversed) + ").",
          "Fix the order: start date first, then end date or 'Present'.");
    }
    if (styles.size() > 1) {
      return Check.warn(
          "dates",
          "Mixed date formats: "
              + String.join(", ", styles.values().stream().map(s -> "'" + s + "'").toList())
              + ".",
          "Use one format for every date, e.g. 'Jan 2020 – Mar 2023'.");
    }
    return Check.pass("dates", ranges + " date ranges in one format.");
  }

  /** The date starting at group {@code g} (month name, year, month number, year, year alone). */
  private static Stamp stamp(Matcher m, int g) {
    if (m.group(g + 1) != null) {
      int month = MONTHS.indexOf(m.group(g).toLowerCase(Locale.ROOT).substring(0, 3)) + 1;
      return new Stamp(
          Integer.parseInt(m.group(g + 1)) * 12 + month,
          "month-name",
          m.group(g) + " " + m.group(g + 1));
    }
    if (m.group(g + 3) != null) {
      int month = Math.min(12, Integer.parseInt(m.group(g + 2)));
      return new Stamp(
          Integer.parseInt(m.group(g + 3)) * 12 + month,
          "numeric",
          m.group(g + 2) + "/" + m.group(g + 3));
    }
    return new Stamp(Integer.parseInt(m.group(g + 4)) * 12, "year", m.group(g + 4));
  }
}
