package dev.keyfit.extract;

import java.text.Normalizer;
import java.util.List;

/**
 * Puts extracted text into the one shape every later stage relies on. Shared by all extractors so
 * that a PDF and a DOCX of the same resume give the same lines.
 *
 * <p>The result is NFC, uses {@code \n} line breaks only, contains no control characters except
 * {@code \n} and {@code \t}, has no trailing spaces on any line, no leading or trailing blank lines
 * and never two blank lines in a row. Bullet glyphs at the start of a line become {@code "• "}, so
 * later stages recognise a bullet by one prefix whatever font or editor made it. Stateless and
 * thread-safe.
 */
final class TextNormalizer {

  /** The one bullet prefix the rest of keyfit looks for. */
  static final String BULLET = "• ";

  private TextNormalizer() {}

  /**
   * Normalises {@code raw} and cuts it to at most {@code maxChars} characters.
   *
   * @param notesOut receives a plain-language note when the text was cut; may be {@code null}
   * @return the normalised text, possibly empty, never {@code null}
   */
  static String normalize(String raw, int maxChars, List<String> notesOut) {
    Mojibake.Repair repaired = Mojibake.of(raw);
    if (repaired.places() > 0 && notesOut != null) {
      notesOut.add(repaired.note());
    }
    String text = Normalizer.normalize(cleanCharacters(repaired.text()), Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(text.length());
    int blankRun = 0;
    for (String line : text.split("\n", -1)) {
      line = normalizeBullet(stripTrailing(line));
      if (line.isEmpty()) {
        blankRun++;
        continue;
      }
      // blank lines mark section breaks; one is enough, and none before the first line
      if (blankRun > 0 && out.length() > 0) {
        out.append('\n');
      }
      blankRun = 0;
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(line);
    }
    return cut(out.toString(), maxChars, notesOut);
  }

  /**
   * Counts characters an ATS may not read: U+FFFD (a glyph the PDF could not map to Unicode) and
   * private-use code points (symbol-font glyphs). Count on the raw text, before bullets are
   * replaced, because a private-use bullet is itself a signal.
   */
  static int countUnusual(String raw) {
    int count = 0;
    for (int i = 0; i < raw.length(); ) {
      int cp = raw.codePointAt(i);
      if (cp == 0xFFFD || Character.getType(cp) == Character.PRIVATE_USE) {
        count++;
      }
      i += Character.charCount(cp);
    }
    return count;
  }

  private static String cleanCharacters(String raw) {
    StringBuilder sb = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      switch (c) {
        case '\r' -> {
          sb.append('\n');
          if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
            i++;
          }
        }
        case '\n', '\t' -> sb.append(c);
        case '\u2028', '\u2029', '\u000B', '\u000C', '\u0085' -> sb.append('\n');
        case '\uFB00' -> sb.append("ff");
        case '\uFB01' -> sb.append("fi");
        case '\uFB02' -> sb.append("fl");
        case '\uFB03' -> sb.append("ffi");
        case '\uFB04' -> sb.append("ffl");
        case '\uFB05', '\uFB06' -> sb.append("st");
        // a soft hyphen after a number is a dash some PDF fonts map their hyphen glyph to
        // ("2019" U+00AD "2021"); inside a word it only marks where the word may break
        case '\u00AD' -> {
          if (dashAfterNumber(raw, i)) {
            sb.append('-');
          }
        }
        // invisible characters that only split words: zero-width space/joiners, BOM
        case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> {}
        default -> {
          if (Character.isSpaceChar(c)) {
            sb.append(' '); // no-break, thin, em and ideographic spaces
          } else if (!Character.isISOControl(c)) {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  /**
   * True when the soft hyphen at {@code i} follows a digit and precedes a letter or digit on the
   * same line (spaces between allowed): "2019", U+00AD, "2021"; "Jan 2019 ", U+00AD, " Present".
   */
  private static boolean dashAfterNumber(String raw, int i) {
    int before = i - 1;
    while (before >= 0 && raw.charAt(before) == ' ') {
      before--;
    }
    int after = i + 1;
    while (after < raw.length() && raw.charAt(after) == ' ') {
      after++;
    }
    return before >= 0
        && Character.isDigit(raw.charAt(before))
        && after < raw.length()
        && Character.isLetterOrDigit(raw.charAt(after));
  }

  private static String stripTrailing(String line) {
    int end = line.length();
    while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
      end--;
    }
    return line.substring(0, end);
  }

  /** Rewrites a leading bullet glyph, and the space around it, to {@link #BULLET}. */
  private static String normalizeBullet(String line) {
    int start = 0;
    while (start < line.length() && (line.charAt(start) == ' ' || line.charAt(start) == '\t')) {
      start++;
    }
    if (start == line.length()) {
      return "";
    }
    char c = line.charAt(start);
    boolean dash = c == '–' || c == '—';
    if (!isBulletGlyph(c) && !dash) {
      return line;
    }
    int rest = start + 1;
    // a dash is only a bullet when a space follows: "–5 °C" or "—quote" are not lists
    if (dash && (rest >= line.length() || line.charAt(rest) != ' ')) {
      return line;
    }
    while (rest < line.length() && (line.charAt(rest) == ' ' || line.charAt(rest) == '\t')) {
      rest++;
    }
    return rest == line.length() ? "•" : BULLET + line.substring(rest);
  }

  private static boolean isBulletGlyph(char c) {
    return switch (c) {
      case '•',
          '▪',
          '◦',
          '●',
          '‣',
          '⁃',
          '∙',
          '■',
          '□',
          '◆',
          '◇',
          '►',
          '▸',
          '➢',
          '➤',
          '✓',
          '✔',
          '❖',
          '·' ->
          true;
      // Symbol and Wingdings bullets that PDFs and Word map into the private-use area
      case '\uF0B7',
          '\uF0A7',
          '\uF0D8',
          '\uF076',
          '\uF0FC',
          '\uF0A8',
          '\uF06C',
          '\uF06E',
          '\uF075',
          '\uF0E0' ->
          true;
      default -> false;
    };
  }

  private static String cut(String text, int maxChars, List<String> notesOut) {
    if (text.length() <= maxChars) {
      return text;
    }
    int end = maxChars;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--; // never leave half a surrogate pair
    }
    if (notesOut != null) {
      notesOut.add("text cut at " + maxChars + " characters (of " + text.length() + ")");
    }
    return stripTrailing(text.substring(0, end));
  }
}
