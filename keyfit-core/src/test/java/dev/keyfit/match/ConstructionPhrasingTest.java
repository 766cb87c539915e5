package dev.keyfit.match;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * How construction and engineering project managers write the practices: "estimating" for cost
 * estimating, "permits" for permitting, bids solicited and reviewed for procurement, a safety
 * record as accidents avoided.
 */
class ConstructionPhrasingTest {

  private static boolean found(String id, String... lines) {
    return BuiltInMatches.of(lines).containsKey(id);
  }

  @Test
  void estimatingOnAConstructionResumeIsCostEstimation() {
    assertTrue(
        found(
            "cost-estimation",
            "EXPERIENCE",
            "- Assisted in estimating, cost analysis and value engineering for the owner"));
    assertTrue(found("cost-estimation", "SKILLS", "Project estimation and bidding"));
    assertTrue(
        found(
            "cost-estimation",
            "EXPERIENCE",
            "- Developed SOWs and the basis of estimate for each upgrade project"));
    assertTrue(
        found("cost-estimation", "EXPERIENCE", "- Estimated electric projects worth up to $2M"));
  }

  @Test
  void estimatingWhatToBuyIsNotCostEstimation() {
    assertFalse(
        found(
            "cost-estimation",
            "EXPERIENCE",
            "- Reduced food costs by 12% by expertly estimating purchasing needs"));
    assertFalse(
        found("cost-estimation", "EXPERIENCE", "- Hosted an estimated 500 guests at the gala"));
  }

  @Test
  void permitsOnABuildingJobArePermitting() {
    assertTrue(
        found(
            "permitting",
            "EXPERIENCE",
            "- Arranged county inspections, reviewed permits, submittals and change orders"));
    assertTrue(
        found(
            "permitting",
            "EXPERIENCE",
            "- Coordinated plans to ensure compliance with permitting and regulatory agencies"));
  }

  @Test
  void aPossessiveBeforePermittingMakesItANoun() {
    assertTrue(
        found(
            "permitting",
            "EXPERIENCE",
            "- Guided contractors through the City's permitting and inspection requirements"));
    assertTrue(
        found(
            "permitting",
            "EXPERIENCE",
            "- Tracked the county’s permitting for 12 sites and their zoning reviews"));
  }

  @Test
  void weatherPermittingWorkPermitsAndLicencesAreNotPermitting() {
    assertFalse(
        found("permitting", "EXPERIENCE", "- Poured the slab on Friday, weather permitting"));
    assertFalse(
        found(
            "permitting",
            "EXPERIENCE",
            "- Arranged invitation letters and work permits for visa processing of engineers"));
    assertFalse(
        found("permitting", "EDUCATION", "Child Development Site Supervisor's Permit, 2012"));
    assertFalse(
        found("permitting", "EXPERIENCE", "- The new portal permits contractors to upload files"));
  }

  @Test
  void procuredPermitsArePermittingNotProcurement() {
    var found =
        BuiltInMatches.of(
            "EXPERIENCE", "- Procured permits from the City of Chicago Building Department");
    assertTrue(found.containsKey("permitting"));
    assertFalse(found.containsKey("procurement"));
  }

  @Test
  void bidsSolicitedReviewedAndEvaluatedAreProcurement() {
    assertTrue(
        found(
            "procurement",
            "EXPERIENCE",
            "- Partner with architects to solicit bids for construction and design"));
    assertTrue(
        found(
            "procurement",
            "EXPERIENCE",
            "- Completed sub prequalification, bid review and post bid interviews"));
    assertTrue(
        found(
            "procurement",
            "EXPERIENCE",
            "- Selected subcontractors by evaluating bids and qualifying them"));
    assertTrue(
        found(
            "procurement",
            "EXPERIENCE",
            "- Assisted with value engineering and material sourcing for the interiors package"));
  }

  @Test
  void accidentsAvoidedAreASafetyRecord() {
    assertTrue(
        found(
            "safety-metrics",
            "EXPERIENCE",
            "- Maintained zero site accidents and lost work days for 1.5 years"));
    assertTrue(
        found(
            "safety-metrics",
            "EXPERIENCE",
            "- Supervised the bridge crews with over 100,000 manhours accident free"));
    assertTrue(
        found(
            "safety-metrics",
            "EXPERIENCE",
            "- Started an onsite safety program, decreasing injuries by 95%"));
  }

  @Test
  void qualityChecksAndInspectionsAreQualityAssurance() {
    assertTrue(
        found(
            "quality-assurance",
            "SUMMARY",
            "Effective quality checking of final deliveries on every project"));
    assertTrue(
        found(
            "quality-assurance",
            "SUMMARY",
            "Familiar with SOW, redlining, quality inspections and vendor management"));
  }

  @Test
  void contractCoordinationIsContractManagement() {
    assertTrue(found("contract-management", "SKILLS", "Contract coordination"));
  }

  @Test
  void balancingResourcesIsResourceAllocation() {
    assertTrue(
        found(
            "resource-allocation",
            "EXPERIENCE",
            "- Analyzed schedules and made resource balancing revisions"));
  }

  @Test
  void mitigationMeasuresAreRiskManagement() {
    assertTrue(
        found(
            "risk-management",
            "EXPERIENCE",
            "- Alerted project management to unforeseen variation and suggested mitigation measures"));
  }
}
