package dev.keyfit.posting;

import dev.keyfit.keywords.BundledYaml;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The data behind posting reading ({@code keywords/posting/posting-words.yaml}): heading phrasings
 * per posting section, labels that introduce a job title, and stop words that are never a skill on
 * their own. Immutable; loaded once.
 *
 * @param headings normalised heading phrasing → section, sorted
 * @param titleLabels normalised labels such as "job title"
 * @param stopWords lower-case words and phrases
 * @param boilerplate lower-case phrases that mark a line as application or legal boilerplate
 * @param degrees lower-case degree name → level
 * @param relatedFields groups of lower-case fields of study a recruiter reads as related, each
 *     sorted, in the file's order
 */
record PostingWords(
    Map<String, PostingSection> headings,
    Set<String> titleLabels,
    Set<String> stopWords,
    List<String> boilerplate,
    Map<String, Degrees.Level> degrees,
    List<List<String>> relatedFields) {

  private record Raw(
      Map<String, List<String>> sections,
      List<String> titleLabels,
      List<String> stopWords,
      List<String> boilerplate,
      Map<String, List<String>> degrees,
      Map<String, List<String>> relatedFields) {}

  /** Holder idiom: the file is read on first use, from the jar (a packaging bug if absent). */
  private static final class Holder {
    static final PostingWords INSTANCE = load();
  }

  static PostingWords standard() {
    return Holder.INSTANCE;
  }

  private static PostingWords load() {
    Map<String, Object> fields = BundledYaml.load("/keywords/posting/posting-words.yaml");
    Raw raw =
        new Raw(
            BundledYaml.lists(fields, "sections"),
            BundledYaml.strings(fields, "titleLabels"),
            BundledYaml.strings(fields, "stopWords"),
            BundledYaml.strings(fields, "boilerplate"),
            BundledYaml.lists(fields, "degrees"),
            BundledYaml.lists(fields, "relatedFields"));
    Map<String, PostingSection> headings = new TreeMap<>();
    Map<PostingSection, List<String>> bySection = new EnumMap<>(PostingSection.class);
    raw.sections()
        .forEach(
            (id, phrases) ->
                bySection.put(PostingSection.valueOf(id.toUpperCase(Locale.ROOT)), phrases));
    bySection.forEach(
        (section, phrases) -> phrases.forEach(p -> headings.putIfAbsent(normalize(p), section)));
    Set<String> labels = new TreeSet<>();
    raw.titleLabels().forEach(l -> labels.add(normalize(l)));
    Set<String> stop = new TreeSet<>();
    raw.stopWords().forEach(w -> stop.add(w.toLowerCase(Locale.ROOT)));
    // Sorted and unmodifiable, not Map.copyOf: the prefix search iterates, and must not depend on
    // a per-run hash order.
    List<String> boilerplate =
        raw.boilerplate().stream().map(b -> b.toLowerCase(Locale.ROOT)).sorted().toList();
    Map<String, Degrees.Level> degrees = new TreeMap<>();
    raw.degrees()
        .forEach(
            (level, names) ->
                names.forEach(
                    n ->
                        degrees.put(
                            n.toLowerCase(Locale.ROOT),
                            Degrees.Level.valueOf(level.toUpperCase(Locale.ROOT)))));
    List<List<String>> related =
        raw.relatedFields().values().stream()
            .map(g -> g.stream().map(f -> f.toLowerCase(Locale.ROOT)).sorted().toList())
            .toList();
    return new PostingWords(
        Collections.unmodifiableMap(headings),
        Set.copyOf(labels),
        Set.copyOf(stop),
        boilerplate,
        Collections.unmodifiableMap(degrees),
        related);
  }

  /** Lower case, letters and single spaces: "What you'll do:" → "what you ll do". */
  static String normalize(String text) {
    String letters =
        text.toLowerCase(Locale.ROOT)
            .replace('&', ' ')
            .replaceAll("\\band\\b", " ")
            .replaceAll("[^\\p{L} ]+", " ");
    return letters.replaceAll("\\s+", " ").strip();
  }
}
