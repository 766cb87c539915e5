package dev.keyfit.posting;

import dev.keyfit.nlp.AnnotatedResume;
import dev.keyfit.nlp.ResumeLine;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a posting, line by line, and its title. Postings are not resumes: their headings
 * are "What you'll do", "Must have", "Nice to have", so they are read with their own list.
 *
 * @param title the job title, or empty
 * @param titleLine the 1-based line the title is on, or 0
 * @param sections the section of each non-blank line, by line number
 * @param headings line numbers of heading lines (never a source of terms)
 * @param header short lines before the first heading, other than the title: company, place, mode
 */
record PostingLayout(String title, int titleLine, Map<Integer, PostingSection> sections,
    java.util.Set<Integer> headings, java.util.Set<Integer> header) {

  private static final int MAX_HEADING_WORDS = 8;
  private static final int MAX_TITLE_WORDS = 10;
  private static final int MAX_HEADER_WORDS = 8;
  private static final int TITLE_SEARCH_LINES = 6;
  private static final Pattern LABELLED = Pattern.compile("^([\\p{L} ]{2,20})\\s*[:\\-–—]\\s*(.+)$");
  private static final Pattern ROLE_NOUN = Pattern.compile(
      "(?i)\\b(manager|lead|director|engineer|coordinator|specialist|analyst|owner|head|officer|"
          + "consultant|superintendent|estimator|scheduler|administrator|architect|pm|tpm)\\b");
  /** A title is often followed by the company, place or work mode: "PM – Acme (Remote)". */
  private static final Pattern TITLE_TAIL = Pattern.compile("\\s+[|–—]\\s+.*$|\\s+-\\s+.*$|\\s*\\(.*$");

  PostingLayout {
    sections = Map.copyOf(sections);
    headings = java.util.Set.copyOf(headings);
    header = java.util.Set.copyOf(header);
  }

  /** The section of a line (GENERAL for an unknown line). */
  PostingSection section(int line) {
    return line == titleLine ? PostingSection.TITLE : sections.getOrDefault(line, PostingSection.GENERAL);
  }

  static PostingLayout of(AnnotatedResume posting, PostingWords words) {
    Map<Integer, PostingSection> sections = new HashMap<>();
    java.util.Set<Integer> headings = new java.util.HashSet<>();
    PostingSection current = PostingSection.GENERAL;
    String title = "";
    int titleLine = 0;
    for (ResumeLine line : posting.lines()) {
      String text = line.content().strip();
      PostingSection heading = headingOf(text, words);
      if (heading != null) {
        current = heading;
        headings.add(line.number());
      }
      sections.put(line.number(), current);
      if (titleLine == 0 && heading == null) {
        String labelled = labelledTitle(text, words);
        if (labelled != null) {
          title = labelled;
          titleLine = line.number();
        }
      }
    }
    if (titleLine == 0) {
      // No "Job title:" line: the first short line naming a role, near the top.
      int seen = 0;
      for (ResumeLine line : posting.lines()) {
        if (++seen > TITLE_SEARCH_LINES || headings.contains(line.number())) {
          break;
        }
        String text = clean(line.content());
        if (text.split("\\s+").length <= MAX_TITLE_WORDS && ROLE_NOUN.matcher(text).find()) {
          title = text;
          titleLine = line.number();
          break;
        }
      }
    }
    java.util.Set<Integer> header = new java.util.HashSet<>();
    for (ResumeLine line : posting.lines()) {
      if (headings.contains(line.number())) {
        break;
      }
      if (line.number() != titleLine && line.content().split("\\s+").length <= MAX_HEADER_WORDS) {
        header.add(line.number());
      }
    }
    return new PostingLayout(title, titleLine, sections, headings, header);
  }

  private static PostingSection headingOf(String text, PostingWords words) {
    String norm = PostingWords.normalize(text);
    if (norm.isEmpty() || norm.split(" ").length > MAX_HEADING_WORDS) {
      return null;
    }
    PostingSection exact = words.headings().get(norm);
    if (exact != null) {
      return exact;
    }
    boolean headingLike = text.endsWith(":") || text.equals(text.toUpperCase(java.util.Locale.ROOT));
    if (headingLike) {
      // "Requirements for this role:" — the longest known phrasing it starts with.
      String best = null;
      for (String phrase : words.headings().keySet()) {
        if (norm.startsWith(phrase + " ") && (best == null || phrase.length() > best.length())) {
          best = phrase;
        }
      }
      if (best != null) {
        return words.headings().get(best);
      }
    }
    return norm.startsWith("about ") && norm.split(" ").length <= 4 ? PostingSection.COMPANY : null;
  }

  private static String labelledTitle(String text, PostingWords words) {
    Matcher m = LABELLED.matcher(text);
    if (m.matches() && words.titleLabels().contains(PostingWords.normalize(m.group(1)))) {
      String title = clean(m.group(2));
      return title.isEmpty() ? null : title;
    }
    return null;
  }

  private static String clean(String text) {
    return TITLE_TAIL.matcher(text.strip()).replaceFirst("").replaceAll("[:.]$", "").strip();
  }
}
