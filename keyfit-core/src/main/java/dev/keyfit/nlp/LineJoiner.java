package dev.keyfit.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rebuilds the logical lines of a resume: a bullet or sentence that a PDF wrapped over two or three
 * lines becomes one line again, so its result ("…for 24 repositories, / cutting build time by 40%")
 * and terms split by the wrap ("GitHub / Actions") stay together. Headings, bullets, contact lines
 * and the header block are never joined.
 */
final class LineJoiner {

  static final String BULLETS = "•-*–·▪◦●‣⁃>";

  /** A line ends mid-sentence when it ends with one of these, or with a function word. */
  private static final Pattern OPEN_END =
      Pattern.compile(
          "(?:[,;:&(/-]|\\b(?:and|or|with|to|of|the|a|an|for|in|on|by|from|across|including))$");

  private static final Pattern CONTACT =
      Pattern.compile("@|https?:|www\\.|linkedin", Pattern.CASE_INSENSITIVE);

  /** A physical line's place in a logical line. */
  record Joined(
      int number, int last, String text, Section section, boolean heading, boolean bullet) {}

  private LineJoiner() {}

  /**
   * A logical line stops growing at this many characters: a resume's longest paragraph is far
   * shorter, and a document of thousands of wrapped lines must not become one line that the later
   * stages handle at a cost that grows with its length.
   */
  static final int MAX_JOINED_CHARS = 4_000;

  /**
   * Joins the lines in one pass: the logical line being built is kept in a builder, and each test
   * looks only at the physical line just added (the contact test is remembered per logical line),
   * so the cost is linear in the text whatever the number of lines.
   */
  static List<Joined> join(List<String> raw, SectionDetector sections) {
    List<Joined> out = new ArrayList<>();
    Section section = Section.HEADER;
    Open open = null;
    for (int i = 0; i < raw.size(); i++) {
      if (Thread.currentThread().isInterrupted()) {
        throw new java.util.concurrent.CancellationException("line joining was stopped");
      }
      String text = raw.get(i).strip();
      if (text.isEmpty()) {
        continue;
      }
      Section heading = sections.headingOf(text, section);
      if (heading != null) {
        section = heading;
      }
      boolean bullet = BULLETS.indexOf(text.charAt(0)) >= 0 && text.length() > 1;
      boolean previousLineIsAdjacent = open != null && open.last == i; // no blank line between
      boolean contact = CONTACT.matcher(text).find();
      if (heading == null
          && !bullet
          && previousLineIsAdjacent
          && open.text.length() < MAX_JOINED_CHARS
          && continues(open, text, contact)
          && sections.trailingHeadingOf(open.lastLine)
              == null) { // "…monthsCompany Details" ends a part
        open.text.append(' ').append(text);
        open.last = i + 1;
        open.lastLine = text;
      } else {
        if (open != null) {
          out.add(open.joined());
        }
        open = new Open(i + 1, text, section, heading != null, bullet, contact);
      }
    }
    if (open != null) {
      out.add(open.joined());
    }
    return out;
  }

  /** The logical line being built. */
  private static final class Open {
    final int number;
    int last;
    final StringBuilder text;
    String lastLine;
    final Section section;
    final boolean heading;
    final boolean bullet;
    final boolean contact;

    Open(
        int number,
        String text,
        Section section,
        boolean heading,
        boolean bullet,
        boolean contact) {
      this.number = number;
      this.last = number;
      this.text = new StringBuilder(text);
      this.lastLine = text;
      this.section = section;
      this.heading = heading;
      this.bullet = bullet;
      this.contact = contact;
    }

    Joined joined() {
      return new Joined(number, last, text.toString(), section, heading, bullet);
    }
  }

  /**
   * Whether {@code text} continues the open line. The patterns contain no space, so a match in the
   * joined text (parts joined by a space) is a match in one of its parts: testing the first part
   * for contact details and the last part for an open end is the same as testing the whole.
   */
  private static boolean continues(Open previous, String text, boolean contact) {
    if (previous.heading || previous.section == Section.HEADER || contact || previous.contact) {
      return false;
    }
    char first = text.charAt(0);
    return Character.isLowerCase(first)
        || first == '('
        || OPEN_END.matcher(previous.lastLine).find()
        || continuesList(previous.lastLine, text);
  }

  /**
   * A comma-separated list wrapped inside one of its items: the line is a long list (two commas or
   * more, as wide as a wrapped line) that does not end with a mark, and the next one goes on with a
   * short item before its first comma ("…, Agile Development, Test-Driven" / "Development,
   * Responsive Design, …"; "Microsoft" / "Project, Procore, …").
   */
  /** A list line shorter than this was not wrapped: it ends where its writer ended it. */
  private static final int WRAPPED_LIST = 60;

  private static boolean continuesList(String line, String next) {
    char last = line.charAt(line.length() - 1);
    if (line.length() < WRAPPED_LIST || !Character.isLetterOrDigit(last) || count(line, ',') < 2) {
      return false;
    }
    int comma = next.indexOf(',');
    if (comma <= 0) {
      return false;
    }
    String item = next.substring(0, comma);
    return item.indexOf(':') < 0 && item.indexOf('.') < 0 && item.split(" ").length <= 3;
  }

  private static int count(String text, char c) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      n += text.charAt(i) == c ? 1 : 0;
    }
    return n;
  }
}
