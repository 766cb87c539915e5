package dev.keyfit.posting;

import dev.keyfit.match.Evidence;
import dev.keyfit.match.Match;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Terms a posting offers as alternatives: "PMP or CAPM certification", "Azure, AWS or GCP", "Jira
 * and/or Azure DevOps". On one line, terms joined by commas and at least one "or" form a group; a
 * resume that has one of them answers the others (see {@link dev.keyfit.score.JobScorer}). A list
 * joined by "and" asks for each of its terms.
 */
final class Alternatives {

  /** What stands between two alternatives: ", ", " or ", ", or ", " and/or ". */
  private static final Pattern OR = Pattern.compile("(?i)^\\s*,?\\s*(?:or|and/or|and / or)\\s+$");

  private static final Pattern COMMA = Pattern.compile("^\\s*,\\s*$");

  private Alternatives() {}

  /** One term's words at a place in a line. */
  private record Place(int start, int end, String id) {}

  /**
   * The groups of term ids the posting offers as alternatives, each in order of appearance, the
   * groups in order of their first line; boilerplate lines are skipped.
   */
  static List<List<String>> find(List<Match> matches, PostingLayout layout) {
    Map<Integer, List<Place>> byLine = new TreeMap<>();
    Map<Integer, String> texts = new TreeMap<>();
    for (Match m : matches) {
      for (Evidence e : m.evidence()) {
        if (layout.boilerplateLine(e.line()) || e.words().isEmpty()) {
          continue;
        }
        int at = e.text().toLowerCase(Locale.ROOT).indexOf(e.words().toLowerCase(Locale.ROOT));
        if (at >= 0) {
          byLine
              .computeIfAbsent(e.line(), k -> new ArrayList<>())
              .add(new Place(at, at + e.words().length(), m.id()));
          texts.put(e.line(), e.text());
        }
      }
    }
    List<List<String>> groups = new ArrayList<>();
    Set<String> grouped = new LinkedHashSet<>();
    byLine.forEach(
        (line, places) -> {
          places.sort(Comparator.comparingInt(Place::start));
          String text = texts.get(line);
          List<String> chain = new ArrayList<>();
          boolean or = false;
          for (int i = 0; i < places.size(); i++) {
            Place p = places.get(i);
            if (!chain.isEmpty()) {
              Place prev = places.get(i - 1);
              String between = p.start() >= prev.end() ? text.substring(prev.end(), p.start()) : "";
              boolean isOr = OR.matcher(between).matches();
              if (isOr || COMMA.matcher(between).matches()) {
                or |= isOr;
              } else {
                close(chain, or, groups, grouped);
                chain = new ArrayList<>();
                or = false;
              }
            }
            if (!chain.contains(p.id())) {
              chain.add(p.id());
            }
          }
          close(chain, or, groups, grouped);
        });
    return List.copyOf(groups);
  }

  private static void close(
      List<String> chain, boolean or, List<List<String>> groups, Set<String> grouped) {
    if (!or || chain.size() < 2 || chain.stream().anyMatch(grouped::contains)) {
      return; // a term already offered in one group stays there
    }
    grouped.addAll(chain);
    groups.add(List.copyOf(chain));
  }
}
