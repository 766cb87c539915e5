package dev.keyfit.posting;

import dev.keyfit.nlp.AnnotatedResume;
import dev.keyfit.nlp.ResumeLine;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a posting, line by line, and its title. Postings are not resumes: their headings are
 * "What you'll do", "Must have", "Nice to have", so they are read with their own list.
 *
 * @param title the job title, or empty
 * @param titleLine the 1-based line the title is on, or 0
 * @param sections the section of each non-blank line, by line number
 * @param headings line numbers of heading lines (never a source of terms)
 * @param header short lines before the first heading, other than the title: company, place, mode
 * @param ignored lines that are never a source of posting-only terms: a browser's print header and
 *     footer, boilerplate (application procedure, EEO text, contact names, addresses)
 * @param labelWords lower-case words of inline heading labels ("REQUIRED QUALIFICATIONS: ..."),
 *     which are not terms either
 */
record PostingLayout(
    String title,
    int titleLine,
    Map<Integer, PostingSection> sections,
    java.util.Set<Integer> headings,
    java.util.Set<Integer> header,
    java.util.Set<Integer> ignored,
    java.util.Set<String> labelWords) {

  private static final int MAX_TITLE_WORDS = 10;
  private static final int MAX_HEADER_WORDS = 8;
  private static final int TITLE_SEARCH_LINES = 6;
  private static final Pattern LABELLED =
      Pattern.compile("^([\\p{L} ]{2,20})\\s*[:\\-–—]\\s*(.+)$");
  private static final Pattern ROLE_NOUN =
      Pattern.compile(
          "(?i)\\b(manager|lead|director|engineer|coordinator|specialist|analyst|owner|head|officer|"
              + "consultant|superintendent|estimator|scheduler|administrator|architect|pm|tpm|"
              + "scrum master|coach|developer|designer|researcher|scientist|programmer|technician|"
              + "strategist|planner|supervisor)\\b");

  /** A title is often followed by the company, place or work mode: "PM – Acme (Remote)". */
  private static final Pattern TITLE_TAIL =
      Pattern.compile("\\s+[|–—]\\s+.*$|\\s+-\\s+.*$|\\s*\\(.*$");

  /**
   * "REQUIRED QUALIFICATIONS: - Advanced degree ...": a heading with its first content on the line.
   */
  private static final Pattern INLINE_HEADING =
      Pattern.compile("^([\\p{Lu}][\\p{Lu}\\p{Ll}&/' ]{2,40}?)\\s*:\\s*(.*)$");

  /** A street address: "1 Alek Manookian Str.", "350 Fifth Avenue, Suite 200", "Str. 25". */
  private static final Pattern ADDRESS =
      Pattern.compile(
          "\\b\\d{1,5}[A-Za-z]?,?\\s+(?:\\p{Lu}[\\p{L}.'-]*\\s+){1,4}(?:St|Str|Street|Ave|Avenue|Road|Rd|Blvd|Boulevard|"
              + "Lane|Ln|Drive|Dr|Way|Parkway|Pkwy|Place|Pl|Square|Sq|Court|Ct|Highway|Hwy)\\b\\.?"
              + "|\\b(?:\\p{Lu}[\\p{L}.'-]*\\s+){1,3}(?:Str|Street|Ave|Avenue)\\.?,?\\s+\\d{1,5}\\b"
              + "|(?i)\\b(?:suite|p\\.?\\s?o\\.? box)\\s+\\d+");

  PostingLayout {
    sections = Map.copyOf(sections);
    headings = java.util.Set.copyOf(headings);
    header = java.util.Set.copyOf(header);
    ignored = java.util.Set.copyOf(ignored);
    labelWords = java.util.Set.copyOf(labelWords);
  }

  /** True for a line that is never a source of posting-only terms. */
  boolean ignoredLine(int line) {
    return line == titleLine || headings.contains(line) || ignored.contains(line);
  }

  /** True for application or legal boilerplate and printed-page chrome: not the job. */
  boolean boilerplateLine(int line) {
    return ignored.contains(line);
  }

  /**
   * True when a heading of the posting opens its requirements or responsibilities: then the company
   * blurb, benefits and hiring steps are told apart from the job, and ask for nothing.
   */
  boolean hasJobParts() {
    return sections.values().stream()
        .anyMatch(s -> s == PostingSection.REQUIREMENTS || s == PostingSection.RESPONSIBILITIES);
  }

  /** The section of a line (GENERAL for an unknown line). */
  PostingSection section(int line) {
    return line == titleLine
        ? PostingSection.TITLE
        : sections.getOrDefault(line, PostingSection.GENERAL);
  }

  static PostingLayout of(AnnotatedResume posting, PostingWords words) {
    Map<Integer, PostingSection> sections = new HashMap<>();
    java.util.Set<Integer> headings = new java.util.HashSet<>();
    java.util.Set<Integer> ignored = new java.util.HashSet<>();
    java.util.Set<String> labelWords = new java.util.TreeSet<>();
    PostingSection current = PostingSection.GENERAL;
    String title = "";
    int titleLine = 0;
    String printedTitle = "";
    int printedTitleLine = 0;
    int firstInline = 0;
    boolean jobSeen = false;
    PostingSection parent = PostingSection.GENERAL;
    List<ResumeLine> all = posting.lines();
    for (int i = 0; i < all.size(); i++) {
      ResumeLine line = all.get(i);
      String text = line.content().strip();
      if (PrintedPage.isChrome(text)) {
        ignored.add(line.number());
        sections.put(line.number(), PostingSection.COMPANY);
        String page = clean(PrintedPage.pageTitle(text));
        if (printedTitleLine == 0
            && ROLE_NOUN.matcher(page).find()
            && page.split("\\s+").length <= MAX_TITLE_WORDS) {
          printedTitle = page;
          printedTitleLine = line.number();
        }
        continue;
      }
      PostingHeadings.Heading heading =
          PostingHeadings.of(
              text,
              PostingHeadings.standalone(all, i),
              current,
              parent,
              !headings.isEmpty(),
              jobSeen,
              words);
      PostingSection inline =
          heading == null ? inlineHeading(text, line.bullet(), words, labelWords) : null;
      if (heading != null) {
        current = heading.part();
        parent = heading.sub() ? parent : heading.part();
        headings.add(line.number());
      } else if (inline != null) {
        current = inline; // the line's own content belongs to the part it opens
        firstInline = firstInline == 0 ? line.number() : firstInline;
      }
      jobSeen |=
          current == PostingSection.REQUIREMENTS || current == PostingSection.RESPONSIBILITIES;
      boolean boilerplate = isBoilerplate(text, words);
      if (boilerplate) {
        ignored.add(line.number());
      }
      sections.put(line.number(), boilerplate ? PostingSection.COMPANY : current);
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
        if (ignored.contains(line.number())) {
          continue;
        }
        if (headings.contains(line.number()) && seen == 0) {
          continue; // a page that opens with a heading ("About the job") names the job under it
        }
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
    if (titleLine == 0 && printedTitleLine != 0) {
      // a page printed from a browser: its header names the page, usually after the job
      title = printedTitle;
    }
    java.util.Set<Integer> header = new java.util.HashSet<>();
    for (ResumeLine line : posting.lines()) {
      if (headings.contains(line.number()) || line.number() == firstInline) {
        break;
      }
      if (line.number() != titleLine && line.content().split("\\s+").length <= MAX_HEADER_WORDS) {
        header.add(line.number());
      }
    }
    return new PostingLayout(title, titleLine, sections, headings, header, ignored, labelWords);
  }

  /**
   * The part a "LABEL: content" line opens, or null: the label is in capitals or a known heading,
   * and not a title label ("JOB TITLE: Project Manager" names the title). Known labels open their
   * part; other capitalised labels ("POSITION LOCATION:") open a general one, unless the line is a
   * bullet. The label's words go to {@code labelWords}.
   */
  private static PostingSection inlineHeading(
      String text, boolean bullet, PostingWords words, java.util.Set<String> labelWords) {
    Matcher m = INLINE_HEADING.matcher(text);
    if (!m.matches()) {
      return null;
    }
    String label = m.group(1).strip();
    String norm = PostingWords.normalize(label);
    if (norm.isEmpty()
        || norm.split(" ").length > PostingHeadings.MAX_HEADING_WORDS
        || words.titleLabels().contains(norm)) {
      return null;
    }
    boolean capitals = label.equals(label.toUpperCase(java.util.Locale.ROOT)) && label.length() > 2;
    PostingSection known = words.headings().get(norm);
    if (known == null && (!capitals || bullet)) {
      return null; // "• JLABS: a network of incubators" is an item of the list it is in
    }
    labelWords.addAll(java.util.List.of(norm.split(" ")));
    return known != null ? known : PostingSection.GENERAL;
  }

  /** Application procedure, legal (EEO) text, contact names and street addresses. */
  private static boolean isBoilerplate(String text, PostingWords words) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    for (String phrase : words.boilerplate()) {
      if (lower.contains(phrase)) {
        return true;
      }
    }
    return ADDRESS.matcher(text).find();
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
