package dev.keyfit.score;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.Fixtures;
import dev.keyfit.nlp.AnnotatedResume;
import dev.keyfit.testing.Stages;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiteralSearchTest {

  private static LiteralSearch of(String... lines) {
    AnnotatedResume resume = Stages.of(Fixtures.smallKeyfit()).annotate(Fixtures.text(lines));
    return new LiteralSearch(resume);
  }

  @Test
  void findsThePhraseAsWrittenCaseAside() {
    LiteralSearch s = of("Ran 12 postgresql databases", "Skills: C++, .NET, CI/CD");
    assertTrue(s.finds("PostgreSQL"));
    assertTrue(s.finds("C++"));
    assertTrue(s.finds(".NET"));
    assertTrue(s.finds("CI-CD"));
  }

  @Test
  void anotherFormOrAPartOfAWordIsNotFound() {
    LiteralSearch s = of("Ran 12 Postgres databases and MySQL", "Problem solving, CKAD");
    assertFalse(s.finds("PostgreSQL"));
    assertFalse(s.finds("SQL"));
    assertFalse(s.finds("CKA"));
    assertTrue(s.finds("problem-solving"));
    assertTrue(s.findsAny(List.of("CKA", "CKAD")));
  }
}
