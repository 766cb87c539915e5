package dev.keyfit.match;

import dev.keyfit.nlp.AnnotatedResume;
import dev.keyfit.nlp.ResumeLine;
import dev.keyfit.nlp.Token;
import java.util.List;

/**
 * Where a document writes a slash between two words ("Program/Project Management", "LEAN/Six
 * Sigma"): the tokenizer drops the mark, so it is read back from the line's text. Over one
 * document; stateless.
 */
final class Slashes {

  private final AnnotatedResume resume;
  private final List<Token> tokens;

  Slashes(AnnotatedResume resume, List<Token> tokens) {
    this.resume = resume;
    this.tokens = tokens;
  }

  /** True when a slash, and nothing but spaces, stands between token {@code i} and the next. */
  boolean after(int i) {
    if (i < 0 || i + 1 >= tokens.size()) {
      return false;
    }
    Token a = tokens.get(i);
    Token b = tokens.get(i + 1);
    return a.line() == b.line() && between(resume.line(a.line()), a, b).equals("/");
  }

  /** What the line writes between two of its tokens, spaces stripped ("" when not found). */
  private static String between(ResumeLine line, Token a, Token b) {
    int from = a.column() + a.text().length();
    int to = b.column();
    String text = LineText.holding(line, a, b);
    return text == null || from > to ? "" : text.substring(from, to).strip();
  }
}
