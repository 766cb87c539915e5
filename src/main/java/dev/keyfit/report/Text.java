package dev.keyfit.report;

/** Builds terminal text: lines cut to the width, optional ANSI colour. */
final class Text {
  private final StringBuilder out = new StringBuilder();
  private final boolean color;
  private final int width;

  Text(Renderer.RenderOptions options) {
    this.color = options.color();
    this.width = Math.max(40, options.width());
  }

  void line(String s) {
    out.append(cut(s.replace('\n', ' '))).append('\n');
  }

  void blank() {
    out.append('\n');
  }

  /** Cuts a line to the width, counting visible code points only (our ANSI codes are invisible). */
  private String cut(String s) {
    StringBuilder b = new StringBuilder();
    int visible = 0;
    int total = visible(s);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (cp == '\u001b') {
        int end = s.indexOf('m', i);
        b.append(s, i, end + 1);
        i = end + 1;
        continue;
      }
      if (visible == width - 1 && total > width) {
        b.append('…');
        break;
      }
      b.appendCodePoint(cp);
      visible++;
      i += Character.charCount(cp);
    }
    return color && b.indexOf("\u001b") >= 0 ? b + "\u001b[0m" : b.toString();
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
    String s = String.valueOf(score);
    return score >= 70 ? green(s) : score >= 40 ? yellow(s) : red(s);
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
