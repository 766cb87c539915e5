package dev.keyfit.nlp;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds a resume's sections the way a recruiter reads them, from the heading phrasings per section
 * in {@code keywords/lists/section-headings.yaml}: a heading line ("Professional Experience",
 * "SKILLS:", "Career Overview"), a heading that opens a line of content ("SKILLS • Java, SQL",
 * "Technical Skills: ..."), a heading glued to the end of a line by the export ("… 6 monthsCompany
 * Details"), and, where no heading says otherwise (a resume without headings, or the block before
 * the first one), experience inferred from structure: a line with a date range ("Project Manager,
 * Acme Corp, 2016–2020", "07/2013 to Current") opens an experience block, the bullets and sentences
 * under it are experience. Immutable and thread-safe.
 */
public final class SectionDetector {

  /** Headings are short; a longer line is content even if it starts like a heading. */
  private static final int MAX_HEADING_WORDS = 6;

  private static final String MONTH =
      "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
  private static final String DATE =
      "(?:(?:" + MONTH + "\\s*,?\\s*)?(?:19|20)\\d{2}|\\d{1,2}\\s*/\\s*(?:19|20)\\d{2})";

  /** A date range: "2016–2020", "Jan 2015 - Present", "07/2013 to Current", "2019 – now". */
  public static final Pattern DATE_RANGE =
      Pattern.compile(
          "("
              + DATE
              + ")\\s*(?:-|–|—|to|until|till|through)\\s*("
              + DATE
              + "|present|current|now|date|till date|today|ongoing)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * Capitalised words at the end of a line, e.g. "Company Details" in "… 6 monthsCompany Details".
   */
  private static final Pattern CAPITALISED_TAIL =
      Pattern.compile("(?:[A-Z][A-Za-z]*|&)(?:\\s+(?:[A-Z][A-Za-z]*|&|and|of))+\\s*:?\\s*$");

  // compiled once: String.split and replaceAll compile their pattern on every call
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NON_SPACE = Pattern.compile("\\S+");
  private static final Pattern NON_LETTER = Pattern.compile("[^\\p{L}]");
  private static final Pattern AND = Pattern.compile("\\band\\b");
  private static final Pattern NON_LETTERS_OR_SPACE = Pattern.compile("[^\\p{L} ]+");

  /** A Latin-1 "Â" or a no-break space an export left after a colon ("Industries Served:Â"). */
  private static final Pattern EXPORT_JUNK = Pattern.compile("[\u00C2\u00A0]+$");

  /** What may follow a heading that opens a line of content. */
  private static final String HEADING_SEPARATORS = ":•(-–|▪●";

  private final Map<String, Section> headings;

  /** Per section, the normalized subheadings that label part of one of its entries. */
  private final Map<Section, Set<String>> subheadings;

  /**
   * @param headings for each section, the heading phrasings that introduce it (any case)
   */
  public SectionDetector(Map<Section, List<String>> headings) {
    this(headings, Map.of());
  }

  /**
   * @param headings for each section, the heading phrasings that introduce it (any case)
   * @param subheadings for each section, the headings that under it label part of one of its
   *     entries and keep their lines in it ("Accomplishments:" under a job stays experience)
   */
  public SectionDetector(
      Map<Section, List<String>> headings, Map<Section, List<String>> subheadings) {
    Map<String, Section> index = new HashMap<>();
    headings.forEach(
        (section, phrases) -> phrases.forEach(p -> index.putIfAbsent(normalize(p), section)));
    this.headings = Map.copyOf(index);
    Map<Section, Set<String>> within = new EnumMap<>(Section.class);
    subheadings.forEach(
        (section, phrases) ->
            within.put(
                section,
                phrases.stream()
                    .map(SectionDetector::normalize)
                    .collect(Collectors.toUnmodifiableSet())));
    this.subheadings = within;
  }

  /** The section a line introduces, or null when the line is not a heading. */
  public Section headingOf(String line) {
    return headingOf(line, null);
  }

  /**
   * The section a line introduces under {@code current}, or null when the line is not a heading: a
   * subheading of the current section ("Accomplishments:" inside the experience) keeps it.
   */
  public Section headingOf(String line, Section current) {
    Objects.requireNonNull(line, "line");
    String trimmed = line.strip();
    if (trimmed.isEmpty()
        || SPACES.split(trimmed).length > MAX_HEADING_WORDS
        || isSentenceTail(trimmed)) {
      return null;
    }
    return sectionOf(normalize(trimmed), current);
  }

  /**
   * True for the end of a sentence wrapped onto a line of its own: it starts in lower case and ends
   * with a period, comma or semicolon ("… with ten years of" / "experience."). A heading starts
   * with a capital, or is written in lower case without a sentence's final mark.
   */
  private static boolean isSentenceTail(String trimmed) {
    char last = trimmed.charAt(trimmed.length() - 1);
    return Character.isLowerCase(trimmed.charAt(0)) && (last == '.' || last == ',' || last == ';');
  }

  /**
   * The section a normalized heading opens under {@code current} (null: none); see {@link
   * #headingOf(String, Section)}.
   */
  private Section sectionOf(String normalized, Section current) {
    boolean within =
        current != null && subheadings.getOrDefault(current, Set.of()).contains(normalized);
    return within ? current : headings.get(normalized);
  }

  /**
   * The section a heading at the start of a line of content opens ("CORE COMPETENCIES • Maintain
   * …", "Technical Skills (…) • …"), or null. The heading must be followed by a separator (colon,
   * bullet, bracket, dash) or be written in capitals, so "Experience in complete project life
   * cycle" stays a sentence.
   */
  public Section leadingHeadingOf(String line) {
    return leadingHeadingOf(line, null);
  }

  /** {@link #leadingHeadingOf(String)} under {@code current}, whose subheadings keep it. */
  public Section leadingHeadingOf(String line, Section current) {
    String[] words = SPACES.split(line.strip());
    for (int k = Math.min(MAX_HEADING_WORDS, words.length - 1); k >= 1; k--) {
      String prefix =
          EXPORT_JUNK.matcher(String.join(" ", java.util.Arrays.copyOf(words, k))).replaceAll("");
      String next = words[k];
      boolean separated = prefix.endsWith(":") || HEADING_SEPARATORS.indexOf(next.charAt(0)) >= 0;
      String letters = NON_LETTER.matcher(prefix).replaceAll("");
      boolean capitals = letters.length() > 3 && letters.equals(letters.toUpperCase(Locale.ROOT));
      if (!separated && !capitals) {
        continue;
      }
      Section section = sectionOf(normalize(prefix), current);
      if (section != null) {
        return section;
      }
    }
    return null;
  }

  /**
   * The section a heading of two or more capitalised words at the very end of a line opens for the
   * lines after it ("… pivots and graphs. Education Details", "… 6 monthsCompany Details"), or
   * null.
   */
  public Section trailingHeadingOf(String line) {
    return trailingHeadingOf(line, null);
  }

  /** {@link #trailingHeadingOf(String)} under {@code current}, whose subheadings keep it. */
  public Section trailingHeadingOf(String line, Section current) {
    Matcher m = CAPITALISED_TAIL.matcher(line.strip());
    if (!m.find() || m.start() == 0) {
      return null; // no tail, or the whole line is the tail (a heading line, handled as such)
    }
    String[] words = SPACES.split(m.group().strip());
    for (int from = 0; from <= words.length - 2; from++) {
      String tail = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
      Section section = sectionOf(normalize(tail), current);
      if (section != null) {
        return section;
      }
    }
    return null;
  }

  /**
   * The joined lines with their sections as a recruiter reads them: heading lines as found, a
   * heading opening a line sets that line's section and the next ones', a heading ending a line the
   * next ones'; in the header block (before any heading) a line with a date range opens an
   * experience block that runs to the next heading.
   */
  List<LineJoiner.Joined> assign(List<LineJoiner.Joined> lines) {
    List<LineJoiner.Joined> out = new ArrayList<>(lines.size());
    Section section = Section.HEADER;
    for (LineJoiner.Joined line : lines) {
      String text = line.text();
      Section own;
      if (line.heading()) {
        // a subheading of the section as read so far (an experience inferred from dated lines,
        // say) keeps it
        own = headingOf(text, section) == section ? section : line.section();
        section = own;
      } else {
        Section leading = leadingHeadingOf(text, section);
        if (leading != null) {
          section = leading;
        } else if (section == Section.HEADER
            && YearDigits.in(text)
            && DATE_RANGE.matcher(text).find()) {
          section = Section.EXPERIENCE; // a title / company / date line: the experience starts here
        }
        own = section;
        Section trailing = trailingHeadingOf(text, section);
        if (trailing != null) {
          section = trailing;
          text = unglued(text);
        }
      }
      out.add(
          own == line.section()
              ? line
              : new LineJoiner.Joined(
                  line.number(), line.last(), text, own, line.heading(), line.bullet()));
    }
    return out;
  }

  /**
   * The line with a space where the export glued a trailing heading to the last word ("customer
   * escalationsEducation Details" → "customer escalations Education Details"), so that word is
   * read.
   */
  String unglued(String text) {
    Matcher m = CAPITALISED_TAIL.matcher(text);
    if (!m.find() || m.start() == 0) {
      return text;
    }
    Matcher word = NON_SPACE.matcher(text);
    word.region(m.start(), text.length());
    while (word.find()) { // the heading starts at the first word from which the tail is one
      int at = word.start();
      if (headings.get(normalize(text.substring(at))) != null) {
        return at > 0 && Character.isLowerCase(text.charAt(at - 1))
            ? text.substring(0, at) + " " + text.substring(at)
            : text;
      }
    }
    return text;
  }

  /** Lower case, letters and single spaces only: "WORK EXPERIENCE:" → "work experience". */
  static String normalize(String heading) {
    String lower = heading.toLowerCase(Locale.ROOT).replace('&', ' ');
    String letters =
        NON_LETTERS_OR_SPACE.matcher(AND.matcher(lower).replaceAll(" ")).replaceAll(" ");
    return SPACES.matcher(letters).replaceAll(" ").strip();
  }
}
