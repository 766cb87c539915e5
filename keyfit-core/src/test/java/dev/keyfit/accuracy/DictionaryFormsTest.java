package dev.keyfit.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keyfit.Fixtures;
import dev.keyfit.Keyfit;
import dev.keyfit.keywords.Guard;
import dev.keyfit.keywords.Term;
import dev.keyfit.match.Evidence;
import dev.keyfit.match.Match;
import dev.keyfit.nlp.Section;
import dev.keyfit.testing.Stages;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every name and alias in the shipped dictionary must find its own term: a property of the data and
 * of the tokenizer agreeing on both sides. Each form is written on a line of its own in a skills
 * list; a guarded form gets what its guard asks for (its section, or a context word).
 */
class DictionaryFormsTest {

  private record Probe(Term term, String form, int line) {}

  @Test
  void everyFormFindsItsOwnTerm() throws Exception {
    Keyfit keyfit = Keyfit.create();
    List<String> lines = new ArrayList<>();
    List<Probe> probes = new ArrayList<>();
    for (Term term : keyfit.dictionary().terms()) {
      for (String form : term.forms()) {
        Guard guard = term.guard();
        boolean guarded = guard != null && guard.appliesTo(form) && guard.needsConfirmation();
        if (guarded && !guard.sections().isEmpty() && !guard.sections().contains(Section.SKILLS)) {
          lines.add(
              new TreeSet<>(guard.sections().stream().map(Section::id).toList())
                  .first()
                  .toUpperCase());
        } else {
          lines.add("SKILLS");
        }
        String context =
            guarded && guard.sections().isEmpty()
                ? " " + new TreeSet<>(guard.context()).first()
                : "";
        lines.add("Daily work: " + form + context + "; more.");
        probes.add(new Probe(term, form, lines.size()));
      }
    }
    List<Match> matches =
        Stages.of(keyfit)
            .matcher()
            .match(Stages.of(keyfit).annotate(Fixtures.text(lines.toArray(String[]::new))));
    Set<String> found = new HashSet<>();
    for (Match m : matches) {
      for (Evidence e : m.evidence()) {
        found.add(m.id() + "@" + e.line());
      }
    }
    List<String> failures =
        probes.stream()
            .filter(p -> !found.contains(p.term().id() + "@" + p.line()))
            .map(p -> p.term().id() + " <- '" + p.form() + "'")
            .toList();
    assertEquals(List.of(), failures, failures.size() + " forms do not find their term");
  }
}
