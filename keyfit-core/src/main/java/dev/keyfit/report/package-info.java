/**
 * Stage 6 of the flow: the report model ({@link dev.keyfit.report.Report}), the formats it can be
 * written in ({@link dev.keyfit.report.ReportFormat}) and the JSON contract ({@link
 * dev.keyfit.report.JsonReport}, schema {@code keyfit-report.schema.json} beside it). The renderers
 * that write it live in the {@code keyfit-render} and {@code keyfit-render-pdf} modules.
 */
package dev.keyfit.report;
