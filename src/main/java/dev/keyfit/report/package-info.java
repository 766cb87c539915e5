/**
 * Stage 6 of the flow: one report model, several renderers (terminal text, JSON, Markdown, HTML,
 * PDF), chosen by {@link dev.keyfit.report.ReportFormat}.
 */
package dev.keyfit.report;
