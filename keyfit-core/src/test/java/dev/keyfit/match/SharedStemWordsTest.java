package dev.keyfit.match;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A word that shares a term's stem is not the term when the term names it as written: each case
 * below was read in a real resume or posting (LiveCareer resumes, 2024 postings).
 */
class SharedStemWordsTest {

  private static boolean found(String id, String... lines) {
    return BuiltInMatches.of(lines).containsKey(id);
  }

  @Test
  void renewableEnergyAndLeaseRenewalsAreNotCustomerRetention() {
    assertFalse(
        found(
            "customer-retention",
            "EXPERIENCE",
            "- Monitored the operation of eleven Renewable Wind projects for the owner"));
    assertFalse(found("customer-retention", "EXPERIENCE", "- Managed all invoices and renewals."));
    assertTrue(
        found("customer-retention", "EXPERIENCE", "- Achieved a 100% customer renewal rate."));
  }

  @Test
  void initiativesAreProjectsAndInitialIsNoTrait() {
    assertFalse(
        found(
            "initiative",
            "EXPERIENCE",
            "- Reported to key stakeholders on business initiatives each quarter"));
    assertFalse(
        found(
            "initiative",
            "EXPERIENCE",
            "- Set up the company: initial preparation included research"));
    assertTrue(found("initiative", "SKILLS", "Initiative, Leadership, Planning"));
    assertTrue(
        found(
            "initiative", "EXPERIENCE", "- Took the initiative to rebuild the release checklist"));
  }

  @Test
  void analyticalSkillsAreNotDataAnalytics() {
    assertFalse(found("data-analytics", "SKILLS", "Strong analytical and organizational skills"));
    assertTrue(found("data-analytics", "SKILLS", "Data analytics, Tableau, SQL"));
  }

  @Test
  void aWorkEthicIsNotProfessionalEthics() {
    assertFalse(found("integrity", "SKILLS", "Strong work ethic"));
    assertTrue(found("integrity", "SKILLS", "Professional ethics, Stakeholder management"));
  }

  @Test
  void documentsRequiredAreNoRequirementsPractice() {
    assertFalse(
        found(
            "requirements-gathering",
            "EXPERIENCE",
            "- Liaised with logistics for the supporting documents required for each waybill"));
    assertFalse(
        found(
            "requirements-gathering",
            "EXPERIENCE",
            "- Handled the administrative duties that large-scale projects require."));
    assertFalse(
        found(
            "requirements-gathering",
            "EXPERIENCE",
            "- Gathered required tools and equipment for each task to increase efficiency."));
    assertTrue(
        found(
            "requirements-gathering",
            "EXPERIENCE",
            "- Worked on requirement analysis, design and testing of the claims portal"));
    assertTrue(
        found(
            "requirements-gathering",
            "EXPERIENCE",
            "- Gathered user requirements from 12 branch managers"));
  }

  @Test
  void aMultiMillionDollarProjectIsOneProject() {
    assertFalse(
        found(
            "program-management",
            "EXPERIENCE",
            "- Assisted 18 engineers working on multi-million dollar projects."));
    assertTrue(
        found(
            "program-management", "EXPERIENCE", "- Skilled at executing multi-projects on budget"));
  }

  @Test
  void implementingProjectsIsNotASystemImplementation() {
    assertFalse(
        found(
            "implementation",
            "EXPERIENCE",
            "- Develop and implement project standards to improve efficiency"));
    assertTrue(
        found(
            "implementation",
            "EXPERIENCE",
            "- Led 6 implementation projects for hospital clients"));
  }

  @Test
  void distributionSystemsAndFilingSystemsAreNoSystemDesign() {
    assertFalse(
        found(
            "system-design",
            "EXPERIENCE",
            "- Replaced custom designed power distribution systems with commercial units"));
    assertFalse(
        found(
            "system-design",
            "EXPERIENCE",
            "- Designed electronic file systems and maintained paper files."));
    assertTrue(found("system-design", "SKILLS", "Distributed systems, Kafka, gRPC"));
  }

