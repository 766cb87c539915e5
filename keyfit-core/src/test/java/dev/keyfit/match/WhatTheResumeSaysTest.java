package dev.keyfit.match;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The trap classes of the first held-out real files: a vendor named like a concept, a practice that
 * is only what a system is for, a modifier standing for a practice, and a credential with a
 * look-alike name.
 */
class WhatTheResumeSaysTest {

  private static boolean found(String id, String... lines) {
    return BuiltInMatches.of(lines).containsKey(id);
  }

  @Test
  void aVendorNamedApiIsNotApis() {
    assertFalse(
        found(
            "apis",
            "EXPERIENCE",
            "- Upgraded the enterprise timekeeping system, including all time clocks (API)"));
    assertFalse(
        found(
            "apis",
            "EXPERIENCE",
            "- Portfolio includes systems such as Lawson, PeopleSoft, API, Centralized Warehouse"));
    assertTrue(found("apis", "EXPERIENCE", "- Designed the partner API and its webhooks"));
    assertTrue(found("apis", "EXPERIENCE", "- Improved API reliability with retries"));
    assertTrue(found("apis", "SKILLS", "API, Kafka, Redis"));
  }

  @Test
  void softwareForContractManagementIsNotContractManagement() {
    assertFalse(
        found(
            "contract-management",
            "EXPERIENCE",
            "- Helped implement MedStat software for Contract Management in the Finance Dept."));
    assertFalse(
        found(
            "resource-allocation",
            "EXPERIENCE",
            "- Rolled out a scheduling tool for resource planning in 3 clinics"));
    assertTrue(
        found(
            "contract-management",
            "EXPERIENCE",
            "- Led contract management for 14 vendors worth $3M a year"));
  }

  @Test
  void dataDrivenAnalyticsOfAFeatureIsNotDataDrivenDecisionMaking() {
    assertFalse(
        found(
            "data-driven-decision-making",
            "PROJECTS",
            "- Built a stats endpoint that tracks clicks, enabling data-driven analytics on links"));
    assertTrue(
        found(
            "data-driven-decision-making",
            "EXPERIENCE",
            "- Brought a data-driven approach to release priorities across 5 teams"));
    assertTrue(
        found("data-driven-decision-making", "EXPERIENCE", "- Made data-driven decisions weekly"));
  }

  @Test
  void azureAiFundamentalsIsNotAzureFundamentals() {
    assertFalse(
        found(
            "azure-fundamentals", "CERTIFICATIONS", "• Microsoft Azure AI Fundamentals (AI-900)"));
    assertFalse(found("azure-fundamentals", "CERTIFICATIONS", "• AI-900 (Microsoft)"));
    assertTrue(
        found("azure-fundamentals", "CERTIFICATIONS", "• Microsoft Azure Fundamentals (AZ-900)"));
  }

  @Test
  void anAdaptationModelIsNotAdaptability() {
    assertFalse(found("adaptability", "SKILLS", "Adaptation Model Ethical Management"));
    assertTrue(found("adaptability", "SKILLS", "Problem-solving, adaptability"));
  }

  @Test
  void eventDrivenEmailsAreNotEventDrivenArchitecture() {
    assertFalse(
        found(
            "event-driven-architecture",
            "EXPERIENCE",
            "- Analyzed click through rates and event driven emails to understand user behavior"));
    assertTrue(
        found(
            "event-driven-architecture",
            "EXPERIENCE",
            "- Moved 30 services to an event-driven design on Kafka"));
  }
}
