package dev.keyfit.advise;

import dev.keyfit.nlp.ResumeLine;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Check {@code placeholders}: template placeholders left unfilled, such as keyfit's own suggested
 * statements pasted in as they are ("cut costs by [X]%", "for [N] teams", "[timeframe]") or a
 * template's "Lorem ipsum". A recruiter reading "[N]" knows the line was never finished.
 */
final class PlaceholderCheck {

  /**
   * A bracketed placeholder: one or two capital letters or a dollar sign with one ("[N]", "[X]%",
   * "[$X]", "[XX]"), or a short lower-case phrase ("[timeframe]", "[team name]"); or lorem ipsum.
   */
  static final Pattern PLACEHOLDER =
      Pattern.compile(
          "\\[\\s*(?:\\$?[A-Z]{1,2}\\$?%?|[a-z][a-z /'-]{2,24})\\s*]|(?i:\\blorem ipsum\\b)");

  private PlaceholderCheck() {}

  static Check run(List<ResumeLine> lines) {
    List<String> found = new ArrayList<>();
    int count = 0;
    for (ResumeLine line : lines) {
      Matcher m = PLACEHOLDER.matcher(line.text());
      boolean first = true;
      while (m.find()) {
        count++;
        if (first && found.size() < 3) {
          found.add("line " + line.number() + " '" + m.group().strip() + "'");
        }
        first = false;
      }
    }
    if (count == 0) {
      return Check.pass("placeholders", "No unfilled template placeholders.");
    }
    return Check.fail(
        "placeholders",
        count
            + (count == 1 ? " unfilled placeholder" : " unfilled placeholders")
            + " left in the resume: "
            + String.join(", ", found)
            + (count > found.size() ? ", …" : "")
            + ".",
        "Replace each with your own real figure, or delete the claim if you cannot back it.");
  }
}
