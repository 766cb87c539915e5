package dev.keyfit.match;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Office and service work that uses project words is not the project practice: putting lessons on a
 * calendar is not schedule management, keying a vendor's expenses is not vendor management, bills
 * paid on time are not on-time delivery.
 */
class ClericalPhrasingTest {

  private static boolean found(String id, String... lines) {
    return BuiltInMatches.of(lines).containsKey(id);
  }

  @Test
  void calendarSchedulingIsNotScheduleManagement() {
    assertFalse(
        found(
            "schedule-management",
            "EXPERIENCE",
            "- Scheduled events, planned venues and handled bookkeeping for all events"));
    assertFalse(
        found(
            "schedule-management",
            "EXPERIENCE",
            "- Worked with staff to plan and schedule lessons promoting student engagement"));
    assertFalse(
        found(
            "schedule-management",
            "EXPERIENCE",
            "- Estimated staffing needs and adjusted hourly schedules within the budget"));
    assertFalse(
        found("schedule-management", "EXPERIENCE", "- Scheduling payment plans for accounts"));
    assertTrue(
        found(
            "schedule-management",
            "EXPERIENCE",
            "- Developed and implemented a 10-month construction schedule with the project team"));
  }

  @Test
  void aVendorsRecordsAreNotTheVendorManaged() {
    assertFalse(
        found("vendor-management", "SUMMARY", "Monitoring vendor expenses for operations."));
    assertFalse(found("vendor-management", "EXPERIENCE", "- Monitor vendor data for the region"));
    assertTrue(
        found("vendor-management", "EXPERIENCE", "- Monitored vendors against their SLAs weekly"));
  }

  @Test
  void clericalPurchaseOrdersAndTheProcurementDepartmentAreNotProcurement() {
    assertFalse(
        found(
            "procurement",
            "EXPERIENCE",
            "- Assisted the store manager in placing purchase orders and managing inventory"));
    assertFalse(found("procurement", "EXPERIENCE", "- Validates purchase orders for accuracy."));
    assertFalse(
        found(
            "procurement",
            "EXPERIENCE",
            "- Partnered with the procurement department to resolve pricing issues"));
    assertTrue(
        found(
            "procurement",
            "EXPERIENCE",
            "- Issued purchase orders to subcontractors for all structural materials"));
  }

  @Test
  void humanResourceManagementIsNotResourceAllocation() {
    assertFalse(
        found("resource-allocation", "EDUCATION", "Master of Science : Human Resource Management"));
    assertFalse(
        found(
            "resource-allocation",
            "EXPERIENCE",
            "- Assistant Lecturer in natural resource management"));
    assertTrue(
        found(
            "resource-allocation",
            "EXPERIENCE",
            "- Tracked resource availability and handled resource planning for 6 projects"));
  }

  @Test
  void billsPaidOnTimeAreNotOnTimeDelivery() {
    assertFalse(
        found(
            "on-time-delivery",
            "EXPERIENCE",
            "- Ensured that liabilities are paid on time and receivables collected"));
    assertFalse(
        found(
            "on-time-delivery",
            "EXPERIENCE",
            "- Documentation was completed and submitted within a timely manner."));
    assertTrue(
        found(
            "on-time-delivery",
            "EXPERIENCE",
            "- Delivered the 21 commercial projects on time for the owner"));
  }

  @Test
  void eventsPlannedAndExecutedAreNotProjectPlanning() {
    assertFalse(
        found(
            "project-planning",
            "SUMMARY",
            "Successfully planned and executed meetings, lunches and special events"));
    assertFalse(found("project-planning", "SKILLS", "Event planning and execution"));
    assertTrue(
        found(
            "project-planning",
            "EXPERIENCE",
            "- Planned and executed work procedures for the bridge widenings"));
  }

  @Test
  void managersAndTeamsNamedBesideTheWriterAreNotTeamManagement() {
    assertFalse(
        found(
            "team-management",
            "EXPERIENCE",
            "- Communicated with manager and other team member to resolve outstanding issues"));
    assertFalse(
        found(
            "team-management",
            "EXPERIENCE",
            "- Reported complaints to a member of the management team"));
    assertFalse(
        found(
            "team-management",
            "EXPERIENCE",
            "- Managed onboarding onto the Contract Team leading to a shorter ramp time"));
    assertTrue(
        found("team-management", "EXPERIENCE", "- Managing a team of 20 employees in a busy shop"));
  }

  @Test
  void theProjectManagementInstituteIsNotTheSkill() {
    assertFalse(
        found(
            "project-management",
            "AFFILIATIONS",
            "Project Management Institute member since 2010"));
  }

  @Test
  void expectationsManagedAreStakeholderManagement() {
    assertTrue(
        found(
            "stakeholder-management",
            "EXPERIENCE",
            "- Managing expectations of mission partners and notional time frames"));
    assertFalse(
        found(
            "stakeholder-management",
            "EXPERIENCE",
            "- Reviewed the management expectations for the new store"));
  }

  @Test
  void leadershipBriefingsAreExecutiveCommunication() {
    assertTrue(
        found(
            "executive-communication",
            "EXPERIENCE",
            "- Created senior leadership briefings for high visibility initiatives"));
  }

  @Test
  void anAccountantsAndAShippersSchedulesAreNotScheduleManagement() {
    assertFalse(
        found(
            "schedule-management",
            "EXPERIENCE",
            "- Preparation of monthly invoices, audit lead schedules, budgeting and forecasting"));
    assertFalse(
        found(
            "schedule-management",
            "EXPERIENCE",
            "- Prepared the rate schedule used in contract proposals and cost reports"));
    assertFalse(
        found(
            "schedule-management",
            "EXPERIENCE",
            "- Informed customers of estimated delivery schedules and service contracts"));
  }

  @Test
  void scopeAsRoomToGrowIsNotProjectScope() {
    assertFalse(
        found(
            "scope-management",
            "SUMMARY",
            "Seeking a systems engineer position with scope for career advancement"));
    assertFalse(
        found(
            "scope-management",
            "SUMMARY",
            "A growth oriented position in an organization that gives enough scope to sharpen my skills"));
    assertTrue(
        found(
            "scope-management",
            "EXPERIENCE",
            "- Defined scope, plans and deliverables for projects"));
  }

  @Test
  void aPupilsProgressReportsAreNotStatusReporting() {
    assertFalse(
        found(
            "status-reporting",
            "EXPERIENCE",
            "- Monitored student progress and submitted progress reports to parents"));
    assertTrue(
        found(
            "status-reporting",
            "EXPERIENCE",
            "- Prepared weekly construction progress reports for the owner"));
  }
}
