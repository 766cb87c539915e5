package dev.keyfit.score;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.AnalysisOptions;
import dev.keyfit.keywords.Term;
import dev.keyfit.match.MatchKind;
import dev.keyfit.testing.TestKeyfit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An audit of every family in the built-in dictionary, through the real pipeline: for each member,
 * a resume that names it (by its canonical name, in a PM's experience bullet) against a posting
 * that asks for each of its siblings, one requirement per line. No sibling may be credited as the
 * posting's term, whatever the family ({@link SiblingFoldingTest} has the hand-written pairs).
 */
class FamilyPairAuditTest {

  @TempDir Path dir;

  @Test
  void noFamilyMemberIsEverCreditedAsOneOfItsSiblings() throws Exception {
    Map<String, List<Term>> families = new TreeMap<>();
    for (Term term : TestKeyfit.dictionary().terms()) {
      for (String family : term.family()) {
        families.computeIfAbsent(family, f -> new ArrayList<>()).add(term);
      }
    }
    List<String> folded = new ArrayList<>();
    int pairs = 0;
    for (Map.Entry<String, List<Term>> family : families.entrySet()) {
      for (Term have : family.getValue()) {
        List<Term> asked =
            family.getValue().stream().filter(t -> t != have).collect(Collectors.toList());
        JobMatch job = scan(have, asked);
        for (Term sibling : asked) {
          pairs++;
          for (JobMatch.PostingTerm t : job.terms()) {
            if (t.term().id().equals(sibling.id())
                && (t.credit() > 0
                    || t.kind() == MatchKind.EXACT
                    || t.kind() == MatchKind.VARIANT)) {
              folded.add(
                  family.getKey()
                      + ": the resume's "
                      + have.name()
                      + " credited as "
                      + sibling.name()
                      + " ("
                      + t.kind()
                      + ", resume words "
                      + t.resumeWords()
                      + ")");
            }
          }
        }
      }
    }
    assertTrue(pairs > 1000, "pairs audited: " + pairs);
    assertTrue(
        folded.isEmpty(),
        folded.size() + " folded of " + pairs + ":\n" + String.join("\n", folded));
  }

  private JobMatch scan(Term have, List<Term> asked) throws Exception {
    String resume =
        "Jordan Lee\nTechnical Project Manager\n\nExperience\n"
            + "Technical Project Manager, Northwind Systems, 2017 - 2024\n"
            + "- Led 6 projects using "
            + have.name()
            + " across 4 teams, cutting cost by 20%\n\n"
            + "Education\nB.A. History, State University, 2016\n";
    String posting =
        "Senior Technical Project Manager\n\nRequirements\n"
            + asked.stream()
                .map(t -> "- Experience with " + t.name() + "\n")
                .collect(Collectors.joining());
    Path r = Files.writeString(dir.resolve("resume.txt"), resume);
    Path p = Files.writeString(dir.resolve("posting.txt"), posting);
    return TestKeyfit.standard()
        .analyze(r, AnalysisOptions.defaults().withJobPosting(p))
        .assessment()
        .jobMatch();
  }
}
