package dev.keyfit.render;

/**
 * Builds terminal text: lines wrapped at word boundaries to the width (never cut, so a statement
 * can be copied whole), continuation lines indented under the first, optional ANSI colour.
 */
final class Text {
  private final StringBuilder out = new StringBuilder();
  private final boolean color;
  private final int width;

  Text(Renderer.RenderOptions options) {
    this.color = options.color();
    this.width = Math.max(40, options.width());
  }

  /** The width lines are wrapped to. */
  int width() {
    return width;
  }

  /** A line, wrapped; continuation lines are indented two more than its leading spaces. */
  void line(String s) {
    String flat = s.replace('\n', ' ');
    int lead = 0;
    while (lead < flat.length() && flat.charAt(lead) == ' ') {
      lead++;
    }
    line(flat, lead + 2);
  }

  /** A line, wrapped, continuation lines indented by {@code indent} spaces. */
  void line(String s, int indent) {
    for (String l : wrap(s.replace('\n', ' '), width, Math.min(indent, width / 2))) {
      out.append(color && l.indexOf('\u001b') >= 0 ? l + "\u001b[0m" : l).append('\n');
    }
  }

  void blank() {
    out.append('\n');
  }

  /**
   * Wraps {@code s} at spaces so that no line is wider than {@code width} visible code points; a
   * word longer than a line is broken. Continuation lines start with {@code indent} spaces.
   */
  static java.util.List<String> wrap(String s, int width, int indent) {
    java.util.List<String> lines = new java.util.ArrayList<>();
    if (visible(s) <= width) {
      lines.add(s);
      return lines;
    }
    int lead = 0;
    while (lead < s.length() && s.charAt(lead) == ' ') {
      lead++;
    }
    StringBuilder line = new StringBuilder(s.substring(0, lead));
    int used = lead;
    boolean empty = true;
    for (String word : s.substring(lead).split(" ", -1)) {
      int w = visible(word);
      if (!empty && used + 1 + w > width) {
        lines.add(line.toString());
        line = new StringBuilder(" ".repeat(indent));
        used = indent;
        empty = true;
      }
      while (used + (empty ? 0 : 1) + w > width && w > 0) { // a word wider than the line: break it
        int room = width - used - (empty ? 0 : 1);
        String[] parts = splitVisible(word, room);
        line.append(empty ? "" : " ").append(parts[0]);
        lines.add(line.toString());
        line = new StringBuilder(" ".repeat(indent));
        used = indent;
        empty = true;
        word = parts[1];
        w = visible(word);
      }
      line.append(empty ? "" : " ").append(word);
      used += (empty ? 0 : 1) + w;
      empty = false;
    }
    lines.add(line.toString());
    return lines;
  }

  /** Splits after {@code n} visible code points (ANSI codes are kept with the text before them). */
  private static String[] splitVisible(String s, int n) {
    int seen = 0;
    int i = 0;
    while (i < s.length() && seen < n) {
      int cp = s.codePointAt(i);
      if (cp == '\u001b') {
        int end = s.indexOf('m', i);
        i = end < 0 ? s.length() : end + 1;
        continue;
      }
      seen++;
      i += Character.charCount(cp);
    }
    return new String[] {s.substring(0, i), s.substring(i)};
  }

  /** Visible code points: the text less our ANSI colour codes. */
  static int visible(String s) {
    String plain = s.replaceAll("\u001b\\[[0-9;]*m", "");
    return plain.codePointCount(0, plain.length());
  }

  String bar(int score, int cells) {
    int full = Math.round(score * cells / 100f);
    String bar = "█".repeat(full) + "░".repeat(cells - full);
    return score >= 70 ? green(bar) : score >= 40 ? yellow(bar) : red(bar);
  }

  String score(int score) {
    return score(score, String.valueOf(score));
  }

  /** {@code shown} in the colour of {@code score}'s band. */
  String score(int score, String shown) {
    return score >= 70 ? green(shown) : score >= 40 ? yellow(shown) : red(shown);
  }

  String bold(String s) {
    return paint("1", s);
  }

  String green(String s) {
    return paint("32", s);
  }

  String yellow(String s) {
    return paint("33", s);
  }

  String red(String s) {
    return paint("31", s);
  }

  private String paint(String code, String s) {
    return color ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
