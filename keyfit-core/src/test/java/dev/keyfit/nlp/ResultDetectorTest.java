package dev.keyfit.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResultDetectorTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Cut cloud cost by 30%",
        "Managed a $2.4M budget",
        "Led 12 engineers across 3 time zones",
        "Raised deployment frequency 4x",
        "Reduced release time from 10 days to 2",
        "Delivered 14 projects on time",
        "Grew revenue by 15 percent to €3 million"
      })
  void linesWithResultsAreMeasurable(String line) {
    assertTrue(ResultDetector.isMeasurable(line), line);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Built the KPI dashboard used by the CMO and 4 directors",
        "Migrated the billing database with zero downtime",
        "Shipped the zero-defect release of the mobile app",
        "Cut onboarding from 3 weeks to 5 days",
        "Cut onboarding from three weeks to five days",
        "Rolled out the new ERP to twelve regional offices",
        "Coordinated 7 vendors and 2 agencies for the launch",
        "Doubled the weekly active users of the portal",
        "Hired 5 engineers and onboarded them",
        "Rolled out the new ERP to TWELVE regional offices",
        "Onboarded Twenty new hires in one quarter"
      })
  void countsOfAnyNounSpelledNumbersZeroAndBeforeAfterAreMeasurable(String line) {
    assertTrue(ResultDetector.isMeasurable(line), line);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Project Manager, Acme Corp, 2019 - 2023",
        "Responsible for stakeholder management",
        "Jan 2020 to Dec 2022",
        "Worked on migration projects",
        "Worked there from 2019 to 2021",
        "Phone: +1 (206) 555-0100, Seattle, WA 98101 United States",
        "Call 206 555 0100 after 9:30 am",
        "Built Java 8 services and moved them to Python 3 workers",
        "Upgraded laptops to Windows 10 images",
        "Ran the Tier 2 support desk and the Phase 3 pilot",
        "Led ISO 9001 audits for the plant",
        "Over 10 years of experience in program delivery",
        "Provided 24/7 support for the payments platform",
        "Started on 3 March and led the COVID-19 response",
        "One of the leads for the platform team"
      })
  void datesPhonesYearsVersionsAndLabelsAreNotResults(String line) {
    assertFalse(ResultDetector.isMeasurable(line), line);
  }
}
