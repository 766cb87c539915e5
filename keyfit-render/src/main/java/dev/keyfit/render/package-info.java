/**
 * Renderers of the report model: terminal text, JSON, Markdown and HTML, chosen by {@link
 * dev.keyfit.report.ReportFormat} through {@link dev.keyfit.render.Renderers}. HTML and Markdown
 * come from the Pebble templates under {@code dev/keyfit/render/}, fed by {@link
 * dev.keyfit.render.ReportView} and escaped by {@link dev.keyfit.render.Safe}. Other formats (the
 * PDF) are found with {@link java.util.ServiceLoader}.
 */
package dev.keyfit.render;
