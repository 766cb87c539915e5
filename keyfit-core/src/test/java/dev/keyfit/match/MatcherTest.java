package dev.keyfit.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.Fixtures;
import dev.keyfit.Keyfit;
import dev.keyfit.nlp.Section;
import dev.keyfit.testing.Stages;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MatcherTest {

  private static Map<String, Match> match(String... lines) {
    Keyfit keyfit = Fixtures.smallKeyfit();
    List<Match> matches =
        Stages.of(keyfit).matcher().match(Stages.of(keyfit).annotate(Fixtures.text(lines)));
    return matches.stream().collect(Collectors.toMap(Match::id, Function.identity()));
  }

  @Test
  void aliasesAndAbbreviationsMeetTheirTerm() {
    Map<String, Match> m = match("Ran k8s clusters", "Planned in MS Project", "Kubernetes and EKS");
    assertEquals(3, m.get("kubernetes").count());
    assertTrue(m.containsKey("ms-project"));
  }

  @Test
  void slashHyphenAndSpelledOutFormsMeet() {
    Map<String, Match> m =
        match(
            "Built CI/CD",
            "and CI-CD",
            "and CI / CD",
            "continuous integration/continuous delivery");
    assertEquals(4, m.get("ci-cd").count());
  }

  @Test
  void inflectedAndReorderedVariantsMeetTheirTerm() {
    Map<String, Match> m =
        match("Managed stakeholders daily", "Mitigated risks early", "Stakeholder management");
    assertEquals(2, m.get("stakeholder-management").count());
    assertTrue(m.containsKey("risk-management"));
  }

  @Test
  void longestMatchWins() {
    Map<String, Match> m = match("Project management in Microsoft Project");
    assertTrue(m.containsKey("project-management"));
    assertTrue(m.containsKey("ms-project"));
    assertEquals(1, m.get("project-management").count());
  }

  @Test
  void jenkinsAsSurnameIsNotATool() {
    assertFalse(match("Reported to Dr. Jenkins weekly").containsKey("jenkins"));
    assertFalse(match("Jenkins family reunion").containsKey("jenkins"));
  }

  @Test
  void jenkinsBeforeToIsStillATool() {
    assertTrue(match("Moved the builds from Jenkins to GitLab CI").containsKey("jenkins"));
  }

  @Test
  void jenkinsBesideCiWordsIsATool() {
    assertTrue(match("Built the Jenkins pipeline for 12 services").containsKey("jenkins"));
    assertTrue(match("Jenkins CI").containsKey("jenkins"), "an unguarded alias needs no context");
  }

  @Test
  void guardedWordsInTheSkillsSectionCount() {
    assertTrue(match("SKILLS", "Jenkins").containsKey("jenkins"));
  }

  @Test
  void mondayThroughFridayIsNotMondayCom() {
    assertFalse(match("SKILLS", "Available Monday through Friday").containsKey("monday-com"));
    assertTrue(match("Built Monday boards for 4 teams").containsKey("monday-com"));
    assertTrue(match("Tracked work in Monday.com").containsKey("monday-com"));
  }

  @Test
  void goLiveIsNotTheGoLanguage() {
    assertFalse(match("Led the go live of the platform").containsKey("go-lang"));
    assertFalse(match("Led the Go live of the platform").containsKey("go-lang"));
    assertTrue(match("Languages: Go, Python, Java").containsKey("go-lang"));
    assertTrue(match("Wrote Golang services").containsKey("go-lang"));
  }

  @Test
  void rallyTheTeamIsNotRally() {
    assertFalse(match("Rally the team around the goal").containsKey("rally"));
    assertTrue(match("Tracked epics in Rally and Jira for agile teams").containsKey("rally"));
  }

  @Test
  void caseSensitiveAcronymsIgnoreOrdinaryWords() {
    assertFalse(match("Kept the site safe").containsKey("safe"));
    assertTrue(match("Adopted SAFe across 5 teams").containsKey("safe"));
  }

  @Test
  void evidenceKeepsLineSectionAndResult() {
    Map<String, Match> m =
        match(
            "EXPERIENCE",
            "• Migrated 40 services to k8s, cutting cost by 30%",
            "SKILLS",
            "Kubernetes");
    List<Evidence> evidence = m.get("kubernetes").evidence();
    assertEquals(2, evidence.size());
    assertEquals(2, evidence.get(0).line());
    assertEquals(Section.EXPERIENCE, evidence.get(0).section());
    assertTrue(evidence.get(0).measurable());
    assertEquals("Migrated 40 services to k8s, cutting cost by 30%", evidence.get(0).text());
    assertEquals(Section.SKILLS, evidence.get(1).section());
    assertFalse(evidence.get(1).measurable());
  }

  @Test
  void matchesNeverCrossLines() {
    assertFalse(match("Planned with MS", "Project boards").containsKey("ms-project"));
  }

  @Test
  void matchesAreSortedById() {
    List<Match> matches =
        Stages.of(Fixtures.smallKeyfit())
            .matcher()
            .match(
                Stages.of(Fixtures.smallKeyfit())
                    .annotate(Fixtures.text("PMP, Agile, k8s, CI/CD")));
    assertEquals(
        List.of("agile", "ci-cd", "kubernetes", "pmp"), matches.stream().map(Match::id).toList());
  }
}
