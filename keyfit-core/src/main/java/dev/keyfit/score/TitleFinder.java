package dev.keyfit.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the first of a role's job titles that is on a lower-case line as whole words. The titles
 * are grouped by their last word, which the line must contain for any title of the group to be on
 * it: most career lines hold none of the few last words ("manager", "lead", "director"), and are
 * ruled out by a search for each of those rather than for every title.
 */
final class TitleFinder {

  /**
   * A role noun right after a title makes the title a modifier of another job: "Project Lead
   * Trainer" is a trainer, "Project Manager Assistant" an assistant.
   */
  private static final Pattern HEAD_AFTER =
      Pattern.compile(
          "[ \\t]+(?:trainer|assistant|secretary|clerk|analyst|engineer|specialist|"
              + "administrator|technician|recruiter|designer|developer)s?\\b");

  private final List<String> titles;
  private final List<String> lastWords = new ArrayList<>();
  private final int[] lastWordOf;

  /** The finder for {@code titles}: of two titles on a line, the one listed first wins. */
  TitleFinder(List<String> titles) {
    this.titles = List.copyOf(titles);
    this.lastWordOf = new int[this.titles.size()];
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < this.titles.size(); i++) {
      String t = this.titles.get(i);
      String last = t.substring(t.lastIndexOf(' ') + 1);
      lastWordOf[i] =
          index.computeIfAbsent(
              last,
              w -> {
                lastWords.add(w);
                return lastWords.size() - 1;
              });
    }
  }

  /** The first of the titles on {@code lower} as whole words, or null. */
  String on(String lower) {
    byte[] present = new byte[lastWords.size()]; // 0 not searched yet, 1 on the line, 2 not
    for (int i = 0; i < titles.size(); i++) {
      int w = lastWordOf[i];
      if (present[w] == 0) {
        present[w] = (byte) (lower.contains(lastWords.get(w)) ? 1 : 2);
      }
      if (present[w] == 1 && wholeAt(lower, titles.get(i))) {
        return titles.get(i);
      }
    }
    return null;
  }

  /** Whether {@code t} is on {@code lower} as whole words, not followed by another job's noun. */
  private static boolean wholeAt(String lower, String t) {
    int at = lower.indexOf(t);
    while (at >= 0) {
      boolean start = at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1));
      int end = at + t.length();
      boolean stop = end == lower.length() || !Character.isLetterOrDigit(lower.charAt(end));
      if (start && stop && !HEAD_AFTER.matcher(lower).region(end, lower.length()).lookingAt()) {
        return true;
      }
      at = lower.indexOf(t, at + 1);
    }
    return false;
  }
}
