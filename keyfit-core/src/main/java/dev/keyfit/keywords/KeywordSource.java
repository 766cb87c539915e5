package dev.keyfit.keywords;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Where the dictionary files come from: the copy built into the jar, optionally overlaid by a
 * user's directory (a file at the same relative path replaces the built-in one; other files under
 * {@code terms/} add terms).
 */
final class KeywordSource {

  static final String ACTION_VERBS = "lists/action-verbs.yaml";
  static final String WEAK_OPENERS = "lists/weak-openers.yaml";
  static final String CLICHES = "lists/cliches.yaml";
  static final String HEADINGS = "lists/section-headings.yaml";
  static final String WORD_SETS = "lists/word-sets.yaml";
  static final String STOP_WORDS = "lists/stop-words.yaml";

  /** A file's relative path, its text, and whether it came from the user's directory. */
  record SourceFile(String path, String text, boolean user) {}

  private KeywordSource() {}

  /** Every built-in file path, relative to {@code keywords/}. */
  static List<String> builtInPaths() {
    List<String> paths = new ArrayList<>();
    for (Category c : Category.values()) {
      paths.add("terms/" + c.id() + ".yaml");
    }
    for (Role r : Role.values()) {
      paths.add("roles/" + r.id() + ".yaml");
    }
    paths.addAll(List.of(ACTION_VERBS, WEAK_OPENERS, CLICHES, HEADINGS, WORD_SETS, STOP_WORDS));
    return paths;
  }

  /** The files to load, sorted by path, with the user's files replacing built-in ones. */
  static Map<String, SourceFile> files(Path userDir, boolean builtIn) throws IOException {
    Map<String, SourceFile> files = new TreeMap<>();
    for (String path : builtIn ? builtInPaths() : List.<String>of()) {
      String text = readBuiltIn(path);
      if (text != null) {
        files.put(path, new SourceFile(path, text, false));
      }
    }
    if (userDir != null) {
      try (Stream<Path> walk = Files.walk(userDir)) {
        for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
          String rel = userDir.relativize(p).toString().replace('\\', '/');
          if (rel.endsWith(".yaml") || rel.endsWith(".yml")) {
            files.put(rel, new SourceFile(rel, Files.readString(p, StandardCharsets.UTF_8), true));
          }
        }
      }
    }
    return files;
  }

  /** The dictionary version, from the built-in {@code manifest.properties}. */
  static String version() {
    String text = readBuiltIn("manifest.properties");
    if (text == null) {
      return "unknown";
    }
    Properties p = new Properties();
    try {
      p.load(new java.io.StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("dictionary.version", "unknown");
  }

  private static String readBuiltIn(String path) {
    try (InputStream in = KeywordSource.class.getResourceAsStream("/keywords/" + path)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read built-in dictionary file " + path, e);
    }
  }
}
