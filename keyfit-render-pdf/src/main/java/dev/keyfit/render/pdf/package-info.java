/**
 * The PDF gap report: the HTML report drawn by openhtmltopdf on PDFBox, with Batik for its SVG
 * charts. Registered as a {@link dev.keyfit.render.Renderer} service, so that {@link
 * dev.keyfit.render.Renderers} finds it when this module is on the class path.
 */
package dev.keyfit.render.pdf;
