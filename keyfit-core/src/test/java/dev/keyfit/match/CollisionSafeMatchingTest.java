package dev.keyfit.match;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Product, brand and acronym names match as written; common words need the context they name. */
class CollisionSafeMatchingTest {

  private static boolean found(String id, String... lines) {
    return BuiltInMatches.of(lines).containsKey(id);
  }

  @Test
  void contentDiscoveryIsNotContentful() {
    assertFalse(
        found("contentful", "EXPERIENCE", "- Built ranking for content discovery on the homepage"));
    assertTrue(found("contentful", "EXPERIENCE", "- Moved 300 pages from Drupal to Contentful"));
  }

  @Test
  void serversManagedWithPuppetUseTheToolAndPuppetsDoNot() {
    assertTrue(found("puppet", "EXPERIENCE", "- Managed 400 Linux servers with Puppet"));
    assertTrue(found("puppet", "EXPERIENCE", "- Provisioned the infrastructure using Puppet"));
    assertFalse(found("puppet", "EXPERIENCE", "- Taught reading with puppets and songs"));
    assertFalse(found("puppet", "SKILLS", "Hand puppet shows, storytelling"));
  }

  @Test
  void ioIsNotIos() {
    assertFalse(found("ios-android", "EXPERIENCE", "- Tuned disk io for the ingest service"));
    assertTrue(found("ios-android", "EXPERIENCE", "- Shipped the iOS app to 2M users"));
  }

  @Test
  void computerEngineeringIsNotComputeEngine() {
    assertFalse(
        found(
            "google-compute-engine",
            "EDUCATION",
            "B.S. Computer Engineering - Oregon State University"));
    assertTrue(found("google-compute-engine", "SKILLS", "Compute Engine, Cloud Run"));
  }

  @Test
  void swimLanesAreNoLansAndACanvasIsNoCanva() {
    assertFalse(found("networking", "EXPERIENCE", "- Drew swim lanes for the onboarding process"));
    assertTrue(found("networking", "SKILLS", "LANs, VPN, DNS"));
    assertFalse(
        found("canva", "EXPERIENCE", "- Ran workshops on the Business Model Canvas with sponsors"));
    assertTrue(found("canva", "SKILLS", "Canva, Figma"));
    assertFalse(found("sdlc", "EXPERIENCE", "- Raised alms for the food bank"));
    assertTrue(found("sdlc", "SKILLS", "ALM, SDLC"));
  }

  @Test
  void implementingSoftwareComponentsIsBuildingNotASystemImplementation() {
    assertFalse(
        found(
            "implementation",
            "EXPERIENCE",
            "- Designed and implemented software components for various Apple services"));
    assertTrue(
        found("implementation", "EXPERIENCE", "- Implemented software for 12 clinics on time"));
  }

  @Test
  void productionLaunchIsNotAProductLaunch() {
    assertFalse(
        found(
            "product-launch",
            "EXPERIENCE",
            "- Supported the production launch of the billing service"));
    assertTrue(
        found(
            "product-launch",
            "EXPERIENCE",
            "- Coordinated 4 product launches across marketing and support"));
  }

  @Test
  void launchingProductsIsAProductLaunchButLaunchingProductionIsNot() {
    assertTrue(
        found(
            "product-launch",
            "EXPERIENCE",
            "- Leading cross-functional teams to design, develop, and launch innovative products."));
    assertTrue(found("product-launch", "EXPERIENCE", "- Launched two new products in 2019"));
    assertFalse(
        found("product-launch", "EXPERIENCE", "- Launched production on the second line in 2019"));
  }

  @Test
  void utilizingAToolIsNotResourceUtilization() {
    assertFalse(
        found(
            "resource-utilization",
            "EXPERIENCE",
            "- Built DNS routing utilizing Route53 for the project"));
    assertTrue(
        found(
            "resource-utilization", "EXPERIENCE", "- Raised billable utilization from 70% to 85%"));
  }

  @Test
  void microserviceArchitectureMsaIsNotAContract() {
    assertFalse(
        found(
            "contract-management",
            "EXPERIENCE",
            "- Introduced tracing to the MSA (microservice architecture)"));
    assertTrue(
        found(
            "contract-management",
            "EXPERIENCE",
            "- Negotiated the MSA and 3 SOWs with the vendor"));
  }

