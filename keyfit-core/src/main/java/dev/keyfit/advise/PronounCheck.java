package dev.keyfit.advise;

import dev.keyfit.nlp.ResumeLine;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Check {@code first-person}: first-person pronouns ("I led", "my team", "helped me"). Resumes are
 * written in the implied first person: bullets start with the verb. "I" counts only where it reads
 * as the pronoun (followed by a lower-case word or a contraction), so "Phase I" and "World War I"
 * do not.
 */
final class PronounCheck {

  static final Pattern PRONOUN =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}.])(?:I(?<!\\p{Lu}\\p{L}{0,20}\\sI)(?=(?:'(?:m|ve|d|ll)\\b)|\\s+\\p{Ll})|(?i:me|my|myself|mine))(?![\\p{L}\\p{N}])");

  /** Uses tolerated before a warning: a summary may say "my" once. */
  static final int TOLERATED = 1;

  private PronounCheck() {}

  static Check run(List<ResumeLine> lines) {
    int count = 0;
    List<String> where = new ArrayList<>();
    for (ResumeLine line : lines) {
      Matcher m = PRONOUN.matcher(line.text());
      boolean first = true;
      while (m.find()) {
        count++;
        if (first && where.size() < 3) {
          where.add("line " + line.number() + " '" + m.group() + "'");
        }
        first = false;
      }
    }
    if (count <= TOLERATED) {
      return Check.pass(
          "first-person", count == 0 ? "No first-person pronouns." : "One first-person pronoun.");
    }
    return Check.warn(
        "first-person",
        count
            + " first-person pronouns (I, me, my): "
            + String.join(", ", where)
            + (count > where.size() ? ", …" : "")
            + ".",
        "Start bullets with the verb: 'Led the migration…', not 'I led the migration…'.");
  }
}
