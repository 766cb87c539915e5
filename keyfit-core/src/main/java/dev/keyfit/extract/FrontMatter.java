package dev.keyfit.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The YAML front matter a Markdown file may open with (a site generator's fields between two {@code
 * ---} lines). A careers page built with Astro, Jekyll or Hugo often keeps the whole posting there
 * ({@code title:}, {@code requirements:} as a list, {@code description: |}), so its text is read as
 * Markdown: the title as the first heading, each list or prose field as a section with its key as
 * the heading (a block of several lines, {@code description: |}, as the Markdown it holds). Values
 * of one or two words ({@code layout: post}, {@code published: true}, {@code date: …}, {@code
 * location: Hybrid}) are a site's settings, not text, and are left out. Stateless.
 */
final class FrontMatter {

  private FrontMatter() {}

  /** The front matter's YAML (null when the text opens with none) and the Markdown after it. */
  record Split(String yaml, String body) {}

  /** Lines that read as YAML: blank, a comment, a key, an indented line or a list item. */
  private static final Pattern YAML_LINE =
      Pattern.compile("\\s*|#.*|[A-Za-z0-9_-]+:.*|\\s+.*|- .*");

  /** Front matter longer than this many lines is taken for a document that opens with a rule. */
  static final int MAX_LINES = 400;

  /** Keys whose value names the document: read first, as its title. */
  private static final Set<String> TITLE_KEYS =
      Set.of("title", "name", "position", "role", "job_title", "jobtitle");

  /** A prose field needs this many words with a letter; shorter values are a site's settings. */
  private static final int MIN_WORDS = 3;

  /**
   * Splits off the front matter: a first line {@code ---}, lines that read as YAML, and a closing
   * {@code ---} or {@code ...} within the first {@value #MAX_LINES} lines. Anything else (a resume
   * that opens with a rule) has no front matter.
   */
  static Split split(String text) {
    if (!text.startsWith("---\n") && !text.startsWith("---\r\n")) {
      return new Split(null, text);
    }
    int first = text.indexOf('\n') + 1;
    int start = first;
    for (int n = 0; n < MAX_LINES && start < text.length(); n++) {
      int end = text.indexOf('\n', start);
      String line = (end < 0 ? text.substring(start) : text.substring(start, end)).stripTrailing();
      if (line.equals("---") || line.equals("...")) {
        return new Split(text.substring(first, start), end < 0 ? "" : text.substring(end + 1));
      }
      if (!YAML_LINE.matcher(line).matches() || end < 0) {
        break;
      }
      start = end + 1;
    }
    return new Split(null, text);
  }

  /** The front matter's text as Markdown, blank-line separated; empty when it is not a YAML map. */
  static String asMarkdown(String yaml) {
    Object root;
    try {
      root = yaml(yaml.length()).load(yaml);
    } catch (YAMLException | ClassCastException e) {
      return ""; // not YAML after all: read like settings, which are not text
    }
    if (!(root instanceof Map<?, ?> fields)) {
      return "";
    }
    StringBuilder titles = new StringBuilder();
    StringBuilder rest = new StringBuilder();
    for (Map.Entry<?, ?> field : fields.entrySet()) {
      String key = String.valueOf(field.getKey());
      Object value = field.getValue();
      if (value instanceof String s && TITLE_KEYS.contains(key.toLowerCase(Locale.ROOT))) {
        if (!s.isBlank()) {
          titles.append("# ").append(oneLine(s)).append("\n\n");
        }
        continue;
      }
      List<String> lines = new ArrayList<>();
      collect(value, lines, false);
      if (!lines.isEmpty()) {
        rest.append("## ").append(heading(key)).append("\n\n");
        lines.forEach(l -> rest.append(l).append('\n'));
        rest.append('\n');
      }
    }
    return titles.append(rest).toString();
  }

  /** The text of a value: prose as a paragraph, list items as bullets, nested maps flattened. */
  private static void collect(Object value, List<String> lines, boolean listed) {
    if (value instanceof String s) {
      // a block of several lines ("description: |") is Markdown of its own: headings, lists
      String text = listed || !s.strip().contains("\n") ? oneLine(s) : s.strip();
      if (listed ? !text.isBlank() : words(text) >= MIN_WORDS) {
        lines.add((listed ? "- " : "") + text);
      }
    } else if (value instanceof List<?> items) {
      items.forEach(item -> collect(item, lines, true));
    } else if (value instanceof Map<?, ?> map) {
      map.values().forEach(v -> collect(v, lines, listed));
    }
  }

  private static String oneLine(String s) {
    return s.strip().replaceAll("\\s*\\R\\s*\\R\\s*", " ").replaceAll("\\s+", " ");
  }

  /** Words with a letter: "$85,000 - $115,000" has none. */
  private static int words(String text) {
    int n = 0;
    for (String w : text.split("\\s+")) {
      n += w.chars().anyMatch(Character::isLetter) ? 1 : 0;
    }
    return n;
  }

  /**
   * A key as a heading: "key_responsibilities" and "keyResponsibilities" → "Key responsibilities".
   */
  static String heading(String key) {
    String words =
        key.replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ').replace('-', ' ').strip();
    return words.isEmpty()
        ? words
        : Character.toUpperCase(words.charAt(0)) + words.substring(1).toLowerCase(Locale.ROOT);
  }

  /**
   * A SnakeYAML that reads every plain scalar as text ({@code true}, {@code 2024-03-10} stay
   * strings) and bounds what a hostile file can make it build.
   */
  private static Yaml yaml(int length) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Math.max(1, length + 16));
    options.setMaxAliasesForCollections(8);
    options.setNestingDepthLimit(16);
    options.setAllowDuplicateKeys(true);
    return TextYaml.create(options);
  }
}