  @Test
  void anAccountingManagerManagesNoClientAccounts() {
    assertFalse(found("client-management", "EXPERIENCE", "Accounting Manager, Acme, 2012 - 2016"));
    assertFalse(
        found(
            "client-management",
            "EXPERIENCE",
            "- Secured three new clients accounting for 65% of total revenue."));
    assertTrue(
        found("client-management", "EXPERIENCE", "Senior Account Manager, Acme, 2015 - 2020"));
    assertTrue(found("client-management", "SKILLS", "Client account management, CRM"));
  }

  @Test
  void inboundCallsAndABartenderOnCallAreNoIncidentRota() {
    assertFalse(
        found(
            "incident-management",
            "EXPERIENCE",
            "- Implemented a consultative selling approach on all inbound calls."));
    assertFalse(
        found("incident-management", "EXPERIENCE", "Bartender (On Call), Acme, 2019 - 2021"));
    assertFalse(
        found(
            "incident-management",
            "EXPERIENCE",
            "- Providing product support and training for remote field technicians."));
    assertTrue(
        found(
            "incident-management",
            "EXPERIENCE",
            "- Joined the on-call rotation for the payments platform and its database servers"));
  }

  @Test
  void listeningToMusicIsNoActiveListening() {
    assertFalse(found("active-listening", "SKILLS", "Hobbies: listening to music, dancing"));
    assertTrue(
        found(
            "active-listening",
            "EXPERIENCE",
            "- Listened to customer needs and preferences to recommend the right plan"));
  }

  @Test
  void observingAndExperimentalWorkIsNoTechnicalPractice() {
    assertFalse(
        found(
            "observability",
            "EXPERIENCE",
            "- Monitored urine output and observed appetite during feeding."));
    assertTrue(found("observability", "SKILLS", "Observability: Datadog, Prometheus, Grafana"));
    assertFalse(
        found(
            "ab-testing",
            "EXPERIENCE",
            "- Collected experimental data for analysis and interpreted yield results."));
    assertFalse(
        found(
            "architecture-reviews",
            "EXPERIENCE",
            "- Conducted detailed technical and analytical review of corporate tax returns"));
  }

  @Test
  void productQualityAndRequiredDocumentsShareStemsOnly() {
    assertFalse(
        found(
            "efficiency-gains",
            "EXPERIENCE",
            "- Improved product quality by customizing tools and eliminating variability."));
    assertTrue(
        found(
            "efficiency-gains",
            "EXPERIENCE",
            "- Increased productivity by 45% across three shifts"));
    assertFalse(
        found(
            "requirements-documents",
            "EXPERIENCE",
            "- Managed motor vehicle registration including legal and state-required documents."));
    assertTrue(
        found(
            "requirements-documents",
            "EXPERIENCE",
            "- Created requirements documentation and gap analysis for three banks"));
    assertFalse(
        found(
            "sops",
            "EXPERIENCE",
            "- Document Processing - proofread, formatted and produced master plans"));
  }

  @Test
  void dataIntegrityAndTradingPartnersAreNotTheirLookAlikes() {
    assertFalse(
        found(
            "data-engineering",
            "EXPERIENCE",
            "- Optimized system performance and maintained data integrity for the claims database"));
    assertTrue(found("data-engineering", "SKILLS", "Data integration, Snowflake, dbt"));
    assertFalse(
        found(
            "subcontractor-management",
            "EXPERIENCE",
            "- Prepared documentation to support Trading Partner mapping and audits."));
    assertTrue(
        found(
            "subcontractor-management",
            "EXPERIENCE",
            "- Coordinated 14 trade partners on a $30M hospital fit-out"));
  }

