package dev.keyfit.score;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Work phrased as managing several projects, read off one career line: "managed 12 projects", "led
 * multiple cross-functional projects", "project manage 3 to 5 projects". A line that counts them (a
 * number or a number word) is a PM's track record; one with a vague quantifier ("several",
 * "multiple", "various") is weaker evidence: project work that any job may include.
 */
enum ManagedProjects {
  /** The line does not say so. */
  NONE,
  /** "managed several projects", "strong ability to manage multiple concurrent projects". */
  VAGUE,
  /** "managed 12 projects", "led three programs", "handled dozens of projects". */
  COUNTED;

  private static final Pattern PHRASE =
      Pattern.compile(
          "\\b(?:led|lead|leads|leading|managed|manage|manages|managing|directed|directs|oversaw|oversee|oversees|"
              + "overseeing|ran|run|runs|running|handled|handle|handles|handling|delivered|delivering|"
              + "coordinated|coordinating)\\b(?:\\W+[\\w$.-]+){0,4}?\\W+(?<n>\\d+|two|three|four|five|six|seven|eight|"
              + "nine|ten|twelve|fifteen|twenty|dozens|several|multiple|numerous|various|concurrent)"
              + "(?:\\W+[\\w$.-]+){0,4}?\\W+(?:projects|programs|programmes|project portfolio)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Set<String> VAGUE_WORDS =
      Set.of("several", "multiple", "numerous", "various", "concurrent");

  /** What {@code content} (its lower-case form {@code lower}) says about managing projects. */
  static ManagedProjects on(String content, String lower) {
    if (!lower.contains("project") && !lower.contains("program")) {
      return NONE; // what the expression needs, checked cheaply first
    }
    Matcher m = PHRASE.matcher(content);
    ManagedProjects found = NONE;
    while (m.find()) {
      if (!VAGUE_WORDS.contains(m.group("n").toLowerCase(Locale.ROOT))) {
        return COUNTED;
      }
      found = VAGUE;
    }
    return found;
  }
}
