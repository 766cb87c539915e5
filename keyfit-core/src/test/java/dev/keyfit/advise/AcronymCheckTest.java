package dev.keyfit.advise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keyfit.keywords.Category;
import dev.keyfit.keywords.Term;
import dev.keyfit.match.Match;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The acronym check reads a resume's words once and looks each term's acronym and long form up in
 * them before running its pattern: these pin the pattern's edges, which the look-up must not move.
 */
class AcronymCheckTest {

  private static final Term PMP = term("pmp", "PMP", List.of("Project Management Professional"));
  private static final Term RND = term("rnd", "R&D", List.of("Research and Development"));
  private static final AcronymCheck CHECK = new AcronymCheck(List.of(PMP, RND));

  private static Term term(String id, String name, List<String> aliases) {
    return new Term(id, name, Category.CERTIFICATIONS, aliases, false, 1, 1, null, List.of());
  }

  private static Check.Status status(String text, Term term) {
    return CHECK.run(text, List.of(new Match(term, 1, List.of()))).status();
  }

  @Test
  void bothFormsPassWhateverTheLongFormsCaseAndSpacing() {
    assertEquals(Check.Status.PASS, status("PMP, project MANAGEMENT\n professional", PMP));
  }

  @Test
  void acronymInsideALongerWordDoesNotCount() {
    assertEquals(Check.Status.WARN, status("PMPs and xPMP; Project Management Professional", PMP));
    assertEquals(Check.Status.WARN, status("PMP2 and Project Management Professional", PMP));
  }

  @Test
  void acronymBesidePunctuationCounts() {
    assertEquals(Check.Status.PASS, status("Project Management Professional (PMP).", PMP));
  }

  @Test
  void acronymWithAnAmpersandIsFoundWhole() {
    assertEquals(Check.Status.PASS, status("R&D: research and development", RND));
    assertEquals(Check.Status.WARN, status("R&Dx: research and development", RND));
  }

  @Test
  void longFormMustStartAndEndOnWordBoundaries() {
    assertEquals(Check.Status.WARN, status("PMP, preProject Management Professional", PMP));
    assertEquals(Check.Status.WARN, status("PMP, Project Management Professionals", PMP));
  }

  @Test
  void acronymInTheWrongCaseIsNotTheAcronym() {
    assertEquals(Check.Status.WARN, status("pmp and Project Management Professional", PMP));
  }

  @Test
  void nothingToPairPasses() {
    assertEquals(Check.Status.PASS, status("No certifications here.", PMP));
  }
}
