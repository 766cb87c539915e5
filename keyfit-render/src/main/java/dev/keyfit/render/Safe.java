package dev.keyfit.render;

/**
 * Cleans and escapes text that came from a resume or a posting (attacker-controlled) before it is
 * written into a report: control characters, bidi overrides and lone surrogates never reach the
 * output, and each format gets its own escaping.
 */
public final class Safe {
  private Safe() {}

  /**
   * Drops C0/C1 control characters (keeping tab and newline, turning CR into newline) and bidi
   * controls, and replaces lone surrogates with U+FFFD.
   */
  public static String clean(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        b.append(c).append(text.charAt(i + 1));
        i++;
      } else if (Character.isSurrogate(c)) {
        b.append('\uFFFD');
      } else if (c == '\r') {
        b.append('\n');
      } else if (c == '\t' || c == '\n' || !(isControl(c) || isBidi(c))) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** {@link #clean} on one line: newlines and tabs become spaces. */
  public static String line(String text) {
    return clean(text).replace('\n', ' ').replace('\t', ' ');
  }

  /** Escapes the five HTML/XML metacharacters, for text and quoted attributes alike. */
  public static String html(String text) {
    String s = clean(text);
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Neutralises Markdown: HTML metacharacters become entities, Markdown metacharacters are
   * backslash-escaped, and newlines become spaces so a value cannot break out of a table cell or
   * start a block. Links and images cannot form because brackets are escaped (and a parenthesis
   * after a bracket too). Characters that only mean something in one position are escaped only
   * there, so ordinary text stays readable in the raw file: {@code &} only where it could start an
   * entity, {@code - + #} and "1." only at the start of the value and before a space, where they
   * could open a list or heading inside a list item.
   */
  public static String markdown(String text) {
    String s = line(text);
    StringBuilder b = new StringBuilder(s.length() + 16);
    int digits = 0;
    while (digits < s.length() && Character.isDigit(s.charAt(digits))) {
      digits++;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' ->
            b.append(
                i + 1 < s.length()
                        && (Character.isLetter(s.charAt(i + 1)) || s.charAt(i + 1) == '#')
                    ? "&amp;"
                    : "&");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '\\', '`', '*', '_', '[', ']', '!', '|', '~', '{', '}' -> b.append('\\').append(c);
        case '(' -> b.append(i > 0 && s.charAt(i - 1) == ']' ? "\\(" : "(");
        case '#', '+', '-' -> b.append(i == 0 && endsMarker(s, i) ? "\\" : "").append(c);
        case '.', ')' -> b.append(i > 0 && i == digits && endsMarker(s, i) ? "\\" : "").append(c);
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * True when the character at {@code i} ends the value or is followed by a space: a block marker.
   */
  private static boolean endsMarker(String s, int i) {
    return i + 1 == s.length() || s.charAt(i + 1) == ' ';
  }

  /**
   * True for a character that must never reach a terminal or report as is: a C0/C1 control
   * character (tab and newline included; callers keep those where they want them) or a bidi
   * control.
   */
  public static boolean isUnsafe(int c) {
    return isControl(c) || isBidi(c);
  }

  private static boolean isControl(int c) {
    return c < 0x20 || (c >= 0x7f && c < 0xa0);
  }

  private static boolean isBidi(int c) {
    return (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0x200e
        || c == 0x200f;
  }
}
