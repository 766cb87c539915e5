package dev.keyfit.keywords;

import dev.keyfit.nlp.Section;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The supporting lists (iteration order is sorted, for deterministic output): strong action verbs,
 * weak openers, clichés and section headings.
 *
 * @param actionVerbs strong action verbs by group (leadership, delivery, ...)
 * @param weakOpeners phrases that make a weak start to a bullet, each with stronger verbs
 * @param cliches phrases recruiters skip, each with why
 * @param sectionHeadings heading phrasings per section
 * @param subheadings per section, the headings that under it label part of one of its entries
 *     ("Accomplishments:" under a job) instead of opening a section of their own
 */
public record WordLists(
    Map<String, List<String>> actionVerbs,
    List<WeakOpener> weakOpeners,
    List<Cliche> cliches,
    Map<Section, List<String>> sectionHeadings,
    Map<Section, List<String>> subheadings) {

  /** A weak opening phrase and the verbs to use instead. */
  public record WeakOpener(String phrase, List<String> suggest) {}

  /** An overused phrase and why it hurts. */
  public record Cliche(String phrase, String why) {}

  public WordLists {
    actionVerbs = Collections.unmodifiableMap(new TreeMap<>(actionVerbs));
    weakOpeners = List.copyOf(weakOpeners);
    cliches = List.copyOf(cliches);
    sectionHeadings = Collections.unmodifiableMap(new EnumMap<>(sectionHeadings));
    subheadings =
        Collections.unmodifiableMap(
            subheadings.isEmpty() ? new EnumMap<>(Section.class) : new EnumMap<>(subheadings));
  }

  /** The lists without subheadings. */
  public WordLists(
      Map<String, List<String>> actionVerbs,
      List<WeakOpener> weakOpeners,
      List<Cliche> cliches,
      Map<Section, List<String>> sectionHeadings) {
    this(actionVerbs, weakOpeners, cliches, sectionHeadings, Map.of());
  }
}
