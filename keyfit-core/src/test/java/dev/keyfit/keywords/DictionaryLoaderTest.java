package dev.keyfit.keywords;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictionaryLoaderTest {

  @TempDir Path dir;

  private Path copySmallDictionary() throws IOException {
    Path source = Fixtures.KIT.resolve("dev/keyfit/small-dictionary");
    try (var walk = Files.walk(source)) {
      for (Path p : walk.toList()) {
        Path target = dir.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return dir;
  }

  private List<String> problemsAfterWriting(String path, String yaml) throws IOException {
    copySmallDictionary();
    Files.writeString(dir.resolve(path), yaml);
    DictionaryException e =
        assertThrows(DictionaryException.class, () -> DictionaryLoader.fromDirectory(dir));
    return e.problems();
  }

  @Test
  void loadsTermsSortedByIdWithProfilesAndLists() {
    Dictionary d = Fixtures.smallDictionary();
    List<String> ids = d.terms().stream().map(Term::id).toList();
    assertEquals(ids.stream().sorted().toList(), ids);
    assertEquals(3, d.term("kubernetes").orElseThrow().tpmWeight());
    assertEquals(20, d.profile(Role.TPM).categories().get(Category.TOOLS).weight());
    assertEquals(3, d.lists().weakOpeners().size());
  }

  @Test
  void duplicateIdsAreReported() throws IOException {
    List<String> problems =
        problemsAfterWriting(
            "terms/kpis.yaml",
            """
        category: kpis
        terms:
          - {id: agile, name: Agile KPI, weight: {pm: 1, tpm: 1}, statements: [x]}
        """);
    assertTrue(
        problems.stream()
            .anyMatch(p -> p.contains("claimed by two terms") || p.contains("duplicate")),
        problems.toString());
  }

  @Test
  void anAliasClaimedByTwoTermsIsReported() throws IOException {
    List<String> problems =
        problemsAfterWriting(
            "terms/kpis.yaml",
            """
        category: kpis
        terms:
          - {id: kube-kpi, name: Kube KPI, aliases: [K8S], weight: {pm: 1, tpm: 1}, statements: [x]}
        """);
    assertEquals(
        List.of("alias 'k8s' is claimed by two terms: 'kube-kpi' and 'kubernetes'"), problems);
  }

  @Test
  void familiesAreReadAsOneIdOrAList() throws IOException, DictionaryException {
    copySmallDictionary();
    Files.writeString(
        dir.resolve("terms/kpis.yaml"),
        """
        category: kpis
        terms:
          - {id: mysql-kpi, name: MySQL KPI, family: sql-kpis, weight: {pm: 1, tpm: 1}, statements: [x]}
          - {id: pg-kpi, name: PG KPI, family: [sql-kpis, other-kpis], weight: {pm: 1, tpm: 1}, statements: [x]}
          - {id: other-kpi, name: Other KPI, family: [other-kpis], weight: {pm: 1, tpm: 1}, statements: [x]}
        """);
    Dictionary d = DictionaryLoader.fromDirectory(dir);
    assertEquals(List.of("sql-kpis"), d.term("mysql-kpi").orElseThrow().family());
    assertEquals(List.of("sql-kpis", "other-kpis"), d.term("pg-kpi").orElseThrow().family());
    assertTrue(d.term("pg-kpi").orElseThrow().relatedTo(d.term("mysql-kpi").orElseThrow()));
    assertTrue(d.term("other-kpi").orElseThrow().relatedTo(d.term("pg-kpi").orElseThrow()));
  }

  @Test
  void aFamilyOfOneTermOrABadFamilyIdIsReported() throws IOException {
    List<String> problems =
        problemsAfterWriting(
            "terms/kpis.yaml",
            """
        category: kpis
        terms:
          - {id: lone-kpi, name: Lone KPI, family: [lonely], weight: {pm: 1, tpm: 1}, statements: [x]}
          - {id: bad-kpi, name: Bad KPI, family: [Bad Family], weight: {pm: 1, tpm: 1}, statements: [x]}
        """);
    assertTrue(
        problems.contains(
            "family 'lonely' has only the term 'lone-kpi'; a family links two or more sibling terms"),
        problems.toString());
    assertTrue(
        problems.stream().anyMatch(p -> p.contains("family 'Bad Family' must be lower-kebab-case")),
        problems.toString());
  }

  @Test
  void unknownCategoriesAreReported() throws IOException {
    List<String> problems =
        problemsAfterWriting("terms/kpis.yaml", "category: gadgets\nterms: []\n");
    assertTrue(
        problems.get(0).startsWith("terms/kpis.yaml: unknown category 'gadgets'"),
        problems.toString());
  }

  @Test
  void missingStatementsAndBadWeightsAreReported() throws IOException {
    List<String> problems =
        problemsAfterWriting(
            "terms/kpis.yaml",
            """
        category: kpis
        terms:
          - {id: uptime, name: Uptime, weight: {pm: 1, tpm: 1}}
          - {id: velocity, name: Velocity, weight: {pm: 5}, statements: [x]}
        """);
    assertTrue(
        problems.contains("terms/kpis.yaml: term 'uptime' needs at least one statement"),
        problems.toString());
    assertTrue(
        problems.contains("terms/kpis.yaml: term 'velocity' needs weight {pm: 0-3, tpm: 0-3}"),
        problems.toString());
  }

  @Test
  void unknownFieldsAreReportedWithTheirLine() throws IOException {
    List<String> problems =
        problemsAfterWriting(
            "terms/kpis.yaml",
            """
        category: kpis
        terms:
          - id: uptime
            name: Uptime
            wieght: {pm: 1, tpm: 1}
        """);
    assertTrue(
        problems.get(0).matches("terms/kpis\\.yaml line \\d+: unknown field \"wieght\".*"),
        problems.toString());
  }

  @Test
  void badYamlIsReportedNotThrown() throws IOException {
    List<String> problems = problemsAfterWriting("terms/kpis.yaml", "category: [unclosed\n");
    assertTrue(problems.get(0).startsWith("terms/kpis.yaml line"), problems.toString());
  }

  @Test
  void aMissingDirectoryIsOneClearProblem() {
    DictionaryException e =
        assertThrows(DictionaryException.class, () -> DictionaryLoader.load(dir.resolve("nope")));
    assertTrue(e.problems().get(0).endsWith("not a directory of dictionary files"));
  }

  @Test
  void aUserFileReplacesTheFileAtTheSamePath() throws IOException, DictionaryException {
    copySmallDictionary();
    Files.writeString(
        dir.resolve("terms/certifications.yaml"),
        """
        category: certifications
        terms:
          - {id: prince2, name: PRINCE2, weight: {pm: 3, tpm: 1}, statements: ["Certified PRINCE2 Practitioner"]}
        """);
    Dictionary d = DictionaryLoader.fromDirectory(dir);
    assertTrue(d.term("prince2").isPresent());
    assertTrue(d.term("pmp").isEmpty());
  }

  @Test
  void matchModesAndWordSetsLoad() throws Exception {
    copySmallDictionary();
    Files.createDirectories(dir.resolve("lists"));
    Files.writeString(dir.resolve("lists/word-sets.yaml"), "sets:\n  prep: [prep, boot camp]\n");
    Files.writeString(
        dir.resolve("terms/kpis.yaml"),
        """
        category: kpis
        terms:
          - id: uptime
            name: Uptime
            aliases: [availability]
            weight: {pm: 1, tpm: 1}
            match: {mode: exact, case: [Uptime]}
            guard: {notNear: ["@prep"]}
            statements: [x]
        """);
    Term t = DictionaryLoader.fromDirectory(dir).term("uptime").orElseThrow();
    assertEquals(MatchMode.CASE, t.match().modeOf("Uptime"));
    assertEquals(MatchMode.EXACT, t.match().modeOf("availability"));
    assertEquals(java.util.Set.of("prep", "boot camp"), t.guard().notNear());
  }

  @Test
  void aMatchModeForAFormTheTermDoesNotHaveIsReported() throws IOException {
    List<String> problems =
        problemsAfterWriting(
            "terms/kpis.yaml",
            """
        category: kpis
        terms:
          - {id: uptime, name: Uptime, weight: {pm: 1, tpm: 1}, match: {case: [Uptme]}, statements: [x]}
        """);
    assertTrue(
        problems.stream().anyMatch(p -> p.contains("'uptme', which is not one of its forms")),
        problems.toString());
  }

  @Test
  void anUnknownMatchModeOrWordSetIsReported() throws IOException {
    List<String> problems =
        problemsAfterWriting(
            "terms/kpis.yaml",
            """
        category: kpis
        terms:
          - {id: uptime, name: Uptime, weight: {pm: 1, tpm: 1}, match: {mode: fuzzy},
             guard: {context: ["@nosuchset"]}, statements: [x]}
        """);
    assertTrue(
        problems.stream().anyMatch(p -> p.contains("match mode 'fuzzy'")), problems.toString());
    assertTrue(
        problems.stream().anyMatch(p -> p.contains("'@nosuchset' is not in lists/word-sets.yaml")),
        problems.toString());
  }
}
