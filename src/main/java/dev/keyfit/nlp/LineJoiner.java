package dev.keyfit.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rebuilds the logical lines of a resume: a bullet or sentence that a PDF wrapped over two or
 * three lines becomes one line again, so its result ("…for 24 repositories, / cutting build time
 * by 40%") and terms split by the wrap ("GitHub / Actions") stay together. Headings, bullets,
 * contact lines and the header block are never joined.
 */
final class LineJoiner {

  static final String BULLETS = "•-*–·▪◦●‣⁃>";

  /** A line ends mid-sentence when it ends with one of these, or with a function word. */
  private static final Pattern OPEN_END =
      Pattern.compile("(?:[,;:&(/-]|\\b(?:and|or|with|to|of|the|a|an|for|in|on|by|from|across|including))$");

  private static final Pattern CONTACT = Pattern.compile("@|https?:|www\\.|linkedin", Pattern.CASE_INSENSITIVE);

  /** A physical line's place in a logical line. */
  record Joined(int number, int last, String text, Section section, boolean heading, boolean bullet) {}

  private LineJoiner() {}

  static List<Joined> join(List<String> raw, SectionDetector sections) {
    List<Joined> out = new ArrayList<>();
    Section section = Section.HEADER;
    for (int i = 0; i < raw.size(); i++) {
      String text = raw.get(i).strip();
      if (text.isEmpty()) {
        continue;
      }
      Section heading = sections.headingOf(text);
      if (heading != null) {
        section = heading;
      }
      boolean bullet = BULLETS.indexOf(text.charAt(0)) >= 0 && text.length() > 1;
      Joined previous = out.isEmpty() ? null : out.get(out.size() - 1);
      boolean previousLineIsAdjacent = previous != null && previous.last() == i; // no blank line between
      if (heading == null && !bullet && previousLineIsAdjacent && continues(previous, text)
          && sections.trailingHeadingOf(previous.text()) == null) { // "…monthsCompany Details" ends a part
        out.set(out.size() - 1, new Joined(previous.number(), i + 1, previous.text() + " " + text,
            previous.section(), false, previous.bullet()));
      } else {
        out.add(new Joined(i + 1, i + 1, text, section, heading != null, bullet));
      }
    }
    return out;
  }

  private static boolean continues(Joined previous, String text) {
    if (previous.heading() || previous.section() == Section.HEADER
        || CONTACT.matcher(text).find() || CONTACT.matcher(previous.text()).find()) {
      return false;
    }
    char first = text.charAt(0);
    return Character.isLowerCase(first) || first == '(' || OPEN_END.matcher(previous.text()).find();
  }

}
