package dev.keyfit.match;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A form word the dictionary writes as a verb ({@code match: {verb: [...]}}) meets verbs, not the
 * nouns that share its stem.
 */
class VerbFormMatchingTest {

  private static boolean found(String id, String... lines) {
    return BuiltInMatches.of(lines).containsKey(id);
  }

  @Test
  void aManagementProgramIsNotManagedPrograms() {
    assertFalse(
        found(
            "program-management",
            "EXPERIENCE",
            "- Wrote the current SPC program and QC data collection and management program."));
  }

  @Test
  void managingProgramsIsProgramManagement() {
    assertTrue(
        found("program-management", "EXPERIENCE", "- Managing technical programs for 3 teams"));
    assertTrue(found("program-management", "EXPERIENCE", "- Managed programs across 4 sites"));
  }

  @Test
  void theNounBudgetInAKeywordDumpIsNotBudgeting() {
    assertFalse(
        found(
            "budget-management",
            "SKILLS",
            "Asp.net, Bootstrap, Budget, C#, Coding, Css, Database, Finance, Html, Invoice"));
    assertFalse(
        found(
            "budget-management",
            "EXPERIENCE",
            "- It is also used to track invoices charged back to the department budget."));
  }

  @Test
  void budgetingStillCountsAsAVerbOrInAList() {
    assertTrue(found("budget-management", "SKILLS", "Scheduling, Budgeting, Risk management"));
    assertTrue(found("budget-management", "EXPERIENCE", "- Budgeted $2M across 6 project teams"));
  }

  @Test
  void plainProjectManagementAndLedProjectsAreTheSkill() {
    assertTrue(
        found(
            "project-management", "SKILLS", "Project Management (Including Agile Methodologies)"));
    assertTrue(
        found("project-management", "EXPERIENCE", "- Led projects that included web development"));
    assertTrue(
        found("project-management", "EXPERIENCE", "- Responsible for managing digital projects"));
  }

  @Test
  void aProjectManagerTitleOrTheCredentialIsNotTheSkill() {
    assertFalse(found("project-management", "EXPERIENCE", "Project Manager, Acme Corp, 2016-2020"));
    assertFalse(
        found("project-management", "CERTIFICATIONS", "Project Management Professional (PMP)"));
  }

  @Test
  void managedCostProjectionsIsNotProjectManagement() {
    assertFalse(
        found(
            "project-management",
            "EXPERIENCE",
            "- Managed cost projections and monthly accruals for the plant"));
    assertFalse(
        found("project-management", "EXPERIENCE", "- Managing projections for 3 product lines"));
    assertTrue(
        found("project-management", "EXPERIENCE", "- Managed 3 concurrent software projects"));
    assertTrue(found("project-management", "EXPERIENCE", "- Managing 4 projects for the county"));
  }

  @Test
  void aPresentTenseBulletManagingProjectsIsProjectManagement() {
    assertTrue(found("project-management", "EXPERIENCE", "Manage projects/course development."));
    assertTrue(found("program-management", "EXPERIENCE", "- Manages programs for 3 agencies"));
    assertTrue(found("project-management", "SUMMARY", "I manage projects for local councils."));
    assertFalse(found("program-management", "EXPERIENCE", "- Management programs for 3 agencies"));
    assertFalse(
        found(
            "project-management",
            "EXPERIENCE",
            "Responsibilities grew from co-op student to lead project engineer for a small firm"));
    assertFalse(
        found("project-management", "EXPERIENCE", "Lead Project Engineer, Acme, 2015-2019"));
  }
}
