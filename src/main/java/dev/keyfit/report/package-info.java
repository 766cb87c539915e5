/**
 * Stage 6 of the flow: one report model, several renderers (terminal text, JSON, Markdown, HTML,
 * PDF), chosen by {@link dev.keyfit.report.ReportFormat}. HTML, PDF and Markdown come from the
 * Pebble templates under {@code src/main/resources/dev/keyfit/report/}, fed by {@link
 * dev.keyfit.report.ReportView} and escaped by {@link dev.keyfit.report.Safe}; the JSON contract's
 * schema sits beside them.
 */
package dev.keyfit.report;
