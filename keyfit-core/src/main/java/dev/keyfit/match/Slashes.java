package dev.keyfit.match;

import dev.keyfit.nlp.AnnotatedResume;
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
    String between = LineText.between(resume.line(a.line()), a, tokens.get(i + 1));
    return between != null && between.strip().equals("/");
  }
}