  @Test
  void theLinuxFoundationIsNotLinux() {
    assertFalse(found("os-linux", "CERTIFICATIONS", "CKAD, The Linux Foundation"));
    assertTrue(found("os-linux", "SKILLS", "Linux, Bash"));
  }

  @Test
  void communicatingWithAGameClientIsNotCommunication() {
    assertFalse(
        found(
            "communication",
            "EXPERIENCE",
            "- Wrote the server communicating with the game client over UDP"));
    assertTrue(
        found("communication", "EXPERIENCE", "- Communicated weekly status to 12 stakeholders"));
  }

  @Test
  void collaborativeFilteringIsNotCollaboration() {
    assertFalse(
        found("collaboration", "PROJECTS", "- Movie recommender using collaborative filtering"));
    assertTrue(
        found("collaboration", "EXPERIENCE", "- Collaborated with 4 teams on the release plan"));
  }

  @Test
  void aCommonWordInTheSkillsListCounts() {
    assertTrue(found("leadership", "SKILLS", "Leadership, Negotiation"));
  }

  @Test
  void anAcronymThatIsAWordMatchesOnlyInCapitals() {
    assertFalse(found("raid-log", "EXPERIENCE", "- Planned the raid log for the guild"));
    assertTrue(found("raid-log", "EXPERIENCE", "- Kept the RAID log for 6 projects"));
  }

  @Test
  void lessTheStylesheetLanguageIsNotLeSS() {
    assertFalse(found("less", "SKILLS", "HTML5, LESS, SASS"));
    assertTrue(found("less", "EXPERIENCE", "- Scaled delivery with LeSS across 4 teams"));
  }

  @Test
  void anAcronymSpelledOutAsSomethingElseIsRefused() {
    assertFalse(found("cpm", "CERTIFICATIONS", "Certified Property Manager (CPM)"));
    assertFalse(found("csm", "CERTIFICATIONS", "Certified Safety Manager (CSM)"));
  }

  @Test
  void handRailsRepeatedAreNotRubyOnRails() {
    assertFalse(
        found(
            "ruby",
            "EXPERIENCE",
            "- Draft custom hand rails, stair rails, gates and doors using Sketchup Pro"));
    assertTrue(found("ruby", "EXPERIENCE", "- Rebuilt the web backend in Rails and PostgreSQL"));
  }

  @Test
  void weldingSocietyCertificateIsNotAws() {
    assertFalse(
        found(
            "aws",
            "CERTIFICATIONS",
            "Basic/SMAW/Semi-Automatic/AWS Entry Level Welder Certificate"));
    assertTrue(found("aws", "EXPERIENCE", "- Moved 40 services to AWS in six months"));
  }

  @Test
  void aHyphenatedContextWordConfirmsAsItsWords() {
    assertTrue(found("react", "REQUIREMENTS", "- React front-end delivery"));
    assertFalse(found("react", "EXPERIENCE", "- Helped teams react to the end of the quarter"));
  }

  @Test
  void theScopeOfAJobIsNoScopeManagement() {
    assertFalse(
        found(
            "scope-management",
            "EXPERIENCE",
            "- Approved management requests for salary adjustments based on the scope of"
                + " responsibilities"));
    assertFalse(
        found(
            "scope-management",
            "SUMMARY",
            "Experienced in manual and automated testing on projects of a diverse scope."));
    assertTrue(found("scope-management", "EXPERIENCE", "- Managed the scope of 3 projects"));
    assertTrue(found("scope-management", "SKILLS", "Scope, schedule, budget"));
  }

  @Test
  void aPhraseReadAcrossAGapNeedsTheFormsWordsNotOnlyTheirStems() {
    assertFalse(
        found(
            "time-management",
            "EXPERIENCE",
            "- Needs are addressed in a timely and productive manner Manage payroll and reviews"));
    assertFalse(
        found(
            "client-management",
            "SUMMARY",
            "Over 12 years of experience in diverse accounting and finance management"));
    assertTrue(
        found(
            "stakeholder-management",
            "EXPERIENCE",
            "- Managed the key stakeholders of 3 programs"));
    assertTrue(
        found(
            "escalation-management",
            "EXPERIENCE",
            "- Responsible for handling technical escalations from 40 customers"));
  }

