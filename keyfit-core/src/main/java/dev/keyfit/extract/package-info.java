/**
 * Stage 1 of the flow: detects a file's format by content and turns it into an {@link
 * dev.keyfit.extract.ExtractedDocument} (text with its line structure, plus layout signals).
 */
package dev.keyfit.extract;
