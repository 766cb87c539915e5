package dev.keyfit.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A credential counts when the resume names the credential, not a course towards it. */
class CredentialMatchingTest {

  private static boolean found(String id, String... lines) {
    return BuiltInMatches.of(lines).containsKey(id);
  }

  @Test
  void versionedAndDecoratedNamesOfRealCredentialsCount() {
    assertTrue(found("pmp", "CERTIFICATIONS", "PMP®"));
    assertTrue(found("csm", "CERTIFICATIONS", "CSM (Certified ScrumMaster)"));
    assertTrue(
        found(
            "aws-solutions-architect",
            "CERTIFICATIONS",
            "AWS Certified Solutions Architect – Associate (SAA-C03)"));
    assertTrue(found("itil-certification", "CERTIFICATIONS", "ITIL 4 Foundation"));
  }

  @Test
  void aCredentialOnTheWayIsNotHeld() {
    assertFalse(found("pmp", "CERTIFICATIONS", "PMP-ready"));
    assertFalse(found("capm", "CERTIFICATIONS", "CAPM candidate"));
    assertFalse(found("pmp", "CERTIFICATIONS", "Pursuing PMP certification"));
    assertFalse(found("pmp", "CERTIFICATIONS", "PMP (in progress)"));
    assertFalse(
        found(
            "pmp",
            "EDUCATION",
            "Project Management Professional (PMP) Certification Exam Camp, 2016"));
    assertTrue(found("pmp", "CERTIFICATIONS", "PMP, Project Management Institute, 2019"));
  }

  @Test
  void reorderedCredentialNamesCount() {
    assertTrue(found("csm", "CERTIFICATIONS", "Scrum Master Certified (Scrum Alliance)"));
  }

  @Test
  void prepCoursesAreNotTheCredential() {
    assertFalse(found("pmp", "EDUCATION", "PMP exam prep, 2021"));
    assertFalse(found("pmp", "EDUCATION", "PMP boot camp, Acme Training"));
    assertFalse(found("pmp", "EDUCATION", "35 contact hours toward PMP"));
    assertFalse(
        found("pmp", "EDUCATION", "Project Management Professional exam preparation course"));
  }

  @Test
  void aCertificateProgrammeNamedAfterACredentialIsNotIt() {
    assertFalse(
        found("six-sigma-green-belt", "EDUCATION", "Six Sigma Green Belt certificate program"));
  }

  @Test
  void aCredentialNamedAfterItsBracketedAcronymIsTheCredential() {
    Match agilist =
        BuiltInMatches.of("EDUCATION", "Scaled Agile Framework (SAFe) 4 Agilist certification")
            .get("safe-agilist");
    assertEquals("(SAFe) 4 Agilist", agilist.evidence().get(0).words(), "the resume's own words");
    assertTrue(
        found(
            "itil-certification",
            "CERTIFICATIONS",
            "Information Technology Infrastructure Library (ITIL) Foundation Certification"));
    assertFalse(
        found("safe-agilist", "EDUCATION", "Scaled Agile Framework (SAFe) 4 Agilist prep course"),
        "a prep course is still not the credential");
  }
}
