package dev.keyfit.samples;

/**
 * The text of the sample resumes under {@code samples/}. Every person, employer detail, phone
 * number and address is fictional (phone numbers in the 555-01xx range, e-mail at example.com).
 *
 * <p>Markup, one block a line: {@code # heading}, {@code ## bold line} (a job title), {@code -
 * bullet}, {@code | cell | cell |} (a table row, DOCX only), anything else a paragraph.
 */
public final class SampleContent {

  private SampleContent() {}

  public static final String TPM_NAME = "Daniel Okafor";
  public static final String TPM_TITLE = "Senior Technical Project Manager";

  public static final String TPM_SIDEBAR =
      """
      # Contact
      Seattle, WA
      (206) 555-0147
      daniel.okafor@example.com
      linkedin.com/in/daniel-okafor-example
      # Skills
      Agile / Scrum and Kanban
      SAFe program increment planning
      Risk management
      Stakeholder management
      System integration
      Microservices migration
      Architecture reviews
      Technical debt reduction
      Release management and CI/CD
      DORA metrics and SLOs
      Budget and vendor management
      # Tools
      Jira, Confluence
      Jenkins, GitHub Actions
      Terraform, Kubernetes
      AWS (EC2, EKS, S3, RDS)
      Datadog, Grafana
      Smartsheet, Miro
      # Certifications
      PMP - Project Management Professional (PMI), 2019
      AWS Certified Cloud Practitioner, 2022
      Certified ScrumMaster (CSM), 2017
      """;

  public static final String TPM_MAIN =
      """
      # Summary
      Technical Project Manager with 9 years of experience leading cloud platform and payments programs for engineering organizations of 40 to 120 people. I run SAFe program increments, drive architecture reviews and system integration across microservices teams, and tie delivery to measurable outcomes: faster releases, higher system uptime and lower cost.
      # Experience
      ## Senior Technical Project Manager - Northwind Payments, Seattle, WA | 2021 - Present
      - Led the migration of 38 microservices from EC2 to Amazon EKS (Kubernetes) across 7 teams, delivered 3 weeks ahead of schedule and 6% under a $2.4M budget.
      - Raised system uptime from 99.5% to 99.95% by introducing SLOs, Datadog and Grafana dashboards and a blameless incident review process.
      - Improved DORA metrics: deployment frequency from weekly to daily, lead time for changes from 9 days to 2 days, change failure rate from 18% to 6%.
      - Ran quarterly SAFe PI planning for 5 agile release trains (110 engineers), raising PI objective attainment from 71% to 88%.
      - Chaired bi-weekly architecture reviews and cut technical debt by 30% (measured by open debt tickets in Jira) in 12 months.
      - Built the program risk register and managed stakeholder communication with VP-level sponsors in Confluence; zero critical risks realized in 2023.
      ## Technical Project Manager - Contoso Logistics, Bellevue, WA | 2018 - 2021
      - Managed the CI/CD rollout with Jenkins and GitHub Actions for 24 repositories, reducing build and release time by 65%.
      - Coordinated system integration of a new warehouse management platform with SAP and 3 carrier APIs, on time for peak season with 99.9% order accuracy.
      - Introduced Terraform infrastructure as code with the platform team, cutting environment setup from 5 days to 4 hours.
      - Managed a $900K vendor contract and a 12-person offshore team; delivered 14 of 15 milestones on schedule.
      ## Project Manager, Software Delivery - Fabrikam Health, Portland, OR | 2015 - 2018
      - Delivered 6 releases of a patient scheduling application using Scrum, with 2-week sprints and a 92% sprint goal completion rate.
      - Set up Jira workflows and Confluence release notes for 4 teams, reducing status meeting time by 5 hours per week.
      - Tracked scope, schedule and budget for a $1.1M program and reported weekly to the steering committee.
      # Education
      ## B.S. Computer Engineering - Oregon State University, Corvallis, OR | 2015
      """;

