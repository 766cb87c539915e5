package dev.keyfit.keywords;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user dictionary that would break or degrade every scan is refused with the file named. */
class DictionaryValidatorTest {

  @TempDir Path dir;

  private List<String> problems(String path, String yaml) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, yaml);
    return assertThrows(DictionaryException.class, () -> DictionaryLoader.load(dir)).problems();
  }

  private static final String TERM =
      """
      category: tools
      terms:
        - id: widget-tool
          name: Widget Tool
          aliases: [%s]
          weight: {pm: 1, tpm: 1}
          statements: ["Used Widget Tool for [N] teams"]
      """;

  @Test
  void aNullHeadingIsRefusedNotACrashingScan() throws IOException {
    List<String> p =
        problems("lists/section-headings.yaml", "sections:\n  experience: [experience, ~]\n");
    assertTrue(
        p.stream()
            .anyMatch(s -> s.contains("section-headings.yaml") && s.contains("entry 2 is empty")),
        p.toString());
  }

  @Test
  void aNullClicheIsRefusedNotACrash() throws IOException {
    List<String> p =
        problems("lists/cliches.yaml", "phrases:\n  - {phrase: \"team player\", why: x}\n  - ~\n");
    assertTrue(
        p.stream().anyMatch(s -> s.contains("cliches.yaml") && s.contains("entry 2")),
        p.toString());
  }

  @Test
  void aStopWordAliasIsRefused() throws IOException {
    List<String> p = problems("terms/widgets.yaml", TERM.formatted("widget, it"));
    assertTrue(p.stream().anyMatch(s -> s.contains("alias 'it' is a stop word")), p.toString());
  }

  @Test
  void aStopWordMatchedInItsOwnCaseIsAName() throws Exception {
    Path file = dir.resolve("terms/widgets.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, TERM.formatted("IT") + "    match: {case: [IT]}\n");
    Dictionary d = DictionaryLoader.load(dir);
    assertTrue(d.terms().stream().anyMatch(t -> t.id().equals("widget-tool")));
  }

  @Test
  void aOneLetterAliasIsRefused() throws IOException {
    List<String> p = problems("terms/tools.yaml", TERM.formatted("W"));
    assertTrue(
        p.stream().anyMatch(s -> s.contains("'W'") && s.contains("single character")),
        p.toString());
  }

  @Test
  void aPunctuationOnlyAliasIsRefused() throws IOException {
    List<String> p = problems("terms/tools.yaml", TERM.formatted("\"--\""));
    assertTrue(p.stream().anyMatch(s -> s.contains("no letter or digit")), p.toString());
  }

  @Test
  void aDuplicateKeyIsRefusedWithItsLine() throws IOException {
    List<String> p =
        problems(
            "lists/section-headings.yaml",
            "sections:\n  experience: [experience]\n  experience: [work]\n");
    assertTrue(
        p.stream().anyMatch(s -> s.contains("line 3") && s.toLowerCase().contains("duplicate")),
        p.toString());
  }

  @Test
  void aFileThatIsNotYamlGetsOneShortLineNotAnEcho() throws IOException {
    String prose =
        "This is not a dictionary at all, just a long paragraph of prose that someone saved "
            .repeat(20);
    List<String> p = problems("lists/cliches.yaml", prose);
    assertTrue(p.stream().allMatch(s -> s.length() < 400 && !s.contains("\n")), p.toString());
  }
}