  @Test
  void pullNoticesAndCustomerServiceDeliveryAreNoSoftwareWork() {
    assertFalse(
        found(
            "code-reviews",
            "EXPERIENCE",
            "- Ran EMT background checks and DMV pull notice requests"));
    assertTrue(
        found("code-reviews", "EXPERIENCE", "- Reviewed 40 pull requests a week for the API team"));
    assertFalse(
        found(
            "service-management",
            "EXPERIENCE",
            "- Ensured delivery of quality customer service to a growing client base"));
    assertFalse(
        found(
            "on-time-delivery",
            "EXPERIENCE",
            "- Prepared the 4 year old group for kinder on one time each week"));
    assertTrue(
        found(
            "on-time-delivery",
            "EXPERIENCE",
            "- Delivered multiple projects within the stipulated time and budget."));
  }

  @Test
  void circuitBoardsAndBoardSeatsAreNoOnboarding() {
    assertFalse(
        found("onboarding", "EXPERIENCE", "- Mounted assembled components on circuit board daily"));
    assertFalse(
        found(
            "onboarding",
            "EXPERIENCE",
            "- Currently hold a seat on Board of Directors of a charity"));
    assertFalse(
        found("onboarding", "EXPERIENCE", "- Ensured everyone is on board with the new changes"));
    assertTrue(
        found("onboarding", "EXPERIENCE", "- Attract, hire and on-board world-class sales staff"));
    assertTrue(
        found("onboarding", "EXPERIENCE", "- On-boarded new fellows and attending physicians"));
    assertFalse(
        found(
            "on-time-delivery",
            "EXPERIENCE",
            "- Restocked beer and liquor on regular schedule after special events"));
  }

  @Test
  void anHrBenefitsManagerAndIssuingChequesAreNoPmPractice() {
    assertFalse(
        found(
            "benefits-realization",
            "EXPERIENCE",
            "- Assisted the Retirement/Benefits Manager with retirement trainings."));
    assertTrue(
        found(
            "benefits-realization",
            "EXPERIENCE",
            "- Set up benefits management for the $4M CRM programme"));
    assertFalse(
        found(
            "issue-management",
            "EXPERIENCE",
            "- Raising and issuing managers cheques to customers."));
  }

  @Test
  void anAcronymSpelledOutWithAHyphenatedWordIsThatThing() {
    assertFalse(found("sap", "SKILLS", "School-Age Appropriate Practices (SAP)"));
    assertTrue(found("sap", "SKILLS", "SAP, Oracle, Workday"));
    assertFalse(
        found(
            "portfolio-management",
            "EXPERIENCE",
            "- Conduct the Pre-Production Meetings (PPM) to start production"));
  }

  @Test
  void aPerformanceImprovementPlanIsAboutAPerson() {
    assertFalse(
        found(
            "performance-optimization",
            "EXPERIENCE",
            "- Assisted the HR Director with performance improvement plans and terminations"));
  }

  @Test
  void billableCodesAndSocialMediaInfluencersAreNoPmMeasure() {
    assertFalse(
        found(
            "resource-utilization",
            "EXPERIENCE",
            "- Confirmed CPT and diagnosis codes are billable and valid"));
    assertFalse(
        found(
            "influencing-without-authority",
            "EXPERIENCE",
            "- Organized venues, guest speakers and influencers for brand events"));
  }

  @Test
  void improvementsDesignedAndProjectInitiativesAreNotTheirLookAlikes() {
    assertFalse(
        found(
            "system-design",
            "EXPERIENCE",
            "- Prioritized process and system improvements designed to reduce costs"));
    assertTrue(found("system-design", "SKILLS", "System design, Kafka, gRPC"));
    assertFalse(
        found(
            "project-lifecycle",
            "SUMMARY",
            "Senior manager effective in leading new project initiatives for the region"));
    assertTrue(
        found(
            "project-lifecycle",
            "EXPERIENCE",
            "- Ran project initiation and closure for 12 ERP rollouts"));
  }
}