  public static final String PM_HEADER_NAME = "Maria Delgado, PMP";
  public static final String PM_HEADER_CONTACT =
      "Austin, TX | (512) 555-0182 | maria.delgado@example.com | linkedin.com/in/maria-delgado-example";

  public static final String PM_BODY =
      """
      # Professional Summary
      Project Manager with 8 years of experience in marketing operations and event programs. I plan and deliver multi-channel campaigns and product launches on schedule and on budget, manage agency and vendor relationships, and keep executives informed with clear status reporting.
      # Core Skills
      | Budget management | Schedule management | Scope management |
      | Vendor management | Change control | Project governance |
      | Risk management | Stakeholder communication | Resource planning |
      | MS Project | Smartsheet | Asana |
      | Power BI | Monday.com | Wrike |
      # Professional Experience
      ## Senior Project Manager, Marketing Operations - Lakeshore Consumer Brands, Austin, TX | 2020 - Present
      - Managed a portfolio of 25 to 30 campaigns a year with a combined budget of $4.5M, finishing 2023 at 3% under budget.
      - Introduced a change control process with a weekly change board, cutting unplanned scope changes by 40%.
      - Negotiated and managed contracts with 9 agencies and print vendors, saving $310K a year.
      - Built Power BI dashboards for schedule and budget status, used by the CMO and 4 directors every week.
      - Responsible for the project governance framework, including stage gates and RACI charts for every launch.
      - Helped the sales team plan regional launch events.
      ## Project Manager - Brightline Events Group, Dallas, TX | 2016 - 2020
      - Delivered 45 corporate events for 200 to 3,000 attendees, each on schedule, with 95% client satisfaction.
      - Planned schedules in MS Project and Smartsheet and tracked tasks in Asana and Wrike for teams of up to 15 people.
      - Reduced vendor costs by 12% through competitive bids and consolidated purchasing.
      - Responsible for weekly status reports to clients.
      - Helped onboard new coordinators and wrote the team's project checklist.
      ## Project Coordinator - Brightline Events Group, Dallas, TX | 2014 - 2016
      - Coordinated logistics, schedules and budgets for 60 client meetings and trade show booths.
      - Moved the team's task tracking to Monday.com, reducing missed deadlines by 30%.
      # Certifications
      - Project Management Professional (PMP), Project Management Institute, 2019
      - PRINCE2 Foundation, 2018
      - Lean Six Sigma Green Belt, 2021
      # Education
      ## B.B.A. Marketing - Texas State University, San Marcos, TX | 2014
      """;

  public static final String NURSE_HEADER_NAME = "Hannah Brooks, RN, BSN";
  public static final String NURSE_HEADER_CONTACT =
      "Columbus, OH | (614) 555-0123 | hannah.brooks@example.com";

  public static final String NURSE_BODY =
      """
      # Summary
      Registered nurse with 6 years of experience in pediatric acute care. Calm and swift response to emergencies, family-centered care and clear handoffs. Available Monday through Friday, with rotating weekends.
      # Experience
      ## Registered Nurse, Pediatric Medical-Surgical Unit - Riverside Children's Hospital, Columbus, OH | 2019 - Present
      - Provide care for 4 to 5 pediatric patients per shift, including post-operative care, IV therapy and medication administration.
      - Reported to Dr. Jenkins, the unit's medical director, on patient progress during daily rounds.
      - Rally the team during codes and rapid responses; certified in PALS and BLS.
      - Organized weekly puppet shows for pediatric patients to reduce anxiety before procedures.
      - Precept new graduate nurses and teach families how to manage care at home.
      ## Staff Nurse - Mercy Community Hospital, Dayton, OH | 2017 - 2019
      - Cared for adult patients on a 28-bed medical-surgical floor.
      - Documented care in Epic and maintained 100% compliance in chart audits.
      # Licenses and Certifications
      - Registered Nurse, State of Ohio, license active
      - Pediatric Advanced Life Support (PALS)
      - Basic Life Support (BLS)
      # Education
      ## Bachelor of Science in Nursing - The Ohio State University, Columbus, OH | 2017
      """;
}