  @Test
  void aVerbStandsForAnActionNounNotForAnotherWordWithItsStem() {
    assertFalse(
        found(
            "executive-communication",
            "EXPERIENCE",
            "- Made sure test plans are executed and results communicated weekly"));
    assertTrue(
        found(
            "stakeholder-management",
            "EXPERIENCE",
            "- Key stakeholders were managed through weekly reviews"));
    assertTrue(found("leadership", "EXPERIENCE", "- Led the client team through 3 releases"));
  }

  @Test
  void disciplinesNamedAfterRevenueAreNoRevenueGrowth() {
    assertFalse(
        found(
            "revenue-growth",
            "SKILLS",
            "Communicate with Revenue Management, Contracting and Operations"));
    assertFalse(
        found(
            "revenue-growth", "EXPERIENCE", "- Managed the revenue cycle for a 300-bed hospital"));
    assertTrue(
        found(
            "revenue-growth",
            "EXPERIENCE",
            "- Delivered the budget and revenue plan for 3 clients"));
  }

  @Test
  void aSentenceInTheSkillsSectionNeedsContextAsAnyOther() {
    assertFalse(
        found(
            "system-uptime",
            "SKILLS",
            "Handled incoming booking requests that are beyond the availability accessible by the"
                + " reservations staff."));
    assertTrue(found("system-uptime", "SKILLS", "Scheduling, Availability, Payroll"));
    assertFalse(
        found(
            "collaboration",
            "SKILLS",
            "The supplier portal is designed in SharePoint to collaborate with their authorized"
                + " suppliers."));
    assertTrue(found("collaboration", "SKILLS", "Collaborative leadership style and win-win"));
  }

  @Test
  void scopesOfWorkAreStatementsOfWorkButTheScopeOfWorkIsAnExtent() {
    assertTrue(
        found(
            "sow",
            "EXPERIENCE",
            "- Created project definitions, schedules, budgets, scopes of work, and objectives"));
    assertFalse(
        found(
            "sow", "EXPERIENCE", "- The project is still starting, so the scope of work is open"));
    assertFalse(found("sow", "EXPERIENCE", "- THE SCOPE OF WORK IS NOT VERY CLEAR YET"));
  }

  @Test
  void oraclesVersionedReleaseNamesAreItsDatabase() {
    assertTrue(
        found("oracle-database", "SKILLS", "Databases: Netezza, MS SQL Server, Oracle 9i/10g"));
    assertFalse(found("oracle-erp", "SKILLS", "Databases: Netezza, MS SQL Server, Oracle 9i/10g"));
  }

  @Test
  void jenkinsBesideVersionControlIsTheCiServer() {
    assertTrue(
        found(
            "jenkins",
            "EXPERIENCE",
            "- The team migrated source revision control to Mercurial, Jenkins, 30+ products"));
    assertFalse(found("jenkins", "EXPERIENCE", "- Reported to Mr. Jenkins on 30+ products"));
  }

  @Test
  void criticalPathTheCompanyIsNotTheCriticalPathMethod() {
    assertFalse(
        found(
            "critical-path-method",
            "EXPERIENCE",
            "- Key clients included Google, Cisco, Symantec, Critical Path, Fujitsu and Disney."));
    assertTrue(
        found(
            "critical-path-method",
            "EXPERIENCE",
            "- Tracked the critical path of 40 tasks weekly"));
    assertTrue(found("critical-path-method", "SKILLS", "Critical path, Gantt charts"));
  }

  @Test
  void anOrganisationsResourceNeedsAreStaffingNotProjectResources() {
    assertFalse(
        found(
            "resource-allocation",
            "SUMMARY",
            "Managed recruitment to match organizational resource needs across 12 agencies."));
    assertTrue(
        found(
            "resource-allocation",
            "EXPERIENCE",
            "- Forecast resource needs for 6 projects each quarter"));
  }
}
