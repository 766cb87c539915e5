package dev.keyfit.score;

import dev.keyfit.nlp.ResumeLine;
import dev.keyfit.nlp.SectionDetector;
import dev.keyfit.nlp.YearDigits;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates of a career: a job's date range on its line or a short line beside it, and the latest
 * year the resume mentions. An open range ("Present") ends at the present the caller gives, never
 * at the clock. Stateless.
 */
final class CareerDates {

  private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");

  private CareerDates() {}

  /** A line of at most this many words is a job's header or dates line, not a bullet. */
  static final int SHORT_LINE_WORDS = 12;

  /**
   * The date range on line {@code i} ({@code own}, as {@link #range} read it from the line), or on
   * a short neighbouring line (before or after), or null.
   */
  static int[] rangeNear(List<ResumeLine> lines, int i, int[] own, int present) {
    if (own != null) {
      return own;
    }
    for (int j : new int[] {i - 1, i + 1, i + 2}) {
      int[] near = j >= 0 && j < lines.size() ? jobDates(lines.get(j).content(), present) : null;
      if (near != null) {
        return near;
      }
    }
    return null;
  }

  /** The date range of a short line (a job's header or dates line), or null. */
  static int[] jobDates(String text, int present) {
    return onShortLine(text, range(text, present));
  }

  /**
   * {@code dates} (the line's range) when {@code text} is a short line, a job's header or dates.
   */
  static int[] onShortLine(String text, int[] dates) {
    return dates != null && text.split("\\s+").length <= SHORT_LINE_WORDS ? dates : null;
  }

  /**
   * A job line whose only date is its open end ("Project Coordinator Current", the start left out):
   * the job held now, for a year at least.
   */
  private static final List<String> OPEN_ENDS = List.of("Current", "Present", "CURRENT", "PRESENT");

  static int[] range(String text, int present) {
    if (!YearDigits.in(text)) {
      return present > 0 && endsOpen(text.strip()) ? new int[] {present - 1, present} : null;
    }
    Matcher m = SectionDetector.DATE_RANGE.matcher(text);
    if (!m.find()) {
      return null;
    }
    Integer from = year(m.group(1));
    Integer to = year(m.group(2));
    if (from == null) {
      return null;
    }
    int end = to == null ? Math.max(present, from + 1) : to;
    return end < from ? null : new int[] {from, end};
  }

  /** True when the line ends with an open end as a word of its own, after white space. */
  private static boolean endsOpen(String line) {
    for (String end : OPEN_ENDS) {
      int before = line.length() - end.length() - 1;
      if (before >= 0 && line.endsWith(end)) {
        char c = line.charAt(before);
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
      }
    }
    return false;
  }

  private static Integer year(String text) {
    Matcher m = YEAR.matcher(text);
    return m.find() ? Integer.valueOf(m.group()) : null;
  }

  /**
   * The latest year the resume mentions: with the year the file was saved, what "Present" means,
   * deterministically (never the clock).
   */
  static int latestYear(List<ResumeLine> lines) {
    int latest = 0;
    for (ResumeLine line : lines) {
      if (!YearDigits.in(line.text())) {
        continue;
      }
      Matcher m = YEAR.matcher(line.text());
      while (m.find()) {
        latest = Math.max(latest, Integer.parseInt(m.group()));
      }
    }
    return latest;
  }
}
