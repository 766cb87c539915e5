package dev.keyfit.score;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.AnalysisOptions;
import dev.keyfit.keywords.Term;
import dev.keyfit.testing.TestKeyfit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An audit of every term in the built-in dictionary, through the real pipeline: a PM posting that
 * asks for the term by its canonical name on a requirement line ("- Experience with Jenkins") has
 * the term among its terms, so the report says whether the resume has it; a term the posting names
 * must never fall back to an unknown word (resume guards that need context do not apply to what a
 * posting requires).
 */
class PostingTermAuditTest {

  @TempDir Path dir;

  @Test
  void everyTermAPostingRequiresByNameIsThePostingsTerm() throws Exception {
    Path resume =
        Files.writeString(
            dir.resolve("resume.txt"),
            "Jordan Lee\nProject Manager\n\nExperience\n"
                + "Project Manager, Northwind Systems, 2017 - 2024\n- Led 6 projects\n");
    List<String> unread = new ArrayList<>();
    List<Term> terms = TestKeyfit.dictionary().terms();
    int audited = 0;
    for (Term term : terms) {
      if (term.guard() != null
          && !term.guard().context().isEmpty()
          && !term.guard().sections().contains(dev.keyfit.nlp.Section.SKILLS)) {
        continue;
      }
      audited++;
      Path posting =
          Files.writeString(
              dir.resolve("posting.txt"),
              "Senior Technical Project Manager\n\nRequirements\n- Experience with "
                  + term.name()
                  + "\n");
      JobMatch job =
          TestKeyfit.standard()
              .analyze(resume, AnalysisOptions.defaults().withJobPosting(posting))
              .assessment()
              .jobMatch();
      if (job.terms().stream().noneMatch(t -> t.term().id().equals(term.id()))) {
        unread.add(term.id() + " ('" + term.name() + "')");
      }
    }
    assertTrue(terms.size() > 600, "terms audited: " + terms.size());
    assertTrue(
        unread.isEmpty(),
        unread.size()
            + " of "
            + terms.size()
            + " not read from the posting:\n"
            + String.join("\n", unread));
  }
}
