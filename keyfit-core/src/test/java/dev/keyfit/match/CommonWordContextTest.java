package dev.keyfit.match;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The trap classes of the third held-out round of real files: a common word in a skills list of
 * other trades' items, data entry read as a database skill, an acronym in another sense, a language
 * name spelled apart, and a KPI named as an employer's value rather than a result.
 */
class CommonWordContextTest {

  private static boolean found(String id, String... lines) {
    return BuiltInMatches.of(lines).containsKey(id);
  }

  @Test
  void aRetailSkillsListOfDatabaseAndSchedulingIsNotEvidence() {
    String retail =
        "Cash Register, Closing, Correspondence, Credit Card, Customer Relations, Database,"
            + " Databases, Documentation, Instructor, Inventory, Satisfaction, Scheduling,"
            + " Telephone, Front Desk";
    assertFalse(found("databases", "SKILLS", retail));
    assertFalse(found("schedule-management", "SKILLS", retail));
    assertTrue(found("databases", "SKILLS", "Databases: MySQL, MongoDB, Redis"));
    assertTrue(found("databases", "SKILLS", "Java, Python, Databases, AWS"));
    assertTrue(
        found(
            "schedule-management",
            "SKILLS",
            "Scheduling, cost control, risk management, contract administration, procurement"));
  }

  @Test
  void aPortfolioOfInvestmentsPropertiesOrAccountsIsNotAProjectPortfolio() {
    assertFalse(found("portfolio-management", "SUMMARY", "*Portfolio Management *Insurance"));
    assertFalse(
        found(
            "portfolio-management",
            "EXPERIENCE",
            "- Work with the mortgage portfolio managers to develop a loan settlement"));
    assertFalse(
        found(
            "portfolio-management",
            "EXPERIENCE",
            "- Directed and managed a portfolio of 100+ units of university housing."));
    assertTrue(
        found(
            "portfolio-management",
            "SKILLS",
            "Project Planning, PMI, Agile, Portfolio Management, Risk Management"));
    assertTrue(
        found(
            "portfolio-management",
            "EXPERIENCE",
            "- Led portfolio management for 40 IT projects across three business units"));
    assertTrue(
        found("portfolio-management", "EXPERIENCE", "- Oversaw a 30-project portfolio"),
        "an unambiguous form needs no context");
  }

  @Test
  void onBudgetBeforeANounNamesABudgetNotAResult() {
    assertFalse(
        found(
            "on-budget-delivery",
            "EXPERIENCE",
            "- Focused on budget management and cost control, as well as timeline management."));
    assertTrue(
        found(
            "budget-management",
            "EXPERIENCE",
            "- Focused on budget management and cost control, as well as timeline management."));
    assertFalse(
        found("on-budget-delivery", "EXPERIENCE", "- Worked on Budget Committee for 2005."));
    assertTrue(
        found("on-budget-delivery", "EXPERIENCE", "- Completed project on time and on budget."));
  }

  @Test
  void dataEntryIsNotADatabaseSkill() {
    assertFalse(
        found(
            "databases",
            "EXPERIENCE",
            "- Entered numerical data into databases in a timely manner"));
    assertFalse(
        found(
            "databases",
            "EXPERIENCE",
            "- Obtained scanned records and uploaded them into the database"));
    assertTrue(
        found("databases", "EXPERIENCE", "- Tuned the database queries behind the billing API"));
  }

  @Test
  void schedulingInterviewsIsNotScheduleManagement() {
    assertFalse(
        found(
            "schedule-management",
            "EXPERIENCE",
            "- Created the annual manpower plan and budget. Screen and schedule preliminary"
                + " interviews."));
  }

  @Test
  void cpiTrainedIsCrisisPreventionNotCostPerformanceIndex() {
    assertFalse(found("cpi", "SKILLS", "CPI trained"));
    assertTrue(found("cpi", "SKILLS", "Earned value (CPI, SPI), variance analysis"));
    assertTrue(found("cpi", "EXPERIENCE", "- Tracked earned value monthly, holding CPI at 0.98"));
  }

  @Test
  void javaScriptSpelledApartIsJavaScriptNotJava() {
    assertTrue(found("javascript", "SKILLS", "HTML, Java Script, CSS, jQuery"));
    assertFalse(found("java", "SKILLS", "HTML, Java Script, CSS, jQuery"));
    assertTrue(found("javascript", "EXPERIENCE", "Environment : PHP, HTML, CSS, JAVA SCRIPT"));
    assertFalse(found("java", "EXPERIENCE", "Environment : PHP, HTML, CSS, JAVA SCRIPT"));
    assertTrue(found("java", "SKILLS", "Java, Spring Boot, Kafka"));
  }

  @Test
  void anEmployersValuesAreNotTheWritersDeliveryRecord() {
    assertFalse(
        found(
            "on-time-delivery",
            "EXPERIENCE",
            "From its inception, High View Builders strictly follows the aspects like on-time"
                + " delivery, quality and transparency."));
    assertTrue(
        found(
            "on-time-delivery",
            "EXPERIENCE",
            "- Delivered 14 of 15 projects on time over two years"));
  }

  @Test
  void splitSpellingsMeetTheirTerm() {
    assertTrue(
        found(
            "stakeholder-management",
            "EXPERIENCE",
            "- Sent monthly progress reports to all the stake holders"));
    assertTrue(
        found(
            "subcontractor-management",
            "EXPERIENCE",
            "- Coordinating with sub-contractors and suppliers at site"));
  }

  @Test
  void aPracticeNamedForSomebodyElseOrSomethingElseIsNotTheResumes() {
    assertFalse(
        found(
            "release-management",
            "EDUCATION",
            "BS in Management, Deployment Manager Training, Defense Readiness Response System"));
    assertTrue(
        found("release-management", "EXPERIENCE", "- Owned deployment management for 12 services"));
    assertFalse(
        found(
            "team-engagement",
            "EXPERIENCE",
            "- Built a learning platform: 50 % increase in student engagement and lower attrition"
                + " rates"));
    assertFalse(
        found(
            "learning-agility",
            "EXPERIENCE",
            "- Developed an internal program to upskill new Associates to project leads"));
    assertTrue(
        found("learning-agility", "EXPERIENCE", "- Upskilled in Kubernetes within three months"));
  }

  @Test
  void culturalCompetenceAndAContractingOfficersRepresentativeNameTheirPractices() {
    assertTrue(
        found(
            "cultural-awareness",
            "SUMMARY",
            "Project manager with a high degree of cultural competence across seven countries"));
    assertTrue(
        found(
            "contract-management",
            "EXPERIENCE",
            "- Served as a Contract Officer Representative (COR) for agency contracts"));
  }
}
