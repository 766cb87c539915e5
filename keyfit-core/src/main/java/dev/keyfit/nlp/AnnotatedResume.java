package dev.keyfit.nlp;

import dev.keyfit.extract.ExtractedDocument;
import java.util.List;
import java.util.Objects;

/**
 * A document after annotation: its non-blank lines with sections, and its tokens in order.
 *
 * @param document the extracted document
 * @param lines the non-blank lines in order
 * @param tokens every token in order
 * @param sentences the number of sentences
 */
public record AnnotatedResume(
    ExtractedDocument document, List<ResumeLine> lines, List<Token> tokens, int sentences) {

  public AnnotatedResume {
    Objects.requireNonNull(document, "document");
    lines = List.copyOf(lines);
    tokens = List.copyOf(tokens);
  }

  /** The line with this 1-based number, or null when the line is blank or absent. */
  public ResumeLine line(int number) {
    int lo = 0;
    int hi = lines.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int n = lines.get(mid).number();
      if (n == number) {
        return lines.get(mid);
      }
      if (n < number) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return null;
  }
}
