package dev.keyfit.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.keyfit.AnalysisOptions;
import dev.keyfit.Fixtures;
import dev.keyfit.Keyfit;
import dev.keyfit.match.Match;
import dev.keyfit.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the shipped dictionary and matcher on the labelled resumes in {@code
 * src/test/resources/labelled/}: recall of the terms each must find, and false positives on the
 * traps each sets (Monday through Friday, Dr. Jenkins, rally the team, go live, ...). The figures
 * are printed for the README; the test fails below recall 0.95 or on any trap matched.
 */
class LabelledSetTest {

  record Expected(List<String> mustFind, List<String> mustNotFind, String bestFit) {}

  record Outcome(
      String name,
      int expected,
      int found,
      List<String> missed,
      List<String> traps,
      String wantedFit,
      String fit) {}

  private static Keyfit keyfit;

  @BeforeAll
  static void load() throws Exception {
    keyfit = Keyfit.create();
  }

  static List<Outcome> run() throws Exception {
    Path dir = Fixtures.resource("/labelled");
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    List<Outcome> outcomes = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path text : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String name = text.getFileName().toString().replace(".txt", "");
        Expected expected =
            yaml.readValue(dir.resolve(name + ".expected.yaml").toFile(), Expected.class);
        Report report = keyfit.analyze(text, AnalysisOptions.defaults());
        Set<String> found =
            report.assessment().matches().stream().map(Match::id).collect(Collectors.toSet());
        List<String> missed =
            expected.mustFind().stream().filter(id -> !found.contains(id)).sorted().toList();
        List<String> traps =
            expected.mustNotFind().stream().filter(found::contains).sorted().toList();
        String fit = report.assessment().bestFit().map(r -> r.id()).orElse("none");
        outcomes.add(
            new Outcome(
                name,
                expected.mustFind().size(),
                expected.mustFind().size() - missed.size(),
                missed,
                traps,
                expected.bestFit(),
                fit));
      }
    }
    return outcomes;
  }

  @Test
  void recallIsAtLeast95PercentAndNoTrapMatches() throws Exception {
    List<Outcome> outcomes = run();
    assertTrue(outcomes.size() >= 10, "the labelled set has at least 10 resumes");
    int expected = outcomes.stream().mapToInt(Outcome::expected).sum();
    int found = outcomes.stream().mapToInt(Outcome::found).sum();
    double recall = (double) found / expected;
    StringBuilder table =
        new StringBuilder("\nresume | expected | found | missed | traps matched\n");
    outcomes.forEach(
        o ->
            table
                .append(o.name())
                .append(" | ")
                .append(o.expected())
                .append(" | ")
                .append(o.found())
                .append(" | ")
                .append(o.missed())
                .append(" | ")
                .append(o.traps())
                .append('\n'));
    table.append(String.format("overall recall %.3f (%d of %d)%n", recall, found, expected));
    System.out.println(table);
    Set<String> traps = new TreeSet<>();
    outcomes.forEach(o -> o.traps().forEach(t -> traps.add(o.name() + ":" + t)));
    assertEquals(Set.of(), traps, "trap false positives" + table);
    assertTrue(recall >= 0.95, "recall " + recall + table);
  }

  @Test
  void bestFitIsTheLabelledRole() throws Exception {
    List<String> wrong =
        run().stream()
            .filter(o -> o.wantedFit() != null && !o.wantedFit().equals(o.fit()))
            .map(o -> o.name() + ": " + o.fit() + " instead of " + o.wantedFit())
            .toList();
    assertEquals(List.of(), wrong);
  }

  @Test
  void everyLabelledIdExistsInTheDictionary() throws IOException {
    Path dir = Fixtures.resource("/labelled");
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".expected.yaml")).sorted().toList()) {
        Expected e = yaml.readValue(p.toFile(), Expected.class);
        for (String id : Stream.concat(e.mustFind().stream(), e.mustNotFind().stream()).toList()) {
          assertTrue(
              keyfit.dictionary().term(id).isPresent(), p.getFileName() + ": unknown id " + id);
        }
      }
    }
  }
}
