package dev.keyfit.match;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Names other trades and institutions use for something else, and long forms an acronym is defined
 * with.
 */
class OtherTradesNamesTest {

  private static boolean found(String id, String... lines) {
    return BuiltInMatches.of(lines).containsKey(id);
  }

  @Test
  void aWeldingProcessListNamesTheWeldingSociety() {
    assertFalse(
        found(
            "aws",
            "CERTIFICATIONS",
            "Basic/SMAW/Semi-Automatic Welding Certificate *Basic/SMAW/Semi-Automatic/AWS"));
  }

  @Test
  void aSchoolNamedNewmanIsNotThePostmanRunner() {
    assertFalse(found("postman", "EDUCATION", "A Levels 1992 Cardinal Newman R.C. School"));
    assertTrue(found("postman", "EXPERIENCE", "- Ran Newman API test collections in CI"));
  }

  @Test
  void itilDefinedByItsLongFormCounts() {
    assertTrue(
        found(
            "itil",
            "CERTIFICATIONS",
            "Information Technology Infrastructure Library (ITIL) Foundation Certification"));
  }
}
