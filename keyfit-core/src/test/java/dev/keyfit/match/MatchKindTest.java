package dev.keyfit.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.keywords.Category;
import dev.keyfit.keywords.Term;
import dev.keyfit.nlp.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatchKindTest {

  private static Term term(String id, String name, List<String> family) {
    return new Term(
        id,
        name,
        Category.TOOLS,
        List.of("Postgres"),
        false,
        0,
        2,
        null,
        List.of("x"),
        family,
        null);
  }

  private static Evidence line(String words) {
    return new Evidence(3, "Ran " + words + " at scale", Section.EXPERIENCE, false, words);
  }

  @Test
  void theNameAsWrittenIsExactWhateverTheCaseOrSeparator() {
    assertEquals(MatchKind.EXACT, MatchKind.of("postgresql", List.of("PostgreSQL")));
    assertEquals(MatchKind.EXACT, MatchKind.of("CI-CD", List.of("CI/CD")));
    assertEquals(
        MatchKind.EXACT,
        MatchKind.of("Google  Cloud\u00a0Platform", List.of("Google Cloud Platform")));
  }

  @Test
  void wordsThatContainTheNameAreExact() {
    assertEquals(MatchKind.EXACT, MatchKind.of("Jira dashboards", List.of("Jira")));
    assertEquals(MatchKind.EXACT, MatchKind.of("Agile delivery", List.of("Agile")));
    assertEquals(MatchKind.VARIANT, MatchKind.of("Jiras", List.of("Jira")));
  }

  @Test
  void anotherFormOfTheTermIsAVariant() {
    assertEquals(MatchKind.VARIANT, MatchKind.of("Postgres", List.of("PostgreSQL")));
    assertEquals(
        MatchKind.VARIANT, MatchKind.of("managed stakeholders", List.of("Stakeholder management")));
    assertEquals(MatchKind.VARIANT, MatchKind.of("Budget", List.of("Budget management")));
    assertEquals(MatchKind.VARIANT, MatchKind.of("", List.of("PostgreSQL")));
  }

  @Test
  void aMatchIsExactWhenAnyLineHasTheNameAndVariantOtherwise() {
    Term pg = term("postgresql", "PostgreSQL", List.of());
    assertEquals(MatchKind.VARIANT, new Match(pg, 1, List.of(line("Postgres"))).kind());
    assertEquals(
        MatchKind.EXACT, new Match(pg, 2, List.of(line("Postgres"), line("PostgreSQL"))).kind());
    assertEquals(
        List.of("Postgres", "PostgreSQL"),
        new Match(pg, 2, List.of(line("Postgres"), line("PostgreSQL"))).words());
  }

  @Test
  void thePostingsOwnWordsMakeAMatchExact() {
    Term pg = term("postgresql", "PostgreSQL", List.of());
    assertEquals(
        MatchKind.EXACT, new Match(pg, 1, List.of(line("Postgres"))).kind(List.of("Postgres")));
  }

  @Test
  void siblingsShareAFamilyAndATermIsNotItsOwnSibling() {
    Term pg = term("postgresql", "PostgreSQL", List.of("relational-databases"));
    Term mysql = term("mysql", "MySQL", List.of("relational-databases"));
    Term redis = term("redis", "Redis", List.of("caches"));
    assertTrue(pg.relatedTo(mysql));
    assertTrue(mysql.relatedTo(pg));
    assertFalse(pg.relatedTo(pg));
    assertFalse(pg.relatedTo(redis));
    assertFalse(pg.relatedTo(null));
  }

  @Test
  void aTermWithoutFamilyHasNoSiblings() {
    Term a = new Term("a", "A", Category.TOOLS, List.of(), false, 0, 1, null, List.of("x"));
    assertEquals(List.of(), a.family());
    assertFalse(a.relatedTo(term("b", "B", List.of())));
  }
}
