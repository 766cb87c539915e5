package dev.keyfit.keywords;

import dev.keyfit.extract.TextYaml;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Reads one of the small YAML files bundled in the jar that every scan needs (the posting checks'
 * phrases and headings, the posting words) straight through SnakeYAML, into plain maps and lists.
 * Through Jackson's object mapper the same read first loads and links ~540 of its classes on a
 * single scan's critical path (BENCHMARKS.md, the 2026-12-03 section, "start-up, sixth pass"); the
 * dictionaries themselves come compiled from {@code dictionary.bin}.
 */
public final class BundledYaml {

  private BundledYaml() {}

  /**
   * The mapping at the top of the bundled resource {@code path} (e.g. "/keywords/posting/x.yaml").
   */
  public static Map<String, Object> load(String path) {
    try (InputStream in = BundledYaml.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is missing from the jar");
      }
      Object top = yaml().load(in);
      if (!(top instanceof Map<?, ?> map)) {
        throw new IllegalStateException(path + " is not a YAML mapping");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> fields = (Map<String, Object>) map;
      return fields;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /** Every plain scalar as text ({@link TextYaml}). */
  private static Yaml yaml() {
    return TextYaml.create(new LoaderOptions());
  }

  /** The list of strings under {@code key}; empty when the key is absent. */
  public static List<String> strings(Map<String, Object> fields, String key) {
    return strings(fields.get(key), key);
  }

  private static List<String> strings(Object value, String key) {
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list)) {
      throw new IllegalStateException(key + " is not a list");
    }
    return list.stream().map(String::valueOf).toList();
  }

  /** The mapping of names to lists of strings under {@code key}, in the file's order. */
  public static Map<String, List<String>> lists(Map<String, Object> fields, String key) {
    Object value = fields.get(key);
    if (!(value instanceof Map<?, ?> map)) {
      throw new IllegalStateException(key + " is not a mapping");
    }
    Map<String, List<String>> lists = new java.util.LinkedHashMap<>();
    map.forEach((name, items) -> lists.put(String.valueOf(name), strings(items, key + "." + name)));
    return lists;
  }
}
