package dev.keyfit.posting;

import dev.keyfit.nlp.ResumeLine;
import java.util.List;
import java.util.Locale;

/**
 * Which lines of a posting are headings, and which part each opens. A heading is a known phrasing
 * on a line of its own ("Requirements", "What you'll do:"); a line that starts with one is a
 * heading too when it is written as one: ending in a colon, in capitals, or standing alone between
 * blank lines as Markdown and plain-text postings set their headings ("Required Skills &
 * Certifications"). A standalone line that ends with a company phrase ("Netflix Culture and
 * Values") is a company heading; any other standalone line after the first heading is a subheading
 * of the part it is in ("Agile Expertise"), or opens a general part when it follows a company blurb
 * before any part of the job ("About us", then "Your mission").
 */
final class PostingHeadings {

  static final int MAX_HEADING_WORDS = 8;
  private static final int MAX_ABOUT_WORDS = 4;
  private static final int MAX_STANDALONE_ABOUT_WORDS = 6;

  private PostingHeadings() {}

  /**
   * True when line {@code i} stands alone: not a bullet, short, no sentence end, with a blank line
   * (or the start) before it and a blank line, a bullet or the end after it.
   */
  static boolean standalone(List<ResumeLine> lines, int i) {
    ResumeLine line = lines.get(i);
    String text = line.content().strip();
    if (line.bullet()
        || text.isEmpty()
        || text.endsWith(".")
        || text.split("\\s+").length > MAX_HEADING_WORDS) {
      return false;
    }
    boolean blankBefore = i == 0 || lines.get(i - 1).number() < line.number() - 1;
    boolean blankAfter =
        i == lines.size() - 1
            || lines.get(i + 1).number() > line.number() + 1
            || lines.get(i + 1).bullet();
    return blankBefore && blankAfter;
  }

  /**
   * A heading line and the part it opens.
   *
   * @param sub a subheading of the part it is in, which leaves that part the one the next
   *     subheading returns to ("Certifications (Preferred)", then "Technical Understanding")
   */
  record Heading(PostingSection part, boolean sub) {}

  /**
   * The heading a line is, or null when it is not one.
   *
   * @param standalone the line stands alone ({@link #standalone})
   * @param current the part the lines before it are in
   * @param parent the part the last heading that is not a subheading opened
   * @param headingSeen a heading came before it (the lines above the first one are the title and
   *     the header, which stand alone too)
   * @param jobSeen a part of the job (requirements, responsibilities) has opened already
   */
  static Heading of(
      String text,
      boolean standalone,
      PostingSection current,
      PostingSection parent,
      boolean headingSeen,
      boolean jobSeen,
      PostingWords words) {
    String norm = PostingWords.normalize(text);
    if (norm.isEmpty() || norm.split(" ").length > MAX_HEADING_WORDS) {
      return null;
    }
    PostingSection exact = words.headings().get(norm);
    if (exact != null) {
      return new Heading(exact, false);
    }
    boolean headingLike =
        standalone || text.endsWith(":") || text.equals(text.toUpperCase(Locale.ROOT));
    if (headingLike) {
      // "Requirements for this role:" — the longest known phrasing it starts with.
      String best = null;
      for (String phrase : words.headings().keySet()) {
        if (norm.startsWith(phrase + " ") && (best == null || phrase.length() > best.length())) {
          best = phrase;
        }
      }
      if (best != null) {
        return new Heading(words.headings().get(best), false);
      }
    }
    int length = norm.split(" ").length;
    if (norm.startsWith("about ")
        && length <= (standalone ? MAX_STANDALONE_ABOUT_WORDS : MAX_ABOUT_WORDS)) {
      return new Heading(PostingSection.COMPANY, false);
    }
    if (!standalone) {
      return null;
    }
    for (var e : words.headings().entrySet()) {
      if (e.getValue() == PostingSection.COMPANY && norm.endsWith(" " + e.getKey())) {
        return new Heading(PostingSection.COMPANY, false); // "Netflix Culture and Values"
      }
    }
    if (!headingSeen) {
      return null;
    }
    List<String> said = List.of(norm.split(" "));
    if (said.contains("preferred") || said.contains("desired") || said.contains("optional")) {
      return new Heading(PostingSection.PREFERRED, true); // "Certifications (Preferred)"
    }
    if (said.contains("required")) {
      return new Heading(PostingSection.REQUIREMENTS, true);
    }
    // a subheading of the part it is in ("Agile Expertise" in the skills required, after
    // "Certifications (Preferred)" too), or the job's own part after a company blurb that opens
    // the posting
    return current == PostingSection.COMPANY && !jobSeen
        ? new Heading(PostingSection.GENERAL, false)
        : new Heading(parent, true);
  }
}
