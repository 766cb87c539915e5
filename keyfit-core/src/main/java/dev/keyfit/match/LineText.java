package dev.keyfit.match;

import dev.keyfit.nlp.ResumeLine;
import dev.keyfit.nlp.Token;
import java.util.List;

/** Reads a line's own characters around its tokens. Stateless. */
final class LineText {

  private LineText() {}

  /**
   * The line's text, as written or as its content (a heading's words cut off), in which both tokens
   * stand at their columns; null when neither is (tokens of another line, or no line).
   */
  static String holding(ResumeLine line, Token first, Token last) {
    if (line == null) {
      return null;
    }
    for (String text : List.of(line.text(), line.content())) {
      if (text.startsWith(first.text(), first.column())
          && text.startsWith(last.text(), last.column())) {
        return text;
      }
    }
    return null;
  }

  /**
   * What the line writes between two of its tokens, as written (the marks the tokenizer drops: a
   * slash, a hyphen, spaces); null when the line does not hold both or {@code b} is not after
   * {@code a}.
   */
  static String between(ResumeLine line, Token a, Token b) {
    int from = a.column() + a.text().length();
    int to = b.column();
    String text = a.line() == b.line() ? holding(line, a, b) : null;
    return text == null || from > to ? null : text.substring(from, to);
  }
}
